package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void savingKeepsThePreviousVersionAsABackup() throws Exception {
        Path file = dir.resolve("plan.json");
        Plan first = SamplePlan.create(LocalDate.of(2026, 3, 4));
        Plan second = Plan.empty();

        PlanFile.write(file, first);
        assertThat(PlanFile.backupOf(file)).doesNotExist();
        PlanFile.write(file, second);

        assertThat(PlanFile.read(file)).isEqualTo(second);
        assertThat(PlanFile.read(PlanFile.backupOf(file))).isEqualTo(first);
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws Exception {
        Path file = dir.resolve("plan.json");
        for (int i = 0; i < 3; i++) {
            PlanFile.write(file, Plan.empty());
        }

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plan.json", "plan.json.bak");
        }
    }

    @Test
    void aSaveRemovesWhatAKilledSaveLeftBehindButNotAnotherSaveInProgress() throws Exception {
        Path file = dir.resolve("plan.json");
        Path killed = Files.writeString(dir.resolve(".plan.json.4711.tmp"), "half a private plan");
        Path killedBackup = Files.writeString(dir.resolve(".plan.json.bak.4712.tmp"), "half a backup");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(AtomicFile.LEFTOVER_AGE).minusSeconds(60));
        Files.setLastModifiedTime(killed, old);
        Files.setLastModifiedTime(killedBackup, old);
        Path inProgress = Files.writeString(dir.resolve(".plan.json.4713.tmp"), "another save, just begun");
        Path otherPlans = Files.writeString(dir.resolve(".other.json.4714.tmp"), "not this plan's");
        Files.setLastModifiedTime(otherPlans, old);

        PlanFile.write(file, Plan.empty());
        PlanFile.write(file, Plan.empty());

        assertThat(killed).doesNotExist();
        assertThat(killedBackup).doesNotExist();
        assertThat(inProgress).exists();
        assertThat(otherPlans).exists();
    }

    @Test
    void planAndBackupAreReadableByTheOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path file = dir.resolve("plan.json");

        PlanFile.write(file, Plan.empty());
        PlanFile.write(file, Plan.empty());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(PlanFile.backupOf(file))))
                .isEqualTo("rw-------");
    }

    @Test
    void writeReplacesContentCompletely() throws Exception {
        Path file = dir.resolve("letter.pdf");
        Files.write(file, new byte[100_000]);

        AtomicFile.write(file, new byte[] {1, 2, 3});

        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    }

    @Test
    void savingThroughASymlinkReplacesTheRealFileKeepsTheLinkAndTheBackupBesideTheRealFile() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("plan.json");
        Path link = Files.createDirectories(dir.resolve("links")).resolve("link.json");
        PlanFile.write(real, Plan.empty());
        Files.createSymbolicLink(link, Path.of("..", "real", "plan.json"));
        Plan sample = SamplePlan.create(LocalDate.of(2026, 3, 4));

        PlanFile.write(link, sample);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(PlanFile.read(real)).isEqualTo(sample);
        assertThat(PlanFile.read(PlanFile.backupOf(real))).isEqualTo(Plan.empty());
        assertThat(PlanFile.backupOf(link)).doesNotExist();
        try (Stream<Path> files = Files.list(link.getParent())) {
            assertThat(files).containsExactly(link);
        }
    }

    @Test
    void anyAtomicWriteThroughALinkChainReplacesTheFinalTarget() throws Exception {
        Path real = Files.writeString(dir.resolve("letter.pdf"), "old");
        Path first = Files.createSymbolicLink(dir.resolve("first.pdf"), real.getFileName());
        Path second = Files.createSymbolicLink(dir.resolve("second.pdf"), first.getFileName());

        AtomicFile.write(second, "new".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(second)).isTrue();
        assertThat(Files.isSymbolicLink(first)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aLinkToAFileNotYetThereCreatesItWhereTheLinkPoints() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("plan.json");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

        PlanFile.write(link, Plan.empty());

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(PlanFile.read(real)).isEqualTo(Plan.empty());
    }
}
