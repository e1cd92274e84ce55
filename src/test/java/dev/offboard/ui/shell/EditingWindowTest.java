package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Decision;
import dev.offboard.plan.Plan;
import dev.offboard.render.Documents;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.core.SwingTaskRunner;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.KeyboardFocusManager;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javax.swing.JMenuItem;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editing in the real window: undo and redo from the keyboard and the Edit menu, wordings
 * that buttons add, problems that follow the text. Needs a display (see {@link RequiresDisplay}).
 */
@RequiresDisplay
class EditingWindowTest {

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;
    private Preferences node;

    @BeforeEach
    void openWindow() {
        node = Preferences.userRoot().node("dev/offboard/editing-test-" + ProcessHandle.current().pid());
        AppSettings settings = new AppSettings(node);
        settings.setLocale(Locale.ENGLISH);
        settings.setTheme(AppSettings.Theme.LIGHT);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        robot.settings().eventPostingDelay(50);
        main = GuiActionRunner.execute(() -> OffboardApp.open(new AppController(new PlanHolder(Plan.empty()),
                settings, new SwingTaskRunner(), Documents::new, new NoFiles(), new NoDesktop(),
                () -> LocalDate.of(2026, 11, 26))));
        window = new FrameFixture(robot, main.frame());
        window.show(new Dimension(1280, 860));
        window.moveToFront();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.cleanUp();
        node.removeNode();
    }

    @Test
    void ctrlZTakesBackTypedWordsInTheFieldAndRedoPutsThemBack() {
        typeInto("freelancer.name", "Alex Rivera");

        shortcut(KeyEvent.VK_Z, 0);
        until("one word undone", () -> fieldText("freelancer.name").equals("Alex")
                && plan().freelancer().name().equals("Alex"));
        until("the field keeps the focus, caret after the text", () -> focused() instanceof JTextComponent text
                && "freelancer.name".equals(text.getName()) && text.getCaretPosition() == 4);

        shortcut(KeyEvent.VK_Z, InputEvent.SHIFT_DOWN_MASK);
        until("redone", () -> fieldText("freelancer.name").equals("Alex Rivera"));
        shortcut(KeyEvent.VK_Z, 0);
        shortcut(KeyEvent.VK_Y, 0);
        until("redone with Ctrl+Y", () -> fieldText("freelancer.name").equals("Alex Rivera"));
    }

    @Test
    void undoingAChoiceMadeOnAnotherStepGoesBackToThatStep() {
        window.comboBox("assessment.decision").focus();
        robot.pressAndReleaseKey(KeyEvent.VK_DOWN);
        until("decision", () -> plan().assessment().decision() == Decision.PART_WAYS);
        GuiActionRunner.execute(() -> main.showStep(Step.NOTICE));

        GuiActionRunner.execute(() -> menuItem("menu.undo").doClick());

        until("back on assess", () -> GuiActionRunner.execute(() -> main.currentStep()) == Step.ASSESS);
        until("decision undone", () -> plan().assessment().decision() == Decision.UNDECIDED
                && window.comboBox("assessment.decision").target().getSelectedItem() == Decision.UNDECIDED);
    }

    @Test
    void useThisWordingAddsBelowTheUsersTextAndUndoTakesOnlyItBack() {
        GuiActionRunner.execute(() -> main.showStep(Step.THANK));
        typeInto("thanks.message", "Dear team,");
        window.radioButton("thank.suggestion.1").click();
        window.button("thank.use").click();

        until("wording below the user's text", () -> fieldText("thanks.message").startsWith("Dear team,\n\n")
                && plan().thanks().message().length() > "Dear team,\n\n".length());
        assertThat(main.statusText()).contains("below your own text");

        shortcut(KeyEvent.VK_Z, 0);
        until("only the wording undone", () -> fieldText("thanks.message").equals("Dear team,")
                && plan().thanks().message().equals("Dear team,"));
    }

    @Test
    void theEditMenuFollowsTheHistoryAndTheLanguage() {
        assertThat(GuiActionRunner.execute(() -> menuItem("menu.undo").isEnabled())).isFalse();
        typeInto("client.company", "Northwind");
        until("undo enabled", () -> menuItem("menu.undo").isEnabled() && !menuItem("menu.redo").isEnabled());
        window.menuItem("menu.edit").click();
        until("with no selection, cut and copy are off and paste on", () -> !menuItem("menu.cut").isEnabled()
                && !menuItem("menu.copy").isEnabled() && menuItem("menu.paste").isEnabled());
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);

        GuiActionRunner.execute(() -> main.controller().setLocale(Locale.FRENCH));
        GuiActionRunner.execute(() -> main.rebuild());

        until("french edit menu", () -> "Édition".equals(main.frame().getJMenuBar().getMenu(1).getText())
                && "Annuler".equals(menuItem("menu.undo").getText()) && menuItem("menu.undo").isEnabled());
    }

    @Test
    void aFieldsProblemAppearsAsItIsTypedAndGoesOnceFixed() {
        for (Step step : Step.values()) {
            assertThat(GuiActionRunner.execute(() -> main.state(step))).as("untouched " + step)
                    .isEqualTo(Navigation.StepState.TODO);
        }
        typeInto("client.email", "sam@");

        until("warning beside the field", () -> "warning".equals(outline("client.email"))
                && messageShown("does not look like an email address"));
        assertThat(messageShown("Your name is missing")).as("untouched fields stay quiet").isFalse();

        robot.enterText("blueharbor.example");
        until("fixed, gone", () -> outline("client.email") == null
                && !messageShown("does not look like an email address"));
    }

    @Test
    void nextWithOnlyWarningsMovesOnAndSaysSoWithoutATick() {
        typeInto("freelancer.name", "Alex Rivera");
        typeInto("client.company", "Blue Harbor");
        until("the save state tells the truth", () -> main.saveStateText().equals("Not saved yet"));

        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(KeyEvent.VK_RIGHT);
        robot.releaseKey(KeyEvent.VK_ALT);

        until("on converse", () -> main.currentStep() == Step.CONVERSE);
        until("warnings named", () -> main.statusText().contains("worth a look"));
        assertThat(GuiActionRunner.execute(() -> main.statusIcon())).isEqualTo("warning");
        assertThat(GuiActionRunner.execute(() -> main.state(Step.ASSESS))).isEqualTo(Navigation.StepState.ATTENTION);
    }

    @Test
    void newPlanAsksBeforeStartingANewPlanInEnglishAndFrench() {
        typeInto("freelancer.name", "Alex Rivera");
        askNewPlanAndCancel("Save the changes to Untitled plan before starting a new plan?", "Cancel");

        GuiActionRunner.execute(() -> main.controller().setLocale(Locale.FRENCH));
        GuiActionRunner.execute(() -> main.rebuild());
        askNewPlanAndCancel("Enregistrer les modifications de Plan sans titre avant de commencer un nouveau plan ?",
                "Annuler");
        assertThat(plan().freelancer().name()).isEqualTo("Alex Rivera");
    }

    @Test
    void everyPathThePlanCheckCanNameHasAFieldInTheWindow() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        dev.offboard.plan.Plan sample = dev.offboard.plan.SamplePlan.create(today);
        dev.offboard.plan.Notice milestone = sample.notice().withKind(dev.offboard.plan.Notice.NoticeKind.MILESTONE);
        java.util.List<dev.offboard.plan.Plan> troubled = java.util.List.of(Plan.empty(),
                sample.withFreelancer(sample.freelancer().withEmail("camille@"))
                        .withClient(sample.client().withEmail("priya@").withRevenueSharePercent(new java.math.BigDecimal("150")))
                        .withNotice(sample.notice().withLength(900))
                        .withDeliverables(java.util.List.of(new dev.offboard.plan.Deliverable("", "",
                                today.plusYears(5),
                                dev.offboard.plan.Deliverable.Status.NOT_STARTED)))
                        .withPayments(java.util.List.of(new dev.offboard.plan.Payment("A-1", null, null,
                                today.plusYears(5),
                                dev.offboard.plan.Payment.Status.OUTSTANDING), new dev.offboard.plan.Payment("A-2",
                                new java.math.BigDecimal("-4"), java.util.Currency.getInstance("EUR"), null,
                                dev.offboard.plan.Payment.Status.OUTSTANDING))),
                sample.withClient(sample.client().withEmail("")).withNotice(sample.notice().withGivenOn(null).withLength(1)),
                sample.withNotice(milestone.withMilestoneName("").withMilestoneDate(null)),
                sample.withNotice(milestone.withMilestoneDate(sample.notice().givenOn().minusDays(3))),
                sample.withNotice(milestone.withMilestoneDate(today.with(java.time.DayOfWeek.SATURDAY).plusWeeks(2))),
                sample.withWriteUp(sample.writeUp().withEdit(new dev.offboard.plan.EditedText(
                        dev.offboard.plan.Section.HANDOVER, "The login is password: Hunter2024!", "",
                        dev.offboard.plan.Language.EN))));
        java.util.Set<String> paths = new java.util.TreeSet<>();
        for (dev.offboard.plan.Plan plan : troubled) {
            dev.offboard.plan.PlanCheck.check(plan).forEach(problem -> paths.add(problem.field()));
        }
        // Tone and secrets are checked in every client-facing text; the limits in every text,
        // every date and every list, and in the plan as a whole ("").
        dev.offboard.plan.PlanText.clientFacing(sample).forEach(entry -> paths.add(entry.path()));
        dev.offboard.plan.PlanText.entries(sample).forEach(entry -> paths.add(entry.path()));
        dev.offboard.plan.PlanText.dates(sample).forEach(entry -> paths.add(entry.path()));
        dev.offboard.plan.PlanText.lists(sample).forEach(entry -> paths.add(entry.path()));
        paths.add("");
        assertThat(paths).contains("freelancer.name", "client.revenueSharePercent", "notice.milestoneDate",
                "deliverables[0].name", "payments[1].amount", "thanks.message", "writeUp.edits[0].text");

        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String path : paths) {
            dev.offboard.plan.FieldPath field = dev.offboard.ui.core.FieldProblem.pathOf(path);
            if (!GuiActionRunner.execute(() -> main.hasField(field))) {
                missing.add(path);
            }
        }
        assertThat(missing).as("plan paths with no field in the window").isEmpty();
    }

    private void askNewPlanAndCancel(String question, String cancel) {
        javax.swing.SwingUtilities.invokeLater(() -> menuItem("menu.new").doClick());
        org.assertj.swing.fixture.JOptionPaneFixture dialog = org.assertj.swing.finder.JOptionPaneFinder
                .findOptionPane().withTimeout(10_000).using(robot);
        dialog.requireMessage(question);
        dialog.button(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JButton>(javax.swing.JButton.class) {
            @Override
            protected boolean isMatching(javax.swing.JButton button) {
                return cancel.equals(button.getText());
            }
        }).click();
    }

    private Object outline(String field) {
        return GuiActionRunner.execute(() -> window.textBox(field).target().getClientProperty("JComponent.outline"));
    }

    /** Whether a message line on the step shows {@code text}. */
    private boolean messageShown(String text) {
        return GuiActionRunner.execute(() -> robot.finder().findAll(main.frame(),
                new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JLabel>(javax.swing.JLabel.class, true) {
                    @Override
                    protected boolean isMatching(javax.swing.JLabel label) {
                        return label.getText() != null && label.getText().contains(text);
                    }
                }).size() > 0);
    }

    private void typeInto(String field, String text) {
        JTextComponent target = (JTextComponent) window.textBox(field).target();
        GuiActionRunner.execute(() -> target.requestFocusInWindow());
        until(field + " focused", () -> focused() == target);
        robot.enterText(text);
        until(field + " holds what was typed", () -> target.getText().equals(text));
    }

    /** The platform's menu key (Ctrl here) with {@code key}. */
    private void shortcut(int key, int extraModifiers) {
        robot.pressKey(KeyEvent.VK_CONTROL);
        if (extraModifiers != 0) {
            robot.pressKey(KeyEvent.VK_SHIFT);
        }
        robot.pressAndReleaseKey(key);
        if (extraModifiers != 0) {
            robot.releaseKey(KeyEvent.VK_SHIFT);
        }
        robot.releaseKey(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
    }

    private String fieldText(String name) {
        return GuiActionRunner.execute(() -> window.textBox(name).target().getText());
    }

    private JMenuItem menuItem(String name) {
        return robot.finder().findByName(main.frame().getJMenuBar(), name, JMenuItem.class, false);
    }

    private Plan plan() {
        return GuiActionRunner.execute(() -> main.controller().holder().plan());
    }

    private static Component focused() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    private static void until(String what, Callable<Boolean> check) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                try {
                    return GuiActionRunner.execute(check::call);
                } catch (RuntimeException | AssertionError e) {
                    return false;
                }
            }
        }, Timeout.timeout(10_000));
    }

    /** No file choosers in these tests. */
    private static final class NoFiles implements FileDialogs {
        @Override
        public Optional<Path> chooseOpen(Component parent, Messages messages) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(Component parent, Messages messages, String suggested, String extension) {
            return Optional.empty();
        }
    }
}
