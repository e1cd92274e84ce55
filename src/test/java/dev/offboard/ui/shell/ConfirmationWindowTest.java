package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Confirmation;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Dimension;
import javax.swing.JComboBox;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In the real window, the Write-up step's choice of what the client signs reaches the plan and
 * the email preview's request. Needs a display (see {@link RequiresDisplay}).
 */
@RequiresDisplay
class ConfirmationWindowTest {

    private WindowDriver driver;

    @AfterEach
    void close() throws Exception {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void choosingAgreementAsksTheClientToAgreeInThePlanAndTheEmail() {
        driver = WindowDriver.openSample(Step.WRITE_UP, new Dimension(1400, 900));
        JComboBox<?> choice = driver.window.comboBox("writeUp.confirmation").target();
        assertThat(driver.edt(choice::getSelectedItem)).isEqualTo(Confirmation.RECEIPT);

        driver.window.comboBox("writeUp.confirmation").selectItem(1);

        driver.waitFor("agreement in the plan",
                () -> driver.plan().writeUp().confirmation() == Confirmation.AGREEMENT);
        JTextComponent email = driver.window.textBox("writeUp.emailPreview").target();
        driver.waitFor("the email asks for agreement", () -> driver.edt(email::getText).contains("confirm that you agree"),
                () -> driver.edt(email::getText));
    }
}
