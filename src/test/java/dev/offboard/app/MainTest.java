package dev.offboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.cli.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        String output = runWindow(Map.of(), "-Djava.awt.headless=true");

        assertThat(output).startsWith("offboard: the window needs a graphical display");
    }

    @Test
    void aDisplayThatCannotBeReachedIsSaidSoInOneLineToo() throws Exception {
        String output = runWindow(Map.of("DISPLAY", ":9999"), "-Djava.awt.headless=false");

        assertThat(output).startsWith("offboard: the window cannot reach the display").contains(":9999");
    }

    @Test
    void aBrokenPlanGivenToRenderIsOneLineNamingTheFileInAFreshProcess() throws Exception {
        // A fresh JVM, so the plan reader is built on its second thread while the plan is read.
        Path plan = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1, \"client\": ");

        Run render = runMain(Map.of(), List.of(), "render", plan.toString(), "--out", dir.resolve("out").toString());

        assertThat(render.exitCode()).as(render.output()).isEqualTo(Cli.BAD_INPUT);
        assertThat(render.output()).startsWith("offboard: " + plan).doesNotContain("Exception").doesNotContain("\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** Starts the window in its own JVM; checks the exit code and that it printed one line, no trace. */
    private String runWindow(Map<String, String> environment, String headless) throws Exception {
        Run window = runMain(environment, List.of(headless));
        assertThat(window.exitCode()).as(window.output()).isEqualTo(Cli.BAD_INPUT);
        assertThat(window.output()).contains("offboard help").doesNotContain("Exception").doesNotContain("\n");
        return window.output();
    }

    /** What a process said (standard output and error together, stripped) and its exit code. */
    private record Run(int exitCode, String output) {
    }

    /** Runs {@code Main} with {@code arguments} in a JVM of its own, with its own preferences. */
    private Run runMain(Map<String, String> environment, List<String> jvmOptions, String... arguments)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(arguments));
        Path output = dir.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
        } finally {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).strip());
    }
}
