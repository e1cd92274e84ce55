package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Plan;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.Locale;
import javax.swing.JLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A date typed into a date field of the real window: read leniently, and never put back silently. */
@RequiresDisplay
class DateTypingWindowTest {

    private WindowDriver driver;

    @BeforeEach
    void open() {
        driver = WindowDriver.open(Plan.empty(), Locale.ENGLISH, AppSettings.Theme.LIGHT, new Dimension(1180, 820), null);
        driver.showStep(Step.CONVERSE);
    }

    @AfterEach
    void close() throws Exception {
        driver.close();
    }

    @Test
    void aDateThatCannotBeReadIsExplainedUnderTheFieldUntilADateIsTyped() {
        driver.type("conversation.date", "hello");
        driver.robot.pressAndReleaseKey(KeyEvent.VK_TAB);

        driver.waitFor("the field explains what happened", () -> message().startsWith("“hello” is not a date"),
                this::message);
        assertThat(message()).contains("went back to what it held").contains("Dec 4, 2026");
        assertThat(driver.plan().conversation().date()).isNull();

        driver.replace("conversation.date", "30 November 2026");
        driver.robot.pressAndReleaseKey(KeyEvent.VK_TAB);

        driver.waitFor("the typed date in the plan", () -> LocalDate.of(2026, 11, 30)
                .equals(driver.plan().conversation().date()));
        driver.waitFor("the explanation gone", () -> !message().contains("is not a date"), this::message);
    }

    @Test
    void numbersAloneAreNotGuessedWhenTheLanguageHasNoRegion() {
        driver.type("conversation.date", "12/8/2026");
        driver.robot.pressAndReleaseKey(KeyEvent.VK_TAB);

        driver.waitFor("explained, not read as 8 December", () -> message().startsWith("“12/8/2026” is not a date"),
                this::message);
        assertThat(driver.plan().conversation().date()).isNull();
    }

    /** What the line under the date field says, or "" when it is hidden. */
    private String message() {
        return driver.edt(() -> {
            java.awt.Component field = driver.window.textBox("conversation.date").target();
            java.awt.Container form = field.getParent();
            while (form != null && !(form.getLayout() instanceof net.miginfocom.swing.MigLayout
                    && form.getParent() != null && form.getComponentCount() > 4)) {
                form = form.getParent();
            }
            java.awt.Component picker = field.getParent();
            int at = java.util.Arrays.asList(form.getComponents()).indexOf(picker);
            JLabel line = (JLabel) form.getComponent(at + 1);
            // The label wraps its text in HTML, escaped.
            return line.isVisible() ? line.getText().replaceAll("<[^>]*>", "").replace("&amp;", "&") : "";
        });
    }
}
