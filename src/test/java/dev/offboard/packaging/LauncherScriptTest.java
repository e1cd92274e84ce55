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
 * The packaged app's scripts, run by the shell in an app folder (with a space in its path) whose
 * Java only writes down the arguments it was given: the launcher {@code src/packaging/offboard}
 * gives the window and the command line their own flags and uses a class-data archive only in
 * the folder it was made for; {@code src/packaging/make-archives} keeps only the archives whose
 * training run succeeded.
 */
class LauncherScriptTest {

    @TempDir
    Path dir;

    private Path app;

    @BeforeEach
    void appFolder() throws IOException {
        app = dir.toRealPath().resolve("my apps").resolve("offboard"); // a space, as under "Program Files"
        Files.createDirectories(app.resolve("bin"));
        Files.createDirectories(app.resolve("lib"));
        Files.createDirectories(app.resolve("runtime/bin"));
        Path launcher = app.resolve("bin/offboard");
        Files.copy(Path.of("src/packaging/offboard"), launcher);
        Path java = app.resolve("runtime/bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n", StandardCharsets.UTF_8);
        for (Path script : List.of(launcher, java)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void noArgumentsOpensTheWindowWithBothCompilersAndNoHeapCap() throws Exception {
        List<String> java = run();
        assertThat(java).contains("-XX:+UseSerialGC", "-XX:Tier4InvocationThreshold=100000")
                .doesNotContain("-XX:TieredStopAtLevel=1", "-Xmx256m");
        assertThat(java).endsWith("-cp", app.resolve("lib/offboard.jar").toString(), "dev.offboard.app.Main");
    }

    @Test
    void aCommandRunsTheCommandLineWithItsOwnFlagsAndKeepsItsArguments() throws Exception {
        List<String> java = run("render", "my plan.json", "--out", "out dir");
        assertThat(java).contains("-XX:TieredStopAtLevel=1", "-Xmx256m");
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
    void anArchiveIsUsedOnlyInTheFolderItWasMadeFor() throws Exception {
        Files.write(app.resolve("lib/cli.jsa"), new byte[] {1});
        assertThat(run("validate", "plan.json")).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));

        Files.writeString(app.resolve("lib/cli.jsa.folder"), "/somewhere/else/offboard");
        assertThat(run("validate", "plan.json")).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));

        Files.writeString(app.resolve("lib/cli.jsa.folder"), app.toRealPath().toString());
        assertThat(run("validate", "plan.json"))
                .contains("-XX:SharedArchiveFile=" + app.toRealPath().resolve("lib/cli.jsa"), "-Xlog:cds=off,cds+dynamic=off");
        assertThat(run()).as("the window's archive is its own").noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void startedThroughASymbolicLinkItStillFindsItsFolder() throws Exception {
        Path links = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(links.resolve("offboard"), app.resolve("bin/offboard"));

        List<String> java = runCommand(List.of(), links.resolve("offboard").toString(), "help");

        assertThat(java).endsWith("-cp", app.resolve("lib/offboard.jar").toString(), "dev.offboard.app.Main", "help");
    }

    @Test
    void extraJavaOptionsComeFromTheEnvironment() throws Exception {
        assertThat(run(List.of("OFFBOARD_JAVA_OPTIONS=-Doffboard.exitWhenShown=true"))).contains(
                "-Doffboard.exitWhenShown=true");
    }

    @Test
    void makeArchivesKeepsAnArchiveOnlyForATrainingRunThatSucceeded() throws Exception {
        Path script = app.resolve("lib/make-archives");
        Files.copy(Path.of("src/packaging/make-archives"), script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        // A Java that writes the archive it is asked for, and fails the window's run (no display).
        Files.writeString(app.resolve("runtime/bin/java"), String.join("\n",
                "#!/bin/sh",
                "for a in \"$@\"; do case $a in -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\" ;; esac; done",
                "case \" $* \" in *exitWhenShown*)",
                "  for a in \"$@\"; do case $a in -Djava.io.tmpdir=*) echo \"temporary folder ${a#*=}\" >&2 ;; esac; done",
                "  echo 'offboard: the window needs a graphical display' >&2; exit 1 ;; esac",
                "exit 0", ""), StandardCharsets.UTF_8);

        Path output = dir.resolve("make-archives.txt");
        Process process = new ProcessBuilder(script.toString()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }

        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("window training run failed").contains("needs a graphical display");
        // The window's run halts at its first paint: its font copies go to a folder of its own, then removed.
        String temporary = said.lines().filter(line -> line.startsWith("temporary folder "))
                .map(line -> line.substring("temporary folder ".length())).findFirst().orElseThrow();
        assertThat(Path.of(temporary)).isNotEqualTo(Path.of(System.getProperty("java.io.tmpdir"))).doesNotExist();
        assertThat(app.resolve("lib/cli.jsa")).exists();
        assertThat(Files.readString(app.resolve("lib/cli.jsa.folder"))).isEqualTo(app.toRealPath().toString());
        assertThat(app.resolve("lib/window.jsa")).doesNotExist();
        assertThat(app.resolve("lib/window.jsa.folder")).doesNotExist();
    }

    private List<String> run(String... args) throws Exception {
        return run(List.of(), args);
    }

    private List<String> run(List<String> environment, String... args) throws Exception {
        return runCommand(environment, app.resolve("bin/offboard").toString(), args);
    }

    private List<String> runCommand(List<String> environment, String launcher, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("env"));
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
