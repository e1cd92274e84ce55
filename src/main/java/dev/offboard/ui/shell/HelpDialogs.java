package dev.offboard.ui.shell;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.widget.Form;
import dev.offboard.ui.widget.Icons;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;

/** The guide, in a dialog that can stay open beside the wizard, and the About box. */
final class HelpDialogs {

    private HelpDialogs() {
    }

    static void guide(Frame owner, Messages messages) {
        JDialog dialog = new JDialog(owner, messages.text("help.title"), false);
        dialog.setName("help.dialog");
        StringBuilder text = new StringBuilder(messages.text("help.intro")).append("\n\n");
        for (Step step : Step.values()) {
            text.append(step.ordinal() + 1).append(". ").append(messages.text(step.key() + ".title")).append("\n")
                    .append(messages.text(step.key() + ".guide")).append("\n\n");
        }
        text.append(messages.text("help.professional"));
        JTextArea area = new JTextArea(text.toString());
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setMargin(new java.awt.Insets(8, 8, 8, 8));
        area.setCaretPosition(0);
        area.getAccessibleContext().setAccessibleName(messages.text("help.title"));
        JLabel heading = new JLabel(messages.text("help.title"));
        heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        JButton close = Form.mnemonic(new JButton(), messages.text("help.close"));
        close.addActionListener(e -> dialog.dispose());
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[][grow,fill][]"));
        content.add(heading);
        content.add(new JScrollPane(area));
        content.add(close, "tag ok, growx 0, alignx right");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(close);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.setSize(new Dimension(620, 640));
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }

    static void about(Frame owner, Messages messages) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        JOptionPane.showMessageDialog(owner, messages.text("about.text", version == null ? "dev" : version),
                messages.text("about.title"), JOptionPane.INFORMATION_MESSAGE, Icons.get("complete", 32));
    }
}
