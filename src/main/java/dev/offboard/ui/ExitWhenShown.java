package dev.offboard.ui;

import java.awt.Graphics;
import java.awt.Toolkit;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLayeredPane;
import javax.swing.SwingUtilities;

/**
 * For measuring startup from outside: with {@code -Doffboard.exitWhenShown=true} the process
 * exits as soon as the window has been painted for the first time, so a tool such as
 * hyperfine can time launch-to-first-paint as a whole process. Off by default.
 */
final class ExitWhenShown extends JComponent {

    static final String PROPERTY = "offboard.exitWhenShown";

    private boolean painted;

    private ExitWhenShown() {
        setOpaque(false);
        setBounds(0, 0, 1, 1);
    }

    /** Whether the property asks for it. */
    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Puts a one-pixel marker on top of every layer of {@code frame}: it is painted after the
     * content beneath it, so its first paint means the window's first full paint is done.
     */
    static void install(JFrame frame) {
        frame.getLayeredPane().add(new ExitWhenShown(), JLayeredPane.DRAG_LAYER);
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (!painted) {
            painted = true;
            // After this paint pass, once the frame buffer has reached the screen.
            SwingUtilities.invokeLater(() -> {
                Toolkit.getDefaultToolkit().sync();
                Runtime.getRuntime().halt(0);
            });
        }
    }
}
