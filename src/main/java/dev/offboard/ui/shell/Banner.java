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

    private final JPanel panel = new JPanel(new MigLayout("insets 8 12 8 12, fillx, hidemode 3", "[grow,fill][][]", ""));
    private final JLabel text = new WrappingLabel();
    /** What the message offers to do, if anything ("Restore…"). */
    private final JButton action = new JButton();
    private final JButton dismiss = new JButton();
    private Runnable onAction = () -> { };
    private Runnable onDismiss = () -> { };

    Banner() {
        panel.setName("banner");
        panel.putClientProperty(FlatClientProperties.STYLE, "background: $Component.warning.borderColor");
        text.setName("banner.text");
        dismiss.setName("banner.dismiss");
        dismiss.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        dismiss.addActionListener(e -> {
            hide();
            onDismiss.run();
        });
        action.setName("banner.action");
        action.setVisible(false);
        action.addActionListener(e -> onAction.run());
        dismiss.setIcon(new com.formdev.flatlaf.icons.FlatClearIcon());
        panel.add(text, "wmin 40");
        panel.add(action);
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
        show(message, "warning", null, null);
    }

    /**
     * Shows a calm offer: {@code message} with an icon and a button that does what it offers
     * ({@code label}, e.g. "Restore…"); the button goes with the message.
     */
    void offer(String message, String icon, String label, Runnable then) {
        show(message, icon, label, then);
    }

    private void show(String message, String icon, String label, Runnable then) {
        text.setText("<html>" + Html.escape(message) + "</html>");
        text.setIcon(Icons.get(icon));
        action.setVisible(then != null);
        if (then != null) {
            dev.offboard.ui.widget.Form.mnemonic(action, label);
            onAction = then;
        }
        panel.setVisible(true);
        panel.revalidate();
    }

    /** Told when the user dismisses the banner (not when a new message replaces it). */
    void onDismiss(Runnable listener) {
        this.onDismiss = listener;
    }

    /** The banner's text; for tests. */
    String text() {
        return panel.isVisible() ? text.getText() : "";
    }

    void hide() {
        panel.setVisible(false);
    }
}
