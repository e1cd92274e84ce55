package dev.offboard.ui.shell;

import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The floor for startup measurements: the least a FlatLaf window can be (a label, a field, a
 * button). Run it from the jar like the app, with {@code -Doffboard.exitWhenShown=true}, to
 * time what any FlatLaf program pays before its first paint; see docs/performance.md.
 */
public final class MinimalWindow {

    private MinimalWindow() {
    }

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("Minimal");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            JPanel panel = new JPanel();
            panel.add(new JLabel("Name"));
            panel.add(new JTextField(20));
            panel.add(new JButton("OK"));
            frame.add(panel);
            FirstPaint.exitIfAsked(frame);
            frame.pack();
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
