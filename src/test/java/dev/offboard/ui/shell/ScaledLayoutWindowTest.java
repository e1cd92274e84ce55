package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.ui.testing.RequiresDisplay;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At UI scale 2 (a HiDPI screen, or a user who asks for large text) on a 1600x1000 window,
 * nothing on any step is cut, every button is whole and the label column stays put. The scale
 * is read once per JVM, so the window runs in a JVM of its own ({@link ScaledLayoutCheck}).
 */
@RequiresDisplay
class ScaledLayoutWindowTest {

    @TempDir
    Path folder;

    @Test
    void everyStepFitsA1600By1000WindowAtUiScale2InBothLanguages() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process check = new ProcessBuilder(java, "-Dflatlaf.uiScale=2", "-Djava.awt.headless=false",
                "-Djava.util.prefs.userRoot=" + folder.resolve("prefs"), "-Djava.io.tmpdir=" + folder,
                "-Doffboard.logDir=" + folder.resolve("logs"), "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), ScaledLayoutCheck.class.getName(), "1600x1000")
                .redirectErrorStream(true).start();
        List<String> output;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(check.getInputStream(),
                StandardCharsets.UTF_8))) {
            output = out.lines().toList();
        } finally {
            if (!check.waitFor(120, TimeUnit.SECONDS)) {
                check.destroyForcibly();
            }
        }
        assertThat(output).as("the check ran to its end").contains("checked");
        assertThat(output).as("the window really was at scale 2").contains("scale 2.0");
        assertThat(output.stream().filter(line -> line.startsWith("PROBLEM"))).as("%s", output).isEmpty();
    }
}
