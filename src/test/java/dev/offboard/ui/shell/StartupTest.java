package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.app.Main;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own start: its window paints, in Roboto, whichever thread reads the font first. */
@RequiresDisplay
class StartupTest {

    @TempDir
    Path folder;

    @Test
    void theRealLaunchPaintsTheWizardAndExitsWhenAskedTo() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = folder.resolve("output.txt");
        Process app = new ProcessBuilder(java, "-Doffboard.exitWhenShown=true",
                "-Djava.util.prefs.userRoot=" + folder.resolve("prefs"),
                "-Doffboard.recoveryDir=" + folder.resolve("recovery"),
                // The halt at first paint skips the JDK's removal of its temporary font copies.
                "-Djava.io.tmpdir=" + folder,
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the window painted and the app exited").isTrue();
            // FirstPaint halts with 0 only once the whole window has been painted.
            assertThat(app.exitValue()).as("exit code; the app said: %s", read(output)).isZero();
            assertThat(read(output)).doesNotContain("Exception");
        } finally {
            app.destroyForcibly();
        }
    }

    @Test
    void theWindowFontIsRoboto() throws Exception {
        RobotoFonts.preload();
        Font[] font = new Font[1];
        SwingUtilities.invokeAndWait(() -> {
            OffboardApp.applyTheme(AppSettings.Theme.LIGHT);
            font[0] = UIManager.getFont("defaultFont");
        });
        assertThat(font[0].getFamily()).isEqualTo("Roboto");
        assertThat(font[0].deriveFont(Font.BOLD).getFontName()).isEqualTo("Roboto Bold");
    }

    @Test
    void aFamilyIsReadOnceAndFlatLafWaitsForTheThreadReadingIt() throws Exception {
        AtomicInteger basicReads = new AtomicInteger();
        AtomicInteger otherReads = new AtomicInteger();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        RobotoFonts fonts = new RobotoFonts(() -> {
            basicReads.incrementAndGet();
            reading.countDown();
            await(mayFinish);
        }, otherReads::incrementAndGet, otherReads::incrementAndGet);
        Map<String, Runnable> loaders = new HashMap<>();
        fonts.registerWith(loaders::put);

        Thread preload = fonts.startReadingBasic();
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        Thread flatLaf = new Thread(loaders.get("Roboto"));
        flatLaf.start();
        flatLaf.join(300);
        assertThat(flatLaf.isAlive()).as("FlatLaf waits while the family is being read").isTrue();
        mayFinish.countDown();
        flatLaf.join(10_000);
        preload.join(10_000);

        assertThat(flatLaf.isAlive()).isFalse();
        loaders.get("Roboto").run();
        assertThat(basicReads).as("read once, by the first to ask").hasValue(1);
        assertThat(otherReads).as("the other families only when asked for").hasValue(0);
        loaders.get("Roboto Medium").run();
        loaders.get("Roboto Medium").run();
        assertThat(otherReads).hasValue(1);
    }

    @Test
    void withoutThePreloadFlatLafReadsTheFamilyItself() {
        AtomicInteger basicReads = new AtomicInteger();
        RobotoFonts fonts = new RobotoFonts(basicReads::incrementAndGet, () -> { }, () -> { });
        Map<String, Runnable> loaders = new HashMap<>();
        fonts.registerWith(loaders::put);

        loaders.get("Roboto").run();
        loaders.get("Roboto").run();

        assertThat(basicReads).hasValue(1);
        assertThat(loaders).containsOnlyKeys("Roboto", "Roboto Medium", "Roboto Light");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
