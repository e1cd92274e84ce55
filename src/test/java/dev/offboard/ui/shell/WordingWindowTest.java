package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Confirmation;
import dev.offboard.plan.Plan;
import dev.offboard.plan.Section;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Dimension;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JTextArea;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Wording a section in the real window: the editor shows the generated text, typing makes it
 * the freelancer's own (marked "edited", in the plan and the email), revert brings the
 * generated text back, undo takes the revert back, and a plan changed underneath an edit is
 * warned about until the edit is kept; the choice of what the client signs reaches the plan and
 * the email's request. Needs a display (see {@link RequiresDisplay}).
 */
@RequiresDisplay
class WordingWindowTest {

    private WindowDriver driver;

    @BeforeEach
    void openWindow() {
        driver = WindowDriver.openSample(Step.WRITE_UP, new Dimension(1280, 860));
    }

    @AfterEach
    void closeWindow() throws Exception {
        driver.close();
    }

    @Test
    void editingASectionMarksItAndRevertAndUndoFollowThePlan() {
        JTextArea text = driver.window.textBox("writeUp.wording.text").targetCastedTo(JTextArea.class);
        @SuppressWarnings("unchecked")
        JComboBox<Section> sections = driver.window.comboBox("writeUp.wording.section").targetCastedTo(JComboBox.class);
        driver.waitFor("the generated opening", () -> driver.edt(() -> text.isEnabled()
                && text.getText().startsWith("Following our recent conversation")), () -> driver.edt(text::getText));

        driver.edt(() -> {
            sections.setSelectedItem(Section.NOTICE);
            return null;
        });
        driver.waitFor("the generated notice", () -> driver.edt(() -> text.getText().startsWith("I am giving you")));
        javax.swing.JTextArea hint = find("writeUp.wording.hint", javax.swing.JTextArea.class);
        String letterHint = driver.edt(hint::getText);
        assertThat(letterHint).contains("the greeting and the signature stay generated");
        driver.edt(() -> {
            sections.setSelectedItem(Section.EMAIL_BODY);
            return null;
        });
        driver.waitFor("the email's own hint", () -> driver.edt(() -> hint.getText()
                .contains("greeting and signature included")), () -> driver.edt(hint::getText));
        driver.edt(() -> {
            sections.setSelectedItem(Section.NOTICE);
            return null;
        });
        driver.waitFor("the generated notice again", () -> driver.edt(() -> text.getText().startsWith("I am giving")));
        retype(text, "My last day is 22 December.");

        driver.waitFor("the edit in the plan", () -> driver.plan().writeUp().edit(Section.NOTICE)
                .map(e -> e.text().equals("My last day is 22 December.")).orElse(false),
                () -> String.valueOf(driver.plan().writeUp().edits()));
        assertThat(driver.plan().writeUp().edit(Section.NOTICE).orElseThrow().basedOn()).startsWith("I am giving you");
        driver.waitFor("marked as edited", () -> driver.edt(() -> label("writeUp.wording.status").getText()
                .contains("Edited") && button("writeUp.wording.revert").isShowing()
                && rendered(sections, Section.NOTICE).endsWith("· edited")), () -> driver.edt(() -> label(
                "writeUp.wording.status").getText() + " | " + button("writeUp.wording.revert").isShowing() + " | "
                + rendered(sections, Section.NOTICE)));
        driver.waitFor("the email preview has the edit", () -> driver.edt(() -> driver.window
                .textBox("writeUp.emailPreview").target().getText().contains("I am giving you")));

        click("writeUp.wording.revert");
        driver.waitFor("reverted in the plan and the editor", () -> driver.plan().writeUp().edits().isEmpty()
                && driver.edt(() -> text.getText().startsWith("I am giving you")
                        && label("writeUp.wording.status").getText().contains("Generated")));

        driver.edt(() -> {
            menuItem("menu.undo").doClick();
            return null;
        });
        driver.waitFor("the revert undone", () -> driver.plan().writeUp().edit(Section.NOTICE).isPresent());
        JTextArea again = driver.window.textBox("writeUp.wording.text").targetCastedTo(JTextArea.class);
        driver.waitFor("the edit shown again", () -> driver.edt(() -> again.getText()
                .equals("My last day is 22 December.")), () -> driver.edt(again::getText));
    }

    @Test
    void emptyingAnEditedSectionUsesTheGeneratedTextWithoutAFailureAndShowsItOnLeaving() {
        JTextArea text = driver.window.textBox("writeUp.wording.text").targetCastedTo(JTextArea.class);
        driver.waitFor("the generated opening", () -> driver.edt(() -> text.isEnabled()
                && text.getText().startsWith("Following our recent conversation")), () -> driver.edt(text::getText));
        retype(text, "Hello again.");
        driver.waitFor("the edit in the plan", () -> driver.plan().writeUp().edit(Section.OPENING).isPresent());

        // Select all and delete: the edit goes, and the text area stays as the user left it.
        driver.chord(java.awt.event.KeyEvent.VK_CONTROL, java.awt.event.KeyEvent.VK_A);
        driver.robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_DELETE);
        driver.waitFor("no edit in the plan", () -> driver.plan().writeUp().edits().isEmpty(),
                () -> String.valueOf(driver.plan().writeUp().edits()));
        driver.waitFor("empty, and said so", () -> driver.edt(() -> text.getText().isEmpty()
                && label("writeUp.wording.status").getText().contains("Empty: the generated text is used.")
                && !button("writeUp.wording.revert").isShowing()),
                () -> driver.edt(() -> "[" + text.getText() + "] " + label("writeUp.wording.status").getText()));
        assertThat(driver.edt(() -> find("banner", javax.swing.JPanel.class).isShowing()))
                .as("no failure banner").isFalse();

        // Leaving the editor shows the generated text it stands for.
        driver.edt(() -> {
            driver.window.comboBox("writeUp.wording.section").target().requestFocusInWindow();
            return null;
        });
        driver.waitFor("the generated opening again", () -> driver.edt(() -> text.getText()
                .startsWith("Following our recent conversation")), () -> driver.edt(text::getText));
        assertThat(driver.plan().writeUp().edits()).isEmpty();
    }

    @Test
    void aPlanChangedUnderAnEditIsWarnedAboutUntilTheEditIsKept() {
        JTextArea text = driver.window.textBox("writeUp.wording.text").targetCastedTo(JTextArea.class);
        driver.waitFor("the generated opening", () -> driver.edt(() -> text.isEnabled()
                && text.getText().startsWith("Following our recent conversation")));
        driver.edt(() -> {
            driver.main.controller().holder().update(p -> p.withConversation(p.conversation()
                    .withClientReason("Your print work needs a specialist.")));
            return null;
        });
        driver.waitFor("the new reason in the editor", () -> driver.edt(() -> text.getText()
                .contains("Your print work needs a specialist.")));
        retype(text, "Thank you for everything.");
        driver.waitFor("edited", () -> driver.plan().writeUp().edit(Section.OPENING).isPresent());
        assertThat(driver.edt(() -> find("writeUp.wording.warning", javax.swing.JPanel.class).isShowing())).isFalse();

        driver.edt(() -> {
            driver.main.controller().holder().update(p -> p.withConversation(p.conversation()
                    .withClientReason("Your print work needs a full-time specialist.")));
            return null;
        });
        driver.waitFor("the stale warning names the change", () -> driver.edt(() -> label("writeUp.wording.warningText")
                .isShowing() && label("writeUp.wording.warningText").getText().contains("full-time")),
                () -> driver.edt(() -> label("writeUp.wording.warningText").getText()));

        click("writeUp.wording.showNew");
        driver.waitFor("the new text shown", () -> driver.edt(() -> driver.window.textBox("writeUp.wording.newText")
                .target().isShowing() && driver.window.textBox("writeUp.wording.newText").target().getText()
                .contains("full-time specialist")));
        click("writeUp.wording.keep");
        driver.waitFor("kept: no warning", () -> driver.edt(() -> !label("writeUp.wording.warningText").isShowing()));
        Plan plan = driver.plan();
        assertThat(plan.writeUp().edit(Section.OPENING).orElseThrow().text()).isEqualTo("Thank you for everything.");
        assertThat(plan.writeUp().edit(Section.OPENING).orElseThrow().basedOn()).contains("full-time specialist");
    }

    @Test
    void choosingAgreementAsksTheClientToAgreeInThePlanAndTheEmail() {
        JComboBox<?> choice = driver.window.comboBox("writeUp.confirmation").target();
        assertThat(driver.edt(choice::getSelectedItem)).isEqualTo(Confirmation.RECEIPT);

        driver.window.comboBox("writeUp.confirmation").selectItem(1);

        driver.waitFor("agreement in the plan",
                () -> driver.plan().writeUp().confirmation() == Confirmation.AGREEMENT);
        JTextComponent email = driver.window.textBox("writeUp.emailPreview").target();
        driver.waitFor("the email asks for agreement", () -> driver.edt(email::getText).contains("confirm that you agree"),
                () -> driver.edt(email::getText));
    }

    /**
     * Presses a shown button. Through {@code doClick}: the editor sits low on a long page, which
     * the robot's mouse cannot always reach on the test's virtual screen.
     */
    private void click(String name) {
        JButton target = button(name);
        driver.waitFor(name + " shown and enabled", () -> driver.edt(() -> target.isShowing() && target.isEnabled()));
        driver.edt(() -> {
            target.doClick();
            return null;
        });
        driver.robot.waitForIdle();
    }

    /** Focuses the text, selects all of it with Ctrl+A and types {@code value} in its place. */
    private void retype(JTextArea text, String value) {
        driver.waitFor("the text focused", () -> driver.edt(() -> {
            text.scrollRectToVisible(new java.awt.Rectangle(0, 0, text.getWidth(), text.getHeight()));
            text.requestFocusInWindow();
            return text.isFocusOwner();
        }));
        driver.chord(java.awt.event.KeyEvent.VK_CONTROL, java.awt.event.KeyEvent.VK_A);
        driver.robot.enterText(value);
        driver.waitFor("typed", () -> driver.edt(() -> text.getText().equals(value)), () -> driver.edt(text::getText));
    }

    private JLabel label(String name) {
        return find(name, JLabel.class);
    }

    private JButton button(String name) {
        return find(name, JButton.class);
    }

    /** A component by name, shown or not. */
    private <T extends java.awt.Component> T find(String name, Class<T> type) {
        return driver.robot.finder().findByName(driver.main.frame(), name, type, false);
    }

    private JMenuItem menuItem(String name) {
        return driver.robot.finder().findByName(driver.main.frame().getJMenuBar(), name, JMenuItem.class, false);
    }

    /** What the section list shows for {@code section}. */
    private static String rendered(JComboBox<Section> box, Section section) {
        @SuppressWarnings("unchecked")
        javax.swing.ListCellRenderer<Object> renderer = (javax.swing.ListCellRenderer<Object>) box.getRenderer();
        java.awt.Component shown = renderer.getListCellRendererComponent(new javax.swing.JList<>(), section, 0, false,
                false);
        return ((JLabel) shown).getText();
    }
}
