package dev.offboard.ui;

import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import com.formdev.flatlaf.util.FontUtils;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The window's typeface, Roboto, installed at most once per family, on whichever thread asks
 * first. At startup a second thread reads the regular family's files while the event thread
 * sets up the look and feel; FlatLaf, on the event thread, waits for a family only if it needs
 * it before that thread is done, and reads the light and semibold families only if a window
 * uses them. Reading all eight font files took about a fifth of a second of the event
 * thread's startup when it did them itself (docs/performance.md).
 */
final class RobotoFonts {

    private static final FutureTask<Void> BASIC = task(FlatRobotoFont::installBasic);
    private static final FutureTask<Void> SEMIBOLD = task(FlatRobotoFont::installSemiBold);
    private static final FutureTask<Void> LIGHT = task(FlatRobotoFont::installLight);

    private static boolean registered;

    private RobotoFonts() {
    }

    /** Makes Roboto's families available to FlatLaf, each read when first used. Call on the event thread. */
    static void register() {
        if (registered) {
            return;
        }
        registered = true;
        FontUtils.registerFontFamilyLoader(FlatRobotoFont.FAMILY, () -> install(BASIC));
        FontUtils.registerFontFamilyLoader(FlatRobotoFont.FAMILY_SEMIBOLD, () -> install(SEMIBOLD));
        FontUtils.registerFontFamilyLoader(FlatRobotoFont.FAMILY_LIGHT, () -> install(LIGHT));
    }

    /** Starts reading the family the window shows first (regular, italic, bold) on a daemon thread. */
    static void preload() {
        Thread thread = new Thread(BASIC, "offboard-fonts");
        thread.setDaemon(true);
        thread.start();
    }

    private static void install(FutureTask<Void> family) {
        family.run(); // does nothing if it has run, or is running on another thread
        try {
            family.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // FlatLaf falls back to another font, as it does for any family it cannot find.
        }
    }

    private static FutureTask<Void> task(Runnable install) {
        return new FutureTask<>(install, null);
    }
}
