package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reviewer once saw Next enabled on the Write-up after switching to the dark theme. Switching
 * the theme on every step, the last one included, keeps Back and Next as the step wants them.
 */
@RequiresDisplay
class ThemeSwitchWindowTest {

    private WindowDriver driver;

    @AfterEach
    void close() throws Exception {
        SystemTheme.useCommands(SystemTheme::run);
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void backAndNextFollowTheStepWhateverTheThemeIsSwitchedTo() {
        driver = WindowDriver.openSample(Step.ASSESS, new Dimension(1180, 820));
        // A system that prefers dark, for View > Theme > Follow the system.
        SystemTheme.useCommands(command -> Optional.of(command.contains("defaults") ? "Dark"
                : command.contains("reg") ? "AppsUseLightTheme    REG_DWORD    0x0" : "'prefer-dark'"));
        List<String> wrong = new ArrayList<>();
        for (Step step : Step.values()) {
            driver.showStep(step);
            for (String theme : List.of("DARK", "LIGHT", "SYSTEM", "LIGHT")) {
                choose(theme);
                boolean dark = !theme.equals("LIGHT");
                driver.waitFor(theme + " applied", () -> driver.edt(FlatLaf::isLafDark) == dark);
                driver.robot.waitForIdle();
                check(step, theme, wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onTheWriteUpReachedWithNextTheDarkThemeLeavesNextDisabledAndAltRightGoesNowhere() {
        driver = WindowDriver.openSample(Step.THANK, new Dimension(1180, 820));
        driver.edt(() -> {
            driver.main.goNext();
            return null;
        });
        assertThat(driver.edt(driver.main::currentStep)).isEqualTo(Step.WRITE_UP);

        choose("DARK");
        driver.waitFor("dark", () -> driver.edt(FlatLaf::isLafDark));
        driver.robot.waitForIdle();
        List<String> wrong = new ArrayList<>();
        check(Step.WRITE_UP, "DARK", wrong);
        assertThat(wrong).isEmpty();

        driver.edt(() -> {
            driver.main.goNext();
            return null;
        });
        driver.robot.waitForIdle();
        assertThat(driver.edt(driver.main::currentStep)).isEqualTo(Step.WRITE_UP);
        assertThat(driver.edt(() -> button("nav.next").isEnabled())).isFalse();
        choose("LIGHT");
        driver.waitFor("light", () -> !driver.edt(FlatLaf::isLafDark));
    }

    private void check(Step step, String theme, List<String> wrong) {
        boolean next = driver.edt(() -> button("nav.next").isEnabled());
        boolean back = driver.edt(() -> button("nav.back").isEnabled());
        Step shown = driver.edt(driver.main::currentStep);
        if (shown != step || next != (step != Step.WRITE_UP) || back != (step != Step.ASSESS)) {
            wrong.add(step + " after " + theme + ": showing " + shown + ", Back " + back + ", Next " + next);
        }
    }

    private JButton button(String name) {
        return (JButton) driver.robot.finder().findByName(driver.main.frame(), name, false);
    }

    /** View > Theme > {@code theme}, as a click on the menu item does it. */
    private void choose(String theme) {
        driver.edt(() -> {
            ((AbstractButton) driver.robot.finder().findByName(driver.main.frame().getJMenuBar(),
                    "menu.theme." + theme, false)).doClick();
            return null;
        });
    }
}
