package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan open in another process is noticed; once that process is killed, its lock is no obstacle. */
class PlanLocksTest {

    @TempDir
    Path dir;

    @Test
    void aPlanHeldByAnotherProcessIsLockedUntilThatProcessDiesHoweverItDies() throws Exception {
        Path plan = dir.resolve("plan.json");
        PlanFile.write(plan, SamplePlan.create(LocalDate.of(2026, 11, 26)));
        Path locks = dir.resolve("locks");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldPlanLock.class.getName(), locks.toString(), plan.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("locked");

            assertThat(new PlanLocks(locks).tryLock(plan)).as("while the other process runs").isEmpty();
            Path link = Files.createSymbolicLink(dir.resolve("link.json"), plan.getFileName());
            assertThat(new PlanLocks(locks).tryLock(link)).as("the same plan through a link").isEmpty();

            other.destroyForcibly();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            other.destroyForcibly();
        }

        try (Stream<Path> files = Files.list(locks)) {
            assertThat(files).as("the killed process's lock file is still there").hasSize(1);
        }
        try (PlanLocks.Held mine = new PlanLocks(locks).tryLock(plan).orElseThrow()) {
            assertThat(new PlanLocks(locks).tryLock(plan)).as("now held by this process").isEmpty();
        }
    }
}
