package dev.offboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
