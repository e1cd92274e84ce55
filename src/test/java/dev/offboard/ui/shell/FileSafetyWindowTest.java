package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.SamplePlan;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real window when its plan file is touched by someone else: changed on disk by another
 * program before Ctrl+S, or open in another window. Needs a display (see {@link RequiresDisplay}).
 */
@RequiresDisplay
class FileSafetyWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Timeout WAIT = Timeout.timeout(10_000);

    @TempDir
    Path folder;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;
    private WindowDriver driver;
    private Path saveAsTarget;

    @BeforeEach
    void openWindow() {
        saveAsTarget = folder.resolve("mine.json");
        driver = WindowDriver.openWith(Plan.empty(), Locale.ENGLISH, AppSettings.Theme.LIGHT, new Dimension(1280, 860),
                new SaveAsDialogs());
        robot = driver.robot;
        window = driver.window;
        main = driver.main;
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (driver != null) {
            driver.close();
        }
    }

    /** Opens a plan in the window, types a new name into it, then another program rewrites the file. */
    private Path editWhileAnotherProgramChangesTheFile() throws Exception {
        Path file = folder.resolve("blue.json");
        PlanFile.write(file, Plan.empty());
        GuiActionRunner.execute(() -> main.controller().open(file));
        waitFor("opened", () -> main.frame().getTitle().contains("blue.json"));
        type("freelancer.name", "Alex Rivera");
        waitFor("modified mark", () -> main.frame().getTitle().endsWith("•"));
        Files.writeString(file, PlanFile.toJson(SamplePlan.create(TODAY)));
        return file;
    }

    private JOptionPaneFixture pressCtrlSAndExpectTheQuestion() {
        window.textBox("freelancer.name").focus();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_S);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        JOptionPaneFixture question = JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
        question.requireTitle("Changed on disk");
        assertThat(question.target().getMessage().toString())
                .startsWith("blue.json was changed by another program (")
                .contains("Replace it with your version, load the version on disk, or save yours under another name?");
        return question;
    }

    @Test
    void ctrlSOnAPlanChangedOnDiskAsksAndReloadAsksAgainBeforeDroppingTheEdits() throws Exception {
        Path file = editWhileAnotherProgramChangesTheFile();

        JOptionPaneFixture question = pressCtrlSAndExpectTheQuestion();
        driver.answer(question, "Reload");
        String confirmation = "Load blue.json as it is on disk? The changes you made here since you last saved will be lost.";
        JOptionPaneFixture confirm = JOptionPaneFinder.findOptionPane(new GenericTypeMatcher<javax.swing.JOptionPane>(
                javax.swing.JOptionPane.class) {
            @Override
            protected boolean isMatching(javax.swing.JOptionPane pane) {
                return confirmation.equals(pane.getMessage());
            }
        }).withTimeout(10_000).using(robot);
        confirm.requireTitle("Reload from disk");
        driver.answer(confirm, "Reload and lose my changes");

        String theirs = SamplePlan.create(TODAY).freelancer().name();
        waitFor("the version on disk in the window", () -> window.textBox("freelancer.name").text().equals(theirs),
                () -> window.textBox("freelancer.name").text());
        waitFor("not modified", () -> !main.frame().getTitle().endsWith("•"));
        assertThat(PlanFile.read(file)).isEqualTo(SamplePlan.create(TODAY));
    }

    @Test
    void replaceItWritesTheWindowsVersionAndKeepsTheOtherProgramsAsTheBackup() throws Exception {
        Path file = editWhileAnotherProgramChangesTheFile();

        driver.answer(pressCtrlSAndExpectTheQuestion(), "Replace it");

        waitFor("saved", () -> !main.frame().getTitle().endsWith("•"), driver::whatTheWindowShows);
        assertThat(PlanFile.read(file).freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(PlanFile.read(PlanFile.backupOf(file))).isEqualTo(SamplePlan.create(TODAY));
    }

    @Test
    void escapeLeavesTheFileAndTheEditsAsTheyWere() throws Exception {
        Path file = editWhileAnotherProgramChangesTheFile();

        JOptionPaneFixture question = pressCtrlSAndExpectTheQuestion();
        question.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

        waitFor("question gone", () -> !question.target().isShowing());
        assertThat(PlanFile.read(file)).isEqualTo(SamplePlan.create(TODAY));
        assertThat(window.textBox("freelancer.name").text()).isEqualTo("Alex Rivera");
        assertThat(main.frame().getTitle()).endsWith("•");
    }

    @Test
    void aPlanOpenInAnotherWindowOpensReadOnlyWhenAskedAndSaveThenAsksForAnotherName() throws Exception {
        Path file = folder.resolve("blue.json");
        PlanFile.write(file, SamplePlan.create(TODAY));
        dev.offboard.plan.PlanLocks locks = new dev.offboard.plan.PlanLocks(folder.resolve("locks"));
        try (var otherWindow = locks.tryLock(file).orElseThrow()) {
            GuiActionRunner.execute(() -> {
                main.controller().usePlanLocks(locks);
                main.controller().open(file);
            });
            JOptionPaneFixture question = JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
            question.requireTitle("Already open");
            question.requireMessage("blue.json is already open in another Offboard window. Changes made in two "
                    + "windows would overwrite each other.\n\nOpen it here read-only? You can still save it under "
                    + "another name.");
            driver.answer(question, "Open Read-Only");

            waitFor("read-only title", () -> main.frame().getTitle().equals("Offboard — blue.json (read-only)"),
                    () -> main.frame().getTitle());
            // The mouse brings the window back to the front after the question, as a user would.
            window.textBox("freelancer.name").click();
            type("freelancer.name", "Alex Rivera");
            robot.pressKey(KeyEvent.VK_CONTROL);
            robot.pressAndReleaseKey(KeyEvent.VK_S);
            robot.releaseKey(KeyEvent.VK_CONTROL);

            waitFor("saved as", () -> main.frame().getTitle().equals("Offboard — mine.json"), () -> main.frame().getTitle());
            assertThat(PlanFile.read(file)).isEqualTo(SamplePlan.create(TODAY));
            assertThat(PlanFile.read(saveAsTarget).freelancer().name()).isEqualTo("Alex Rivera");
        }
    }

    private void type(String field, String text) {
        driver.replace(field, text);
    }

    private static void waitFor(String what, Callable<Boolean> check) {
        WindowDriver.pause(what, check, () -> "", WAIT);
    }

    private static void waitFor(String what, Callable<Boolean> check, Callable<String> actual) {
        WindowDriver.pause(what, check, actual, WAIT);
    }

    /** Save As answers with a file in the test folder; Open is never asked. */
    private final class SaveAsDialogs implements FileDialogs {
        @Override
        public Optional<Path> chooseOpen(Component parent, Messages messages) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(Component parent, Messages messages, String suggested, String extension) {
            return Optional.of(saveAsTarget);
        }
    }
}
