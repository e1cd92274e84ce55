package dev.offboard.ui.shell;

import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import com.formdev.flatlaf.util.FontUtils;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiConsumer;

/**
 * The window's typeface, Roboto, installed at most once per family, on whichever thread asks
 * first. At startup a second thread reads the regular family's files while the event thread
 * sets up the look and feel; FlatLaf, on the event thread, waits for a family only if it needs
 * it before that thread is done, and reads the light and semibold families only if a window
 * uses them. Reading all eight font files took about a fifth of a second of the event
 * thread's startup when it did them itself (docs/performance.md).
 */
final class RobotoFonts {

    private static final RobotoFonts ROBOTO = new RobotoFonts(FlatRobotoFont::installBasic,
            FlatRobotoFont::installSemiBold, FlatRobotoFont::installLight);

    private static boolean registered;

    private final FutureTask<Void> basic;
    private final FutureTask<Void> semibold;
    private final FutureTask<Void> light;

    /** With the given installers of the regular, semibold and light families (tests count them). */
    RobotoFonts(Runnable basic, Runnable semibold, Runnable light) {
        this.basic = new FutureTask<>(basic, null);
        this.semibold = new FutureTask<>(semibold, null);
        this.light = new FutureTask<>(light, null);
    }

    /** Makes Roboto's families available to FlatLaf, each read when first used. Call on the event thread. */
    static void register() {
        if (!registered) {
            registered = true;
            ROBOTO.registerWith(FontUtils::registerFontFamilyLoader);
        }
    }

    /** Starts reading the family the window shows first (regular, italic, bold) on a daemon thread. */
    static void preload() {
        ROBOTO.startReadingBasic();
    }

    /** Gives {@code registry} a loader for each family, by FlatLaf's family name. */
    void registerWith(BiConsumer<String, Runnable> registry) {
        registry.accept(FlatRobotoFont.FAMILY, () -> install(basic));
        registry.accept(FlatRobotoFont.FAMILY_SEMIBOLD, () -> install(semibold));
        registry.accept(FlatRobotoFont.FAMILY_LIGHT, () -> install(light));
    }

    Thread startReadingBasic() {
        Thread thread = new Thread(basic, "offboard-fonts");
        thread.setDaemon(true);
        thread.start();
        return thread;
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
}
