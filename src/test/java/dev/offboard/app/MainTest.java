package dev.offboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsOrAPlanFileOpenTheWindow() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.json"), "{}");

        assertThat(Main.opensTheWindow(new String[0])).isTrue();
        assertThat(Main.opensTheWindow(new String[] {plan.toString()})).isTrue();
    }

    @Test
    void commandsOptionsAndMissingFilesGoToTheCommandLine() throws Exception {
        Files.writeString(dir.resolve("render"), "a file named like a command");

        assertThat(Main.opensTheWindow(new String[] {"--help"})).isFalse();
        assertThat(Main.opensTheWindow(new String[] {"render"})).isFalse();
        assertThat(Main.opensTheWindow(new String[] {dir.resolve("missing.json").toString()})).isFalse();
        assertThat(Main.opensTheWindow(new String[] {dir.toString()})).isFalse();
        assertThat(Main.opensTheWindow(new String[] {"validate", "plan.json"})).isFalse();
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLineAndExitsOne() throws Exception {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(javaCommand, "-Djava.awt.headless=true",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(app.exitValue()).isEqualTo(dev.offboard.cli.Cli.BAD_INPUT);
        assertThat(output.strip()).startsWith("offboard: the window needs a graphical display")
                .contains("offboard help").doesNotContain("Exception").doesNotContain("\n");
    }
}
