package dev.offboard.ui.shell;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.widget.Html;
import dev.offboard.ui.widget.Icons;
import dev.offboard.ui.widget.WrappingLabel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The calm banner at the top of the window: one problem at a time, until dismissed or replaced. */
final class Banner {

    private final JPanel panel = new JPanel(new MigLayout("insets 8 12 8 12, fillx", "[grow,fill][]", ""));
    private final JLabel text = new WrappingLabel();
    private final JButton dismiss = new JButton();

    Banner() {
        panel.setName("banner");
        panel.putClientProperty(FlatClientProperties.STYLE, "background: $Component.warning.borderColor");
        text.setName("banner.text");
        dismiss.setName("banner.dismiss");
        dismiss.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        dismiss.addActionListener(e -> hide());
        dismiss.setIcon(new com.formdev.flatlaf.icons.FlatClearIcon());
        panel.add(text);
        panel.add(dismiss);
        panel.setVisible(false);
    }

    JPanel component() {
        return panel;
    }

    /** Sets the words that follow the language. */
    void translate(Messages messages) {
        dismiss.getAccessibleContext().setAccessibleName(messages.text("banner.dismiss"));
        dismiss.setToolTipText(messages.text("banner.dismiss"));
    }

    /** Shows {@code message}, wrapped, with a warning sign. */
    void show(String message) {
        text.setText("<html>" + Html.escape(message) + "</html>");
        text.setIcon(Icons.get("warning"));
        panel.setVisible(true);
        panel.revalidate();
    }

    void hide() {
        panel.setVisible(false);
    }
}
