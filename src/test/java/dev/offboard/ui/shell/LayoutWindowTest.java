package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.testing.RequiresDisplay;
import dev.offboard.ui.widget.SideBySide;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every step fits the window it is shown in: nothing cut, nothing wider than the page. */
@RequiresDisplay
class LayoutWindowTest {

    private WindowDriver driver;

    @AfterEach
    void close() throws Exception {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void theWriteUpShowsFieldsAndPreviewSideBySideWhenWideAndStackedWhenNarrow() {
        driver = WindowDriver.openSample(Step.WRITE_UP, new Dimension(1400, 900));
        JComponent subject = driver.window.textBox("writeUp.emailSubject").target();
        JComponent tabs = driver.window.tabbedPane("writeUp.previewTabs").target();

        driver.waitFor("side by side", () -> driver.edt(() -> SwingUtilities.getAncestorOfClass(JSplitPane.class, tabs)
                != null && tabs.isShowing()));
        driver.robot.waitForIdle();
        Rectangle fields = onScreen(subject);
        Rectangle preview = onScreen(tabs);
        assertThat(preview.x).as("the preview right of the fields").isGreaterThan(fields.x + fields.width);
        assertThat(preview.y + preview.height).as("the preview whole in the window")
                .isLessThanOrEqualTo(onScreen(driver.main.frame().getContentPane()).y
                        + driver.edt(() -> driver.main.frame().getContentPane().getHeight()));
        for (Dimension size : List.of(new Dimension(1400, 900), new Dimension(1180, 820))) {
            driver.window.resizeTo(size);
            driver.robot.waitForIdle();
            driver.robot.waitForIdle();
            assertThat(driver.edt(() -> cutOrTooWide(driver.main.currentStepComponent())))
                    .as("side by side at %s", size).isEmpty();
        }

        driver.window.resizeTo(new Dimension(1024, 700));
        driver.waitFor("stacked", () -> driver.edt(() -> SwingUtilities.getAncestorOfClass(JSplitPane.class, tabs)
                == null));
        driver.robot.waitForIdle();
        assertThat(onScreen(tabs).y).as("the preview under the fields").isGreaterThan(onScreen(subject).y);
    }

    @Test
    void everyStepFitsA1024By700WindowInFrenchWithTheSameLabelColumn() {
        checkEveryStep(Locale.FRENCH, AppSettings.Theme.LIGHT, new Dimension(1024, 700));
    }

    @Test
    void everyStepFitsA1024By700WindowInEnglishDark() {
        checkEveryStep(Locale.ENGLISH, AppSettings.Theme.DARK, new Dimension(1024, 700));
    }

    /** A check box label far longer than any in the bundles, in French, with a mnemonic. */
    static final String LONG_FRENCH_LABEL = "Je confirme avoir relu l’ensemble des conditions convenues avec le client,"
            + " y compris les d&élais de paiement, la remise des fichiers sources et l’accompagnement prévu après"
            + " la fin de notre collaboration";

    @Test
    void aVeryLongCheckBoxLabelInFrenchWrapsWithinEveryStepAt1024By700() {
        driver = WindowDriver.open(planWithLongMessages(), Locale.FRENCH, AppSettings.Theme.LIGHT,
                new Dimension(1024, 700), null);
        List<String> problems = new ArrayList<>();
        List<javax.swing.JCheckBox> all = new ArrayList<>();
        int boxes = 0;
        for (Step step : Step.values()) {
            driver.showStep(step);
            List<javax.swing.JCheckBox> found = driver.edt(() -> checkBoxes(driver.main.currentStepComponent()));
            boxes += found.size();
            driver.edt(() -> {
                found.forEach(box -> dev.offboard.ui.widget.Form.mnemonic(box, LONG_FRENCH_LABEL));
                driver.main.currentStepComponent().revalidate();
                return null;
            });
            driver.robot.waitForIdle();
            driver.robot.waitForIdle();
            driver.edt(() -> cutOrTooWide(driver.main.currentStepComponent())).forEach(p -> problems.add(step + ": " + p));
            all.addAll(found);
        }
        assertThat(boxes).as("check boxes on the steps").isGreaterThanOrEqualTo(5);
        assertThat(problems).isEmpty();
        for (javax.swing.JCheckBox box : all) {
            String name = box.getName();
            assertThat(driver.edt(() -> box.getAccessibleContext().getAccessibleName()))
                    .as("accessible name of %s", name).isEqualTo(LONG_FRENCH_LABEL.replace("&", ""));
            assertThat(driver.edt(box::getMnemonic)).as("mnemonic of %s", name)
                    .isEqualTo(java.awt.event.KeyEvent.getExtendedKeyCodeForChar('é'));
            assertThat(driver.edt(() -> box.isFocusable() && box.getHeight() > 2 * box.getFont().getSize()))
                    .as("%s focusable, on several lines", name).isTrue();
        }
    }

    private static List<javax.swing.JCheckBox> checkBoxes(Container container) {
        List<javax.swing.JCheckBox> found = new ArrayList<>();
        for (Component child : container.getComponents()) {
            if (child instanceof javax.swing.JCheckBox box) {
                found.add(box);
            } else if (child instanceof Container inner) {
                found.addAll(checkBoxes(inner));
            }
        }
        return found;
    }

    private void checkEveryStep(Locale locale, AppSettings.Theme theme, Dimension size) {
        driver = WindowDriver.open(planWithLongMessages(), locale, theme, size, null);
        assertThat(problemsOnEveryStep(driver)).as("%s %s at %s", locale, theme, size).isEmpty();
    }

    /** The sample plan with a deliverable whose long name and late date make long messages on two steps. */
    static Plan planWithLongMessages() {
        Plan sample = SamplePlan.create(WindowDriver.TODAY);
        List<dev.offboard.plan.Deliverable> rows = new ArrayList<>(sample.deliverables());
        dev.offboard.plan.Deliverable first = rows.get(0);
        rows.set(0, new dev.offboard.plan.Deliverable("Refonte complète de la charte graphique, déclinée sur tous les"
                + " supports imprimés et numériques de la maison d’édition, avec guide d’utilisation détaillé",
                first.description(), sample.notice().lastWorkingDay().orElseThrow().plusDays(20), first.status()));
        return sample.withDeliverables(rows);
    }

    /**
     * Shows every step with all its problems beside their fields (as after Next) and lists
     * what is cut or too wide on it, any button of the window not whole in it, and a label
     * column that is not where it is on Assess.
     */
    static List<String> problemsOnEveryStep(WindowDriver driver) {
        List<String> problems = new ArrayList<>();
        Map<Step, Integer> fieldColumn = new TreeMap<>();
        for (Step step : Step.values()) {
            driver.showStep(step);
            driver.edt(() -> {
                driver.main.showStep(step == Step.ASSESS ? Step.CONVERSE : Step.ASSESS);
                driver.main.showStep(step);
                return null;
            });
            driver.robot.waitForIdle();
            driver.robot.waitForIdle();
            driver.edt(() -> cutOrTooWide(driver.main.currentStepComponent())).forEach(p -> problems.add(step + ": " + p));
            driver.edt(() -> buttonsNotWhole(driver.main.frame().getRootPane())).forEach(p -> problems.add(step + ": " + p));
            fieldColumn.put(step, driver.edt(() -> fieldColumnX(driver.main.currentStepComponent())));
        }
        int assess = fieldColumn.get(Step.ASSESS);
        if (!fieldColumn.values().stream().allMatch(x -> Math.abs(x - assess) <= 2)) {
            problems.add("where the fields start, per step: " + fieldColumn);
        }
        return problems;
    }

    /** Buttons outside the step pages (navigation, status) that do not lie whole inside the window. */
    static List<String> buttonsNotWhole(JComponent root) {
        List<String> problems = new ArrayList<>();
        collectButtons(root, root, problems);
        return problems;
    }

    private static void collectButtons(JComponent root, Container container, List<String> problems) {
        for (Component child : container.getComponents()) {
            if (!child.isShowing() || child instanceof JViewport) {
                continue;
            }
            if (child instanceof AbstractButton button && !(child instanceof javax.swing.JMenuItem)) {
                Rectangle bounds = SwingUtilities.convertRectangle(container, button.getBounds(), root);
                if (bounds.x < 0 || bounds.y < 0 || bounds.x + bounds.width > root.getWidth()
                        || bounds.y + bounds.height > root.getHeight()) {
                    problems.add(describe(button) + " not whole in the window: " + bounds + " in "
                            + root.getWidth() + "x" + root.getHeight());
                }
                String cut = cut(button);
                if (cut != null) {
                    problems.add(cut);
                }
            }
            if (child instanceof Container inner) {
                collectButtons(root, inner, problems);
            }
        }
    }

    /** What on the page is cut or reaches past its window. */
    static List<String> cutOrTooWide(JComponent page) {
        JViewport viewport = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, page);
        List<String> problems = new ArrayList<>();
        walk(page, viewport, problems);
        return problems;
    }

    private static void walk(Container container, JViewport viewport, List<String> problems) {
        for (Component child : container.getComponents()) {
            if (!child.isVisible() || child.getWidth() == 0) {
                continue;
            }
            Rectangle bounds = SwingUtilities.convertRectangle(container, child.getBounds(), viewport);
            if (bounds.x + bounds.width > viewport.getWidth() + 1) {
                problems.add(describe(child) + " reaches x=" + (bounds.x + bounds.width) + " of " + viewport.getWidth());
            }
            if (child instanceof JLabel || child instanceof AbstractButton) {
                String cut = cut((JComponent) child);
                if (cut != null) {
                    problems.add(cut);
                }
            }
            if (child instanceof Container inner && !(child instanceof JScrollPane)
                    && !(child instanceof JSplitPane)) {
                walk(inner, viewport, problems);
            } else if (child instanceof JSplitPane split) {
                for (Component side : split.getComponents()) {
                    if (side instanceof JScrollPane scroll && scroll.getViewport().getView() instanceof Container view) {
                        walk(view, scroll.getViewport(), problems);
                    } else if (side instanceof Container other) {
                        walk(other, viewport, problems);
                    }
                }
            }
        }
    }

    /** A label or button whose text does not fit it: too narrow for one line, or too short for its wrapped lines. */
    private static String cut(JComponent c) {
        String text = c instanceof JLabel l ? l.getText() : ((AbstractButton) c).getText();
        if (text == null || text.isBlank()) {
            return null;
        }
        View html = (View) c.getClientProperty(BasicHTML.propertyKey);
        if (html == null) {
            return c.getPreferredSize().width > c.getWidth() + 1 ? describe(c) + " cut: " + c.getPreferredSize().width
                    + " wide in " + c.getWidth() : null;
        }
        java.awt.Insets insets = c.getInsets();
        int iconWidth = c instanceof JLabel l && l.getIcon() != null ? l.getIcon().getIconWidth() + l.getIconTextGap() : 0;
        html.setSize(c.getWidth() - insets.left - insets.right - iconWidth, 0);
        float needed = html.getPreferredSpan(View.Y_AXIS) + insets.top + insets.bottom;
        return needed > c.getHeight() + 1 ? describe(c) + " needs " + needed + " high, has " + c.getHeight() : null;
    }

    /** Where the field column starts on a step's form, from its labelled fields. */
    static int fieldColumnX(JComponent page) {
        JComponent form = page instanceof SideBySide ? findForm(page) : page;
        List<Integer> xs = new ArrayList<>();
        List<String> where = new ArrayList<>();
        collectFieldX(form, form, xs, where);
        int min = xs.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(xs).as("one field column per step: %s", where).allMatch(x -> x - min <= 2);
        return min;
    }

    private static JComponent findForm(Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof JComponent j && j.getClass().getSimpleName().equals("WidthTrackingPanel")) {
                return j;
            }
            if (child instanceof Container inner) {
                JComponent found = findForm(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collectFieldX(Container form, Container c, List<Integer> xs, List<String> where) {
        for (Component child : c.getComponents()) {
            if (child instanceof JLabel caption && caption.getLabelFor() != null && caption.isShowing()
                    && !caption.getText().isEmpty()) {
                Component field = caption.getLabelFor();
                while (field != null && field.getParent() != form) {
                    field = field.getParent();
                }
                if (field == null) {
                    where.add(caption.getText() + "@outside the form");
                    xs.add(-1);
                    continue;
                }
                xs.add(field.getX());
                where.add(caption.getText() + "@" + field.getX());
            }
        }
    }

    private Rectangle onScreen(Component c) {
        return driver.edt(() -> new Rectangle(c.getLocationOnScreen(), c.getSize()));
    }

    private static String describe(Component c) {
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : "";
        return c.getClass().getSimpleName() + "[" + c.getName() + (text == null || text.isEmpty() ? "" : " '"
                + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'") + "]";
    }
}
