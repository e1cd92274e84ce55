package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.FileStamp;
import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.RecoveryStore;
import dev.offboard.plan.SamplePlan;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Dimension;
import java.awt.Window;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Started to open one plan, the window asks nothing about another plan's unsaved work: it keeps
 * it and offers it in the banner and the File menu.
 */
@RequiresDisplay
class RecoveryWindowTest {

    @TempDir
    Path folder;

    private WindowDriver driver;

    @AfterEach
    void close() throws Exception {
        if (driver != null) {
            driver.close();
        }
    }

    /** Opens a window on {@code opened.json}, with work on {@code other.json} left by a crashed session. */
    private void startOpening(Locale locale) throws Exception {
        Path recovery = folder.resolve("recovery");
        RecoveryStore crashed = new RecoveryStore(recovery);
        Plan lost = SamplePlan.create(WindowDriver.TODAY).withFreelancer(new Freelancer("Left in other", "", "", "", ""));
        crashed.save(lost, Optional.of(folder.resolve("other.json")), Instant.now().minusSeconds(600));
        crashed.release();
        Path opened = folder.resolve("opened.json");
        Plan plan = SamplePlan.create(WindowDriver.TODAY);
        FileStamp stamp = PlanFile.write(opened, plan);
        driver = WindowDriver.open(plan, locale, AppSettings.Theme.LIGHT, new Dimension(1180, 820), null);
        driver.edt(() -> {
            driver.main.controller().holder().replace(plan, opened, stamp);
            return null;
        });
        // Later on the event thread, as at start-up: a question would otherwise block the test here.
        SwingUtilities.invokeLater(() -> OffboardApp.startRecovery(driver.main.controller(), driver.main, recovery,
                () -> Optional.of(opened)));
        driver.waitFor("the kept work named in the banner", () -> driver.edt(() -> driver.main.bannerText())
                .contains("other.json"), () -> driver.main.bannerText());
        driver.robot.waitForIdle();
    }

    @Test
    void anotherPlansWorkIsOfferedInTheBannerAndTheMenuAndRestoredOnlyWhenAsked() throws Exception {
        startOpening(Locale.ENGLISH);

        assertThat(driver.edt(() -> Arrays.stream(Window.getWindows())
                .anyMatch(w -> w instanceof JDialog && w.isShowing()))).as("no question in front of the plan").isFalse();
        assertThat(driver.plan().freelancer().name()).isNotEqualTo("Left in other");
        assertThat(driver.edt(() -> driver.main.controller().holder().file())).contains(folder.resolve("opened.json"));
        JMenuItem recover = (JMenuItem) driver.robot.finder().findByName("menu.recover", false);
        assertThat(driver.edt(recover::isEnabled)).as("File > Recover unsaved work…").isTrue();
        assertThat(new RecoveryStore(folder.resolve("recovery")).leftBehind()).as("kept on disk").hasSize(1);

        driver.window.button("banner.action").click();
        JOptionPaneFixture question = driver.window.optionPane();
        question.requireMessage(java.util.regex.Pattern.compile("(?s).*other\\.json.*"));
        question.buttonWithText("Restore").click();

        driver.waitFor("the other plan's work restored", () -> driver.plan().freelancer().name().equals("Left in other"));
        assertThat(driver.edt(() -> driver.main.controller().holder().file()))
                .contains(folder.resolve("other.json").toAbsolutePath());
        assertThat(driver.edt(() -> driver.main.controller().holder().isModified())).isTrue();
        driver.waitFor("the note gone", () -> driver.edt(() -> driver.main.bannerText()).isEmpty());
        JMenuItem rebuilt = (JMenuItem) driver.robot.finder().findByName("menu.recover", false);
        assertThat(driver.edt(rebuilt::isEnabled)).as("nothing left to recover").isFalse();
    }

    @Test
    void theNoteAndTheMenuItemAreInFrench() throws Exception {
        startOpening(Locale.FRENCH);

        assertThat(driver.edt(() -> driver.main.bannerText())).contains("other.json").contains("en lieu sûr");
        assertThat(driver.window.button("banner.action").target().getText()).isEqualTo("Restaurer…");
        JMenuItem recover = (JMenuItem) driver.robot.finder().findByName("menu.recover", false);
        assertThat(driver.edt(recover::getText)).isEqualTo("Récupérer le travail non enregistré…");
        assertThat(driver.edt(recover::isEnabled)).isTrue();
    }
}
