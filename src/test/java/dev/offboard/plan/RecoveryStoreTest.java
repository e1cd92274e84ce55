package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    private final Plan sample = SamplePlan.create(LocalDate.of(2026, 3, 4));

    @Test
    void anotherSessionFindsWhatACrashedSessionLeft() throws Exception {
        RecoveryStore crashed = new RecoveryStore(dir);
        Instant savedAt = Instant.parse("2026-03-04T21:15:30Z");
        crashed.save(sample, Optional.of(dir.resolve("northwind.json")), savedAt);
        crashed.release();

        RecoveryStore next = new RecoveryStore(dir);
        RecoveryStore.Recovered recovered = next.latest().orElseThrow();

        assertThat(recovered.plan()).isEqualTo(sample);
        assertThat(recovered.savedAt()).isEqualTo(savedAt);
        assertThat(recovered.planFile()).contains(dir.resolve("northwind.json").toAbsolutePath());
    }

    @Test
    void aSessionDoesNotOfferItsOwnCopy() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        store.save(sample, Optional.empty(), Instant.now());

        assertThat(store.latest()).isEmpty();
    }

    @Test
    void newestCopyComesFirst() throws Exception {
        ended(Plan.empty(), Instant.parse("2026-03-01T10:00:00Z"));
        ended(sample, Instant.parse("2026-03-02T10:00:00Z"));

        assertThat(new RecoveryStore(dir).latest().orElseThrow().plan()).isEqualTo(sample);
    }

    @Test
    void clearingAfterSaveLeavesNothingToRecover() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        store.save(sample, Optional.empty(), Instant.now());
        store.clear();

        assertThat(new RecoveryStore(dir).latest()).isEmpty();
        assertThat(store.sessionFile()).doesNotExist();
    }

    @Test
    void discardRemovesTheRecoveredCopy() throws Exception {
        ended(sample, Instant.now());
        RecoveryStore next = new RecoveryStore(dir);

        next.discard(next.latest().orElseThrow());

        assertThat(next.latest()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /** A session that saved a copy and then ended, as a crash ends it: its lock is free. */
    private void ended(Plan plan, Instant savedAt) throws Exception {
        RecoveryStore session = new RecoveryStore(dir);
        session.save(plan, Optional.empty(), savedAt);
        session.release();
    }

    @Test
    void aLiveSessionsCopyIsNeverOfferedNorDeletedByAnother() throws Exception {
        RecoveryStore live = new RecoveryStore(dir);
        live.save(sample, Optional.empty(), Instant.now());
        RecoveryStore other = new RecoveryStore(dir);

        assertThat(other.leftBehind()).isEmpty();
        RecoveryStore.Recovered asIfOffered = new RecoveryStore.Recovered(live.sessionFile(), sample, Optional.empty(),
                Instant.now(), Optional.empty());
        other.discard(asIfOffered);
        assertThat(live.sessionFile()).exists();

        live.release();
        assertThat(other.leftBehind()).singleElement().satisfies(r -> assertThat(r.plan()).isEqualTo(sample));
    }

    @Test
    void aCopyFromBeforeOwnersWereRecordedIsOffered() throws Exception {
        RecoveryStore old = new RecoveryStore(dir);
        old.save(sample, Optional.empty(), Instant.now());
        old.release();
        assertThat(dir.resolve(old.sessionFile().getFileName().toString().replace(".json", ".lock"))).doesNotExist();

        assertThat(new RecoveryStore(dir).leftBehind()).hasSize(1);
    }

    @Test
    void unreadableCopyIsSkippedAndKept() throws Exception {
        Path broken = dir.resolve("session-broken.json");
        Files.writeString(broken, "{\"savedAt\": \"2026-03-04T21:15:30Z\", \"plan\": {\"formatVersion\": 1, ");

        assertThat(new RecoveryStore(dir).latest()).isEmpty();
        assertThat(broken).exists();
    }

    @Test
    void copiesAreReadableByTheOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        RecoveryStore store = new RecoveryStore(dir);
        store.save(sample, Optional.empty(), Instant.now());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.sessionFile())))
                .isEqualTo("rw-------");
    }

    @Test
    void missingFolderMeansNothingToRecover() throws Exception {
        assertThat(new RecoveryStore(dir.resolve("not-yet")).latest()).isEmpty();
    }

    @Test
    void lockFilesOfEndedSessionsWithoutACopyAreRemovedOnceOld() throws Exception {
        Path old = Files.writeString(dir.resolve("session-ended-long-ago.lock"), "");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600)));
        Path fresh = Files.writeString(dir.resolve("session-just-starting.lock"), "");

        new RecoveryStore(dir).leftBehind();

        assertThat(old).doesNotExist();
        assertThat(fresh).as("may belong to a session about to lock it").exists();
    }
}
