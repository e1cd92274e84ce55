package dev.offboard.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app's launcher {@code src/packaging/offboard} (Linux), run by the shell in an app
 * folder laid out as jpackage makes it (with a space in its path), whose Java only writes down
 * the arguments it was given: the window and the command line get their own flags and their own
 * class-data archive in the user's cache folder, one per app folder, and without a usable cache
 * folder the app still starts.
 */
class LauncherScriptTest {

    @TempDir
    Path dir;

    private Path app;

    @BeforeEach
    void appFolder() throws IOException {
        app = dir.toRealPath().resolve("my apps").resolve("offboard"); // a space, as under "Program Files"
        Files.createDirectories(app.resolve("bin"));
        Files.createDirectories(app.resolve("lib/app"));
        Files.createDirectories(app.resolve("lib/runtime/bin"));
        Path launcher = app.resolve("bin/offboard");
        Files.copy(Path.of("src/packaging/offboard"), launcher);
        Path java = app.resolve("lib/runtime/bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n", StandardCharsets.UTF_8);
        for (Path script : List.of(launcher, java)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void noArgumentsOpensTheWindowWithBothCompilersAndNoHeapCap() throws Exception {
        List<String> java = run();
        assertThat(java).contains("-XX:+UseSerialGC", "-XX:Tier4InvocationThreshold=100000")
                .doesNotContain("-XX:TieredStopAtLevel=1", "-Xmx256m", "-Xmn24m");
        assertThat(java).endsWith("-cp", app.resolve("lib/app/offboard.jar").toString(), "dev.offboard.app.Main");
    }

    @Test
    void aCommandRunsTheCommandLineWithItsOwnFlagsAndKeepsItsArguments() throws Exception {
        List<String> java = run("render", "my plan.json", "--out", "out dir");
        assertThat(java).contains("-XX:TieredStopAtLevel=1", "-Xmx256m", "-Xmn24m");
        assertThat(java).endsWith("dev.offboard.app.Main", "render", "my plan.json", "--out", "out dir");
    }

    @Test
    void onePlanFileOpensTheWindowButAFileNamedLikeACommandDoesNot() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.json"), "{}");
        assertThat(run(plan.toString())).doesNotContain("-XX:TieredStopAtLevel=1").endsWith(plan.toString());
        Files.writeString(dir.resolve("help"), "");
        assertThat(run("help")).contains("-XX:TieredStopAtLevel=1");
        assertThat(run(dir.resolve("missing.json").toString())).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void eachModeHasItsOwnArchiveInTheUsersCacheFolder() throws Exception {
        Path cache = dir.resolve("cache");
        List<String> cli = run(List.of("XDG_CACHE_HOME=" + cache), "validate", "plan.json");
        List<String> window = run(List.of("XDG_CACHE_HOME=" + cache));

        assertThat(cache.resolve("offboard")).isDirectory();
        assertThat(cli).contains("-XX:+AutoCreateSharedArchive", "-Xlog:cds=off,cds+dynamic=off");
        String cliArchive = option(cli, "-XX:SharedArchiveFile=");
        String windowArchive = option(window, "-XX:SharedArchiveFile=");
        assertThat(Path.of(cliArchive).getParent()).isEqualTo(cache.resolve("offboard"));
        assertThat(Path.of(cliArchive).getFileName().toString()).startsWith("cli-").endsWith(".jsa");
        assertThat(Path.of(windowArchive).getFileName().toString()).startsWith("window-").endsWith(".jsa");
    }

    @Test
    void anotherCopyOfTheAppHasArchivesOfItsOwn() throws Exception {
        Path copy = dir.resolve("elsewhere/offboard");
        Files.createDirectories(copy.getParent());
        new ProcessBuilder("cp", "-a", app.toString(), copy.toString()).start().waitFor(30, TimeUnit.SECONDS);
        List<String> env = List.of("XDG_CACHE_HOME=" + dir.resolve("cache"));

        String here = option(run(env, "help"), "-XX:SharedArchiveFile=");
        String there = option(runCommand(env, copy.resolve("bin/offboard").toString(), "help"), "-XX:SharedArchiveFile=");

        assertThat(there).isNotEqualTo(here);
        assertThat(option(run(env, "help"), "-XX:SharedArchiveFile=")).as("the same folder, the same archive").isEqualTo(here);
    }

    @Test
    void withoutAUsableCacheFolderItStartsWithoutAnArchive() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "");
        List<String> java = run(List.of("XDG_CACHE_HOME=" + file), "help");
        assertThat(java).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.equals("-XX:+AutoCreateSharedArchive"))
                .endsWith("dev.offboard.app.Main", "help");
    }

    @Test
    void startedThroughASymbolicLinkItStillFindsItsFolder() throws Exception {
        Path links = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(links.resolve("offboard"), app.resolve("bin/offboard"));

        List<String> java = runCommand(List.of(), links.resolve("offboard").toString(), "help");

        assertThat(java).endsWith("-cp", app.resolve("lib/app/offboard.jar").toString(), "dev.offboard.app.Main", "help");
    }

    @Test
    void extraJavaOptionsComeFromTheEnvironment() throws Exception {
        assertThat(run(List.of("OFFBOARD_JAVA_OPTIONS=-Doffboard.exitWhenShown=true"))).contains(
                "-Doffboard.exitWhenShown=true");
    }

    private static String option(List<String> java, String prefix) {
        return java.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in " + java));
    }

    private List<String> run(String... args) throws Exception {
        return run(List.of(), args);
    }

    private List<String> run(List<String> environment, String... args) throws Exception {
        return runCommand(environment, app.resolve("bin/offboard").toString(), args);
    }

    private List<String> runCommand(List<String> environment, String launcher, String... args) throws Exception {
        // The user's cache folder is the test's own unless a test names another.
        List<String> command = new ArrayList<>(List.of("env", "XDG_CACHE_HOME=" + dir.resolve("default-cache")));
        command.addAll(environment);
        command.add(launcher);
        command.addAll(List.of(args));
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text.lines().toList();
    }
}
