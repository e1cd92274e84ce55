package dev.offboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offboard.plan.FileStamp;
import dev.offboard.plan.Language;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.SamplePlan;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a JVM that renders two plans into one folder in turn, just after a run starts
 * writing: the folder's manifest never lists a file that is not whole and of its set, and the
 * next run leaves one complete set and no leftovers.
 */
class RenderKillTest {

    /** Each kill costs a JVM start and a first render: a few, aimed at the moment of writing. */
    private static final int KILLS = 4;
    private static final Set<String> EVERY_DOCUMENT = Set.of("email.txt", "letter.pdf", "dates.ics");

    @TempDir
    Path dir;

    @Test
    void afterAKillTheManifestNamesOneWholeSetAndTheNextRunSettlesTheFolder() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        PlanFile.write(a, SamplePlan.create(LocalDate.of(2026, 11, 26), Language.EN));
        PlanFile.write(b, SamplePlan.create(LocalDate.of(2026, 11, 26), Language.FR));
        Set<String> plans = Set.of(FileStamp.sha256(Files.readAllBytes(a)), FileStamp.sha256(Files.readAllBytes(b)));
        Path out = dir.resolve("out");
        Random random = new Random(20261202L);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        for (int kill = 0; kill < KILLS; kill++) {
            Process renderer = new ProcessBuilder(java, "-Xshare:auto", "-Djava.io.tmpdir=" + dir,
                    "-cp", System.getProperty("java.class.path"), RenderLoop.class.getName(),
                    a.toString(), b.toString(), out.toString())
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(renderer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(lines.readLine()).as("the renderer wrote a first set").isEqualTo("ready");
                // Aimed at the writing: once the next run's staging folder appears, a moment later.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (!writing(out) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                Thread.sleep(random.nextInt(40 + 40 * kill));
                renderer.destroyForcibly();
                assertThat(renderer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                renderer.destroyForcibly();
            }

            // Absent only when the kill fell between the two sets' manifests; then the next run settles it.
            if (Files.exists(out.resolve(OutputFolder.MANIFEST))) {
                requireOneWholeSet(out, plans, "after kill " + kill);
            }
            new OutputFolder(out).settle();
            requireOneWholeSet(out, plans, "once settled after kill " + kill);
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("after kill %d, settled", kill)
                        .containsExactlyInAnyOrderElementsOf(union(EVERY_DOCUMENT, OutputFolder.MANIFEST));
            }
        }
    }

    private static boolean writing(Path out) {
        try (Stream<Path> files = Files.list(out)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(OutputFolder.STAGING_PREFIX));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Checks the manifest lists every document, each whole, from one of the two plans. */
    private static void requireOneWholeSet(Path out, Set<String> plans, String when) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readAllBytes(out.resolve(OutputFolder.MANIFEST)));
        assertThat(manifest.path("planSha256").asText()).as(when).isIn(plans);
        Set<String> names = new HashSet<>();
        for (JsonNode entry : manifest.path("documents")) {
            String name = entry.path("name").asText();
            names.add(name);
            assertThat(FileStamp.sha256(Files.readAllBytes(out.resolve(name)))).as("%s: %s", when, name)
                    .isEqualTo(entry.path("sha256").asText());
        }
        assertThat(names).as(when).isEqualTo(EVERY_DOCUMENT);
    }

    private static Set<String> union(Set<String> names, String more) {
        Set<String> all = new HashSet<>(names);
        all.add(more);
        return all;
    }
}
