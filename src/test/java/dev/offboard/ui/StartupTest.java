package dev.offboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.app.Main;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
    void theWindowFontIsRobotoWhetherThePreloadOrTheEventThreadReadsItFirst() throws Exception {
        RobotoFonts.preload();
        Font[] font = new Font[1];
        SwingUtilities.invokeAndWait(() -> {
            OffboardApp.applyTheme(AppSettings.Theme.LIGHT);
            font[0] = UIManager.getFont("defaultFont");
        });
        assertThat(font[0].getFamily()).isEqualTo("Roboto");
        assertThat(font[0].deriveFont(Font.BOLD).getFontName()).isEqualTo("Roboto Bold");
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
