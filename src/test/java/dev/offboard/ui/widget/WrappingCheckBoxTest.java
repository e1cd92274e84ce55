package dev.offboard.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import org.junit.jupiter.api.Test;

class WrappingCheckBoxTest {

    private static final String LONG = "Les fichiers finaux ne sont remis qu’une fois toutes les factures réglées,"
            + " y compris celles des dernières semaines & des travaux <urgents>";

    @Test
    void aLongLabelWrapsToTheWidthItIsGivenAndAsksForTheHeightOfItsLines() {
        WrappingCheckBox box = Form.mnemonic(new WrappingCheckBox(), "Remise des &fichiers");
        int oneLine = box.getPreferredSize().height;
        box.setText(LONG);
        box.setSize(200, oneLine);

        assertThat(box.getPreferredSize().width).as("no wider than given").isLessThanOrEqualTo(200);
        assertThat(box.getPreferredSize().height).as("several lines").isGreaterThan(2 * oneLine);
        assertThat(box.getMinimumSize().width).as("never widens its page").isLessThan(100);
    }

    @Test
    void itKeepsItsMnemonicPlainAccessibleNameAndTooltip() {
        WrappingCheckBox box = Form.mnemonic(new WrappingCheckBox(), "Also sent by &registered post");
        box.setToolTipText("A paper copy, signed for");

        assertThat(box.label()).isEqualTo("Also sent by registered post");
        assertThat(box.getText()).startsWith("<html>").doesNotContain("&registered");
        assertThat(box.getMnemonic()).isEqualTo(KeyEvent.VK_R);
        assertThat(box.getAccessibleContext().getAccessibleName()).isEqualTo("Also sent by registered post");
        assertThat(box.getToolTipText()).isEqualTo("A paper copy, signed for");
        assertThat(box.isFocusable()).isTrue();
    }

    @Test
    void markupInALabelIsShownAsText() {
        WrappingCheckBox box = new WrappingCheckBox(LONG, true);

        assertThat(box.getText()).contains("&lt;urgents&gt;").contains("&amp;");
        assertThat(box.isSelected()).isTrue();
        assertThat(box.label()).isEqualTo(LONG);
    }
}
