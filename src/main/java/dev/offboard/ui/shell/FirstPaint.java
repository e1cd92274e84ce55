package dev.offboard.ui.shell;

import java.awt.Graphics;
import java.awt.Toolkit;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLayeredPane;
import javax.swing.SwingUtilities;

/**
 * Runs actions once a window has been painted for the first time: a one-pixel marker on top
 * of every layer, painted after the content beneath it, so its first paint means the
 * window's first full paint is done.
 *
 * <p>The app starts its background warm-up from here, so that it never competes with the
 * first paint. With {@code -Doffboard.exitWhenShown=true} the process also exits there, so a
 * tool such as hyperfine can time launch-to-first-paint as a whole process.
 */
final class FirstPaint extends JComponent {

    static final String EXIT_PROPERTY = "offboard.exitWhenShown";

    private final List<Runnable> actions = new ArrayList<>();
    private boolean painted;

    private FirstPaint() {
        setOpaque(false);
        setBounds(0, 0, 1, 1);
    }

    /** Runs {@code action} on the event thread right after {@code frame}'s first paint. */
    static void then(JFrame frame, Runnable action) {
        JLayeredPane layers = frame.getLayeredPane();
        for (java.awt.Component child : layers.getComponentsInLayer(JLayeredPane.DRAG_LAYER)) {
            if (child instanceof FirstPaint marker) {
                marker.actions.add(action);
                return;
            }
        }
        FirstPaint marker = new FirstPaint();
        marker.actions.add(action);
        layers.add(marker, JLayeredPane.DRAG_LAYER);
    }

    /** With {@value #EXIT_PROPERTY} set, makes the process exit after {@code frame}'s first paint. */
    static void exitIfAsked(JFrame frame) {
        if (Boolean.getBoolean(EXIT_PROPERTY)) {
            then(frame, () -> {
                Toolkit.getDefaultToolkit().sync();
                Runtime.getRuntime().halt(0);
            });
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (!painted) {
            painted = true;
            // After this paint pass, once the frame buffer has reached the screen.
            for (Runnable action : actions) {
                SwingUtilities.invokeLater(action);
            }
        }
    }
}
