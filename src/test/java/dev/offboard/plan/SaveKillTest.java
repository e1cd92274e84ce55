package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a JVM that is saving, over and over: the plan file must always load, whole. */
class SaveKillTest {

    private static final int KILLS = 25;

    @TempDir
    Path dir;

    @Test
    void planFileAlwaysLoadsAsThePreviousOrTheNewContentAfterAKill() throws Exception {
        Plan a = SaveLoop.plan(true);
        Plan b = SaveLoop.plan(false);
        Path file = dir.resolve("plan.json");
        Random random = new Random(20261126L);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int versionsSeen = 0;

        for (int kill = 0; kill < KILLS; kill++) {
            Process saver = new ProcessBuilder(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), file.toString())
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("the saver started").isEqualTo("ready");
                Thread.sleep(random.nextInt(400));
                saver.destroyForcibly();
                assertThat(saver.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            Plan loaded = PlanFile.read(file);
            assertThat(loaded).as("after kill %d", kill).isIn(a, b);
            versionsSeen |= loaded.equals(a) ? 1 : 2;
            if (Files.exists(PlanFile.backupOf(file))) {
                assertThat(PlanFile.read(PlanFile.backupOf(file))).isIn(a, b);
            }
        }
        assertThat(versionsSeen).as("kills landed on both versions").isEqualTo(3);
    }
}
