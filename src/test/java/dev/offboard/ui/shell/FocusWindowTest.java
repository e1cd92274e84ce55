package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.SamplePlan;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.DefaultButtonModel;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JRadioButton;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The focused field is always in view, every control is reached by keyboard, stray clicks do nothing. */
@RequiresDisplay
class FocusWindowTest {

    private WindowDriver driver;

    @BeforeEach
    void openSmallWindow() {
        driver = WindowDriver.open(SamplePlan.create(WindowDriver.TODAY), Locale.ENGLISH, AppSettings.Theme.LIGHT,
                new Dimension(1024, 700), null);
        driver.robot.settings().eventPostingDelay(10);
    }

    @AfterEach
    void close() throws Exception {
        driver.close();
    }

    @Test
    void tabAndShiftTabReachEveryControlOfEveryStepAndKeepItInView() {
        for (Step step : Step.values()) {
            driver.showStep(step);
            Set<Component> reached = new LinkedHashSet<>(walk(step, true));
            reached.addAll(walk(step, false));

            List<Component> controls = driver.edt(() -> controls(driver.main.currentStepComponent(), new ArrayList<>()));
            // Tab stops at a group's chosen radio button; the arrow keys move between them, as everywhere.
            controls.removeIf(c -> c instanceof JRadioButton radio && reached.stream().anyMatch(r -> r instanceof JRadioButton
                    other && other.getModel() instanceof DefaultButtonModel m && m.getGroup() != null
                    && m.getGroup() == ((DefaultButtonModel) radio.getModel()).getGroup()));
            assertThat(reached).as("%s: controls reached by Tab and Shift+Tab", step).containsAll(controls);
        }
    }

    @Test
    void aProblemLinkKeepsTheFocusWhenThePlanChangesButItsProblemsDoNot() {
        driver.edt(() -> {
            driver.main.controller().holder().update(p -> p.withClient(p.client().withEmail("")));
            return null;
        });
        driver.showStep(Step.WRITE_UP);
        AbstractButton link = (AbstractButton) driver.window.button("problem.0").target();
        assertThat(link.getText()).contains("email");
        driver.waitFor("first problem link focused", () -> {
            if (driver.focused() != link) {
                driver.edt(link::requestFocusInWindow);
                driver.robot.waitForIdle();
            }
            return driver.focused() == link;
        });

        driver.edt(() -> {
            driver.main.controller().holder().update(p -> p.withThanks(p.thanks().withMessage(p.thanks().message() + " ")));
            return null;
        });
        driver.robot.waitForIdle();

        assertThat(driver.edt(link::isDisplayable)).as("the link is still in the window").isTrue();
        assertThat(driver.focused()).isSameAs(link);
    }

    @Test
    void goingToAFieldScrollsItIntoViewAndSelectsItsRow() {
        for (String field : List.of("client.revenueSharePercent", "conversation.talkingPoints", "deliverables[2].dueDate",
                "payments[2].amount", "options.accessToRevoke", "thanks.message", "writeUp.paperSize")) {
            driver.edt(() -> {
                driver.main.showStep(Step.WRITE_UP);
                driver.main.jumpTo(dev.offboard.plan.FieldPath.of(field));
                return null;
            });
            driver.waitFor(field + " focused and in view", () -> driver.edt(() -> {
                Component owner = driver.focused();
                return owner != null && driver.main.currentStep() == Step.forField(dev.offboard.plan.FieldPath.of(field)) && inView(owner) == null;
            }), () -> field + " / " + driver.focused() + " / " + inView(driver.focused()));
            if (field.contains("[")) {
                int row = Integer.parseInt(field.replaceAll(".*\\[(\\d+)].*", "$1"));
                assertThat(driver.edt(() -> ((JTable) driver.focused()).getSelectedRow())).as(field).isEqualTo(row);
            }
        }
    }

    @Test
    void theWheelOverATextAreaWithNothingToScrollScrollsThePage() {
        JTextComponent signature = driver.window.textBox("freelancer.signature").target();
        JScrollBar page = stepScroll(signature).getVerticalScrollBar();
        assertThat(driver.edt(page::getValue)).isZero();

        driver.robot.moveMouse(signature);
        driver.robot.rotateMouseWheel(3);

        driver.waitFor("page scrolled", () -> driver.edt(page::getValue) > 0);
    }

    @Test
    void clickingTheSidebarBelowTheStepsDoesNothing() {
        JList<?> sidebar = driver.window.list("sidebar").target();
        Rectangle last = driver.edt(() -> sidebar.getCellBounds(Step.values().length - 1, Step.values().length - 1));
        int height = driver.edt(sidebar::getHeight);
        assertThat(height).as("room below the steps").isGreaterThan(last.y + last.height + 40);

        driver.robot.click(sidebar, new Point(last.x + 40, (last.y + last.height + height) / 2));
        driver.robot.waitForIdle();

        assertThat(driver.edt(() -> driver.main.currentStep())).isEqualTo(Step.ASSESS);
    }

    /** Tabs (Ctrl+Tab out of a table) through a step from its first input; checks each focused control is in view. */
    private List<Component> walk(Step step, boolean forward) {
        driver.edt(() -> {
            driver.main.showStep(step);
            driver.main.focusFirstInputOfStep();
            return null;
        });
        driver.waitFor(step + " focused", () -> driver.focused() != null
                && SwingUtilities.isDescendingFrom(driver.focused(), driver.edt(driver.main::currentStepComponent)));
        List<Component> seen = new ArrayList<>();
        Component start = driver.focused();
        Component owner = start;
        for (int i = 0; i < 120; i++) {
            seen.add(owner);
            Component before = owner;
            boolean inTable = before instanceof JTable;
            if (forward) {
                driver.chord(inTable ? new int[] {KeyEvent.VK_CONTROL, KeyEvent.VK_TAB} : new int[] {KeyEvent.VK_TAB});
            } else {
                driver.chord(inTable ? new int[] {KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_TAB}
                        : new int[] {KeyEvent.VK_SHIFT, KeyEvent.VK_TAB});
            }
            driver.waitFor("focus moved from " + before.getName(), () -> driver.focused() != before);
            owner = driver.focused();
            Component now = owner;
            String problem = driver.edt(() -> inView(now));
            assertThat(problem).as("%s %s: after %s", step, forward ? "Tab" : "Shift+Tab", describe(before)).isNull();
            if (owner == start) {
                break;
            }
        }
        return seen;
    }

    /** Why {@code c} is out of its step's view, or null when it is in view (or outside any step). */
    private String inView(Component c) {
        if (c == null) {
            return "nothing focused";
        }
        JScrollPane scroll = stepScroll(c);
        if (scroll == null) {
            return null;
        }
        JViewport viewport = scroll.getViewport();
        Rectangle bounds = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), viewport);
        Rectangle visible = new Rectangle(0, 0, viewport.getWidth(), viewport.getHeight());
        Rectangle shown = bounds.intersection(visible);
        boolean enough = !shown.isEmpty() && shown.height >= Math.min(bounds.height, 20);
        return enough ? null : describe(c) + " at " + bounds + " outside " + visible;
    }

    /** The scroll pane of the step that holds {@code c}: the outermost one. */
    private static JScrollPane stepScroll(Component c) {
        JScrollPane outer = null;
        for (Container p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof JScrollPane s) {
                outer = s;
            }
        }
        return outer;
    }

    /** Every control of a step a keyboard user must be able to reach. */
    private static List<Component> controls(Container container, List<Component> found) {
        for (Component child : container.getComponents()) {
            if (!child.isShowing() || !child.isEnabled() || child instanceof JScrollBar) {
                continue;
            }
            boolean control = child instanceof AbstractButton || child instanceof JComboBox
                    || child instanceof JTable || child instanceof JTabbedPane
                    || child instanceof JTextComponent text && text.isEditable();
            if (control && ((JComponent) child).isFocusable()) {
                found.add(child);
            }
            if (!(child instanceof JComboBox || child instanceof JSpinner || child instanceof JTable)
                    && child instanceof Container inner) {
                controls(inner, found);
            } else if (child instanceof JSpinner spinner) {
                found.add(((JSpinner.DefaultEditor) spinner.getEditor()).getTextField());
            }
        }
        return found;
    }

    private static String describe(Component c) {
        return c == null ? "nothing" : c.getClass().getSimpleName() + "[" + c.getName()
                + (c instanceof AbstractButton b ? " '" + b.getText() + "'" : "") + "]";
    }
}
