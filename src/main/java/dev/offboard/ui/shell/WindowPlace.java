package dev.offboard.ui.shell;

import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.Optional;
import javax.swing.JFrame;

/**
 * Where the window was and how big, kept between runs. A place is put back only where a
 * screen shows its title bar (a screen unplugged since would hide the window); otherwise the
 * window opens centred, at most as big as the screen.
 */
final class WindowPlace {

    /** How much of the title bar must show on a screen, in pixels, for a place to be used. */
    private static final int GRIP = 60;

    private WindowPlace() {
    }

    /** Puts {@code frame} where it last was, if that place is still on a screen; else centres it. */
    static void restore(JFrame frame, AppSettings settings) {
        Optional<Rectangle> saved = settings.windowBounds().filter(WindowPlace::onAScreen);
        if (saved.isPresent()) {
            frame.setBounds(saved.get());
            return;
        }
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        frame.setSize(Math.min(frame.getWidth(), screen.width), Math.min(frame.getHeight(), screen.height));
        frame.setLocationRelativeTo(null);
    }

    /** Remembers where {@code frame} is, unless it is maximised (its normal place is kept then). */
    static void remember(JFrame frame, AppSettings settings) {
        if ((frame.getExtendedState() & JFrame.MAXIMIZED_BOTH) == 0) {
            settings.setWindowBounds(frame.getBounds());
        }
    }

    /** Whether a screen shows the top strip of {@code bounds}, where the title bar is. */
    static boolean onAScreen(Rectangle bounds) {
        Rectangle titleBar = new Rectangle(bounds.x, bounds.y, bounds.width, 30);
        for (var device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            GraphicsConfiguration configuration = device.getDefaultConfiguration();
            Rectangle shown = configuration.getBounds().intersection(titleBar);
            if (!shown.isEmpty() && shown.width >= GRIP) {
                return bounds.width <= configuration.getBounds().width * 2;
            }
        }
        return false;
    }
}
