package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.ui.core.Step;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.math.BigDecimal;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The step tables edit like a spreadsheet, in the real window. */
@RequiresDisplay
class TableEditingWindowTest {

    private WindowDriver driver;
    private JTable payments;

    @BeforeEach
    void openOptions() {
        driver = WindowDriver.openSample(Step.OPTIONS, new Dimension(1280, 860));
        payments = driver.window.table("payments").target();
    }

    @AfterEach
    void close() throws Exception {
        driver.close();
    }

    @Test
    void typingOnASelectedCellReplacesItsValue() {
        driver.selectCell(payments, 0, 0);

        driver.robot.enterText("INV-99");
        driver.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        driver.waitFor("invoice replaced", () -> driver.plan().payments().get(0).invoiceRef().equals("INV-99"),
                () -> driver.plan().payments().get(0).invoiceRef());
    }

    @Test
    void aShortcutOnASelectedCellLeavesItsValueAlone() {
        String before = driver.plan().payments().get(0).invoiceRef();
        driver.selectCell(payments, 0, 0);

        // Alt+Down is no table key: it must not open the cell (which starts blank) and leave it so.
        driver.robot.pressKey(KeyEvent.VK_ALT);
        driver.robot.pressAndReleaseKey(KeyEvent.VK_DOWN);
        driver.robot.releaseKey(KeyEvent.VK_ALT);
        driver.robot.waitForIdle();

        assertThat(driver.edt(payments::isEditing)).isFalse();
        assertThat(driver.plan().payments().get(0).invoiceRef()).isEqualTo(before);
        assertThat(shown(0, 0)).isEqualTo(before);
    }

    @Test
    void escapeCancelsTheEdit() {
        String before = driver.plan().payments().get(0).invoiceRef();
        driver.selectCell(payments, 0, 0);

        driver.robot.enterText("zzz");
        driver.waitFor("editing", () -> driver.edt(payments::isEditing));
        driver.robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);

        driver.waitFor("edit cancelled", () -> !driver.edt(payments::isEditing));
        assertThat(driver.plan().payments().get(0).invoiceRef()).isEqualTo(before);
        assertThat(shown(0, 0)).isEqualTo(before);
    }

    @Test
    void aRefusedValueStaysInItsCellWithTheReasonUntilFixed() {
        BigDecimal before = driver.plan().payments().get(0).amount();
        JLabel note = driver.robot.finder().findByName(driver.main.frame(), "payments.note", JLabel.class, false);
        driver.selectCell(payments, 0, 1);

        driver.robot.enterText("lots");
        driver.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        driver.waitFor("reason shown", () -> driver.edt(() -> note.isShowing() && note.getText().contains("“lots”")
                && note.getText().contains("Row 1, Amount")), () -> note.getText());
        assertThat(shown(0, 1)).as("what was typed stays in the cell").isEqualTo("lots");
        assertThat(driver.plan().payments().get(0).amount()).isEqualByComparingTo(before);
        assertThat(driver.edt(() -> payments.getToolTipText(at(0, 1)))).contains("not an amount");

        driver.selectCell(payments, 0, 1);
        driver.robot.pressAndReleaseKey(KeyEvent.VK_F2);
        driver.waitFor("editing", () -> driver.edt(payments::isEditing));
        assertThat(driver.edt(() -> ((javax.swing.text.JTextComponent) payments.getEditorComponent()).getText()))
                .as("editing again starts from the refused text").isEqualTo("lots");
        driver.robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        driver.selectCell(payments, 0, 1);
        driver.robot.enterText("1250.5");
        driver.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        driver.waitFor("fixed", () -> driver.plan().payments().get(0).amount().compareTo(new BigDecimal("1250.5")) == 0
                && !driver.edt(note::isShowing));
        assertThat(shown(0, 1)).as("with the currency's two decimals").isEqualTo("1,250.50");
    }

    @Test
    void nextDoesNotLeaveARefusedCellBehindButGoesToItAndSaysWhy() {
        driver.selectCell(payments, 1, 2);
        driver.robot.enterText("hello");
        driver.robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        driver.waitFor("refused", () -> "hello".equals(shown(1, 2)));
        driver.window.textBox("options.accessToRevoke").focus();

        driver.edt(() -> {
            driver.main.goNext();
            return null;
        });

        driver.waitFor("still on Options, on the refused cell", () -> driver.edt(() -> driver.main.currentStep() == Step.OPTIONS
                && payments.isFocusOwner() && payments.getSelectedRow() == 1 && payments.getSelectedColumn() == 2));
        assertThat(driver.edt(driver.main::statusText)).startsWith("Correct this before you move on, or empty the cell")
                .contains("Row 2, Currency: “hello” is not a currency code");
    }

    @Test
    void choiceCellsAreDrawnAsChoicesAndCutOffCellsHaveATooltip() {
        int status = payments.getColumnCount() - 1;
        assertThat(driver.edt(() -> payments.prepareRenderer(payments.getCellRenderer(0, status), 0, status)))
                .isInstanceOf(JComboBox.class);
        assertThat(driver.edt(() -> payments.prepareRenderer(payments.getCellRenderer(0, 0), 0, 0)))
                .isNotInstanceOf(JComboBox.class);

        JTable items = driver.window.table("itemsToReturn").target();
        String longest = driver.plan().options().itemsToReturn().get(2).handover();
        assertThat(driver.edt(() -> {
            JComponent cell = (JComponent) items.prepareRenderer(items.getCellRenderer(2, 2), 2, 2);
            return cell.getPreferredSize().width > items.getColumnModel().getColumn(2).getWidth();
        })).as("the sample's last handover is cut off at this width").isTrue();
        assertThat(driver.edt(() -> items.getToolTipText(at(items, 2, 2)))).isEqualTo(longest);
        assertThat(driver.edt(() -> items.getToolTipText(at(items, 2, 0)))).as("a short cell").isNull();
    }

    private String shown(int row, int column) {
        return driver.edt(() -> ((JLabel) payments.prepareRenderer(payments.getCellRenderer(row, column), row, column))
                .getText());
    }

    private MouseEvent at(int row, int column) {
        return at(payments, row, column);
    }

    private static MouseEvent at(JTable table, int row, int column) {
        Rectangle cell = table.getCellRect(row, column, false);
        return new MouseEvent(table, MouseEvent.MOUSE_MOVED, 0, 0, cell.x + 4, cell.y + 4, 0, false);
    }
}
