package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Plan;
import dev.offboard.plan.RecoveryStore;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.testing.CurrentThreadTaskRunner;
import dev.offboard.ui.testing.RequiresDisplay;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types into the real app in its own JVM; while it runs, checks that another session neither
 * offers nor deletes its copy; then kills it once the autosave has run, and checks that the
 * next start restores what was typed.
 */
@RequiresDisplay
class RecoveryAfterKillTest {

    @TempDir
    Path folder;

    @Test
    void whatWasTypedBeforeTheLastAutosaveComesBackAfterAKill() throws Exception {
        Path recovery = folder.resolve("recovery");
        String typed = "Noor Haddad";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-Djava.util.prefs.userRoot=" + folder.resolve("prefs"),
                // A killed JVM leaves its temporary font copies behind: here, not in the system's folder.
                "-Djava.io.tmpdir=" + folder,
                "-cp", System.getProperty("java.class.path"), TypeUntilAutosaved.class.getName(),
                recovery.toString(), typed)
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("autosaved")) {
                output.add(line);
            }
            assertThat(line).as("the app autosaved; it said: %s", output).isEqualTo("autosaved");
            aLiveWindowsCopyIsNeitherOfferedNorDeleted(recovery);
            app.destroyForcibly();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            app.destroyForcibly();
        }
        try (var files = Files.list(recovery)) {
            assertThat(files.filter(f -> f.getFileName().toString().matches("session-.*\\.json"))).hasSize(1);
        }

        // Now that its process is gone, its copy is what a crash left.
        PlanHolder holder = new PlanHolder(Plan.empty());
        RecoveryStore store = new RecoveryStore(recovery);
        Autosave autosave = new Autosave(holder, store, new CurrentThreadTaskRunner(), Instant::now, 5, e -> { });
        List<RecoveryStore.Recovered> offered = new ArrayList<>();
        new Recovery(holder, store, new CurrentThreadTaskRunner(), autosave).offer(r -> {
            offered.add(r);
            return Recovery.Choice.RESTORE;
        }, e -> { });

        assertThat(offered).singleElement()
                .satisfies(r -> assertThat(r.savedAt()).isBefore(Instant.now()).isAfter(Instant.now().minusSeconds(300)));
        assertThat(holder.plan().freelancer().name()).isEqualTo(typed);
        assertThat(holder.isModified()).isTrue();
    }

    /** A second window starting while the first still runs: nothing to offer, nothing it may delete. */
    private static void aLiveWindowsCopyIsNeitherOfferedNorDeleted(Path recovery) throws Exception {
        Path copy;
        try (var files = Files.list(recovery)) {
            copy = files.filter(f -> f.getFileName().toString().matches("session-.*\\.json")).findFirst().orElseThrow();
        }
        PlanHolder holder = new PlanHolder(Plan.empty());
        RecoveryStore store = new RecoveryStore(recovery);
        Autosave autosave = new Autosave(holder, store, new CurrentThreadTaskRunner(), Instant::now, 5, e -> { });
        List<RecoveryStore.Recovered> offered = new ArrayList<>();
        new Recovery(holder, store, new CurrentThreadTaskRunner(), autosave).offer(r -> {
            offered.add(r);
            return Recovery.Choice.DISCARD;
        }, e -> { });

        assertThat(offered).as("the live window's copy offered to another").isEmpty();
        store.discard(new RecoveryStore.Recovered(copy, Plan.empty(), java.util.Optional.empty(), Instant.now(),
                java.util.Optional.empty()));
        assertThat(copy).as("the live window's copy, after another tried to delete it").exists();
    }
}
