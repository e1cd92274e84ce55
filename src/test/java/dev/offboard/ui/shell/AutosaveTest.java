package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.RecoveryStore;
import dev.offboard.plan.SamplePlan;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.testing.CurrentThreadTaskRunner;
import dev.offboard.ui.testing.HeldTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {

    private static final Instant NOW = Instant.parse("2026-11-26T21:15:00Z");

    @TempDir
    Path folder;

    private final PlanHolder holder = new PlanHolder(Plan.empty());
    private final List<Exception> failures = new ArrayList<>();

    private RecoveryStore store() {
        return new RecoveryStore(folder.resolve("recovery"));
    }

    private Autosave autosave(RecoveryStore store) {
        return new Autosave(holder, store, new CurrentThreadTaskRunner(), () -> NOW, 5, failures::add);
    }

    private void type(String name) {
        holder.update(p -> p.withFreelancer(new Freelancer(name, "", "", "", "")));
    }

    @Test
    void unsavedChangesAreCopiedAndAnotherSessionCanRecoverThem() throws Exception {
        RecoveryStore store = store();
        Autosave autosave = autosave(store);
        type("Alex Rivera");

        autosave.tick();
        assertThat(store().latest()).as("not offered while this session runs").isEmpty();
        store.release(); // as a crash would

        RecoveryStore.Recovered found = store().latest().orElseThrow();
        assertThat(found.plan().freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(found.savedAt()).isEqualTo(NOW);
        assertThat(autosave.lastWrite()).contains(NOW);
        assertThat(failures).isEmpty();
    }

    @Test
    void nothingIsWrittenWhileThePlanIsUnchangedOrSaved() throws Exception {
        RecoveryStore store = store();
        Autosave autosave = autosave(store);

        autosave.tick();

        assertThat(store.sessionFile()).doesNotExist();
        type("Alex");
        autosave.tick();
        long written = Files.getLastModifiedTime(store.sessionFile()).toMillis();
        Files.setLastModifiedTime(store.sessionFile(), java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        autosave.tick();
        assertThat(Files.getLastModifiedTime(store.sessionFile()).toMillis()).isEqualTo(written - 60_000);
    }

    @Test
    void savingThePlanRemovesTheCopy() {
        RecoveryStore store = store();
        Autosave autosave = autosave(store);
        type("Alex");
        autosave.tick();

        holder.markSaved(folder.resolve("alex.json"), holder.plan());

        assertThat(store.sessionFile()).doesNotExist();
    }

    @Test
    void aNewPlanRemovesTheCopy() {
        RecoveryStore store = store();
        Autosave autosave = autosave(store);
        type("Alex");
        autosave.tick();

        holder.replace(Plan.empty(), null);

        assertThat(store.sessionFile()).doesNotExist();
    }

    @Test
    void closingTheWindowRemovesTheCopy() {
        RecoveryStore store = store();
        Autosave autosave = autosave(store);
        type("Alex");
        autosave.tick();

        autosave.stop();

        assertThat(store.sessionFile()).doesNotExist();
    }

    @Test
    void aFailedWriteIsReported() throws Exception {
        Path blocked = folder.resolve("recovery");
        Files.writeString(blocked, "a file where the folder should be");
        Autosave autosave = autosave(new RecoveryStore(blocked));
        type("Alex");

        autosave.tick();

        assertThat(failures).hasSize(1);
    }

    @Test
    void theCopyKeepsWhatThePlanFileHeldSoARestoredSessionStillNoticesAChangeOnDisk() throws Exception {
        Path planFile = folder.resolve("northwind.json");
        dev.offboard.plan.FileStamp opened = PlanFile.write(planFile, Plan.empty());
        holder.replace(Plan.empty(), planFile, opened);
        RecoveryStore crashed = store();
        Autosave autosave = autosave(crashed);
        type("Alex");
        autosave.tick();
        crashed.release();

        PlanHolder next = new PlanHolder(Plan.empty());
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery"));
        new Recovery(next, store, new CurrentThreadTaskRunner(),
                new Autosave(next, store, new CurrentThreadTaskRunner(), () -> NOW, 5, failures::add))
                .offer(r -> Recovery.Choice.RESTORE, failures::add);

        assertThat(next.plan().freelancer().name()).isEqualTo("Alex");
        assertThat(next.stamp()).contains(opened);
    }

    @Test
    void restoringPutsTheWorkBackUnsavedAndReplacesTheOldCopy() throws Exception {
        Plan lost = SamplePlan.create(LocalDate.of(2026, 11, 26));
        Path planFile = folder.resolve("northwind.json");
        ended(lost, Optional.of(planFile));
        RecoveryStore store = store();
        Autosave autosave = autosave(store);
        List<RecoveryStore.Recovered> asked = new ArrayList<>();

        new Recovery(holder, store, new CurrentThreadTaskRunner(), autosave).offer(r -> {
            asked.add(r);
            return Recovery.Choice.RESTORE;
        }, failures::add);

        assertThat(asked).singleElement().satisfies(r -> assertThat(r.savedAt()).isEqualTo(NOW.minusSeconds(600)));
        assertThat(holder.plan()).isEqualTo(lost);
        assertThat(holder.isModified()).isTrue();
        assertThat(holder.file()).contains(planFile.toAbsolutePath());
        assertThat(store.leftBehind()).isEmpty();
        store.release(); // as a crash would: this session's copy of the restored work is what is left
        assertThat(new RecoveryStore(folder.resolve("recovery")).latest().orElseThrow().plan()).isEqualTo(lost);
    }

    @Test
    void restoringWhileAnOlderCopyIsBeingWrittenDeletesTheOldCopyOnlyOnceTheRestoredWorkIsOnDisk()
            throws Exception {
        Plan lost = SamplePlan.create(LocalDate.of(2026, 11, 26));
        ended(lost, Optional.empty());
        RecoveryStore store = store();
        HeldTaskRunner tasks = new HeldTaskRunner();
        Autosave autosave = new Autosave(holder, store, tasks, () -> NOW, 5, failures::add);
        type("Typed before the dialog");
        autosave.tick(); // this session's first copy: held, so still being written
        assertThat(tasks.held()).isEqualTo(1);

        Recovery recovery = new Recovery(holder, store, new CurrentThreadTaskRunner(), autosave);
        recovery.offer(r -> Recovery.Choice.RESTORE, failures::add);

        assertThat(holder.plan()).isEqualTo(lost);
        assertThat(store.leftBehind()).as("the old copy stays while nothing of the restored work is on disk")
                .hasSize(1);
        tasks.releaseOne(); // the older copy lands; the restored plan is written next
        assertThat(store.leftBehind()).hasSize(1);
        tasks.releaseOne();
        assertThat(store.leftBehind()).isEmpty();
        store.release(); // as a crash would: this session's copy of the restored work is what is left
        assertThat(new RecoveryStore(folder.resolve("recovery")).latest().orElseThrow().plan()).isEqualTo(lost);
        assertThat(failures).isEmpty();
    }

    /** A session that autosaved and then ended, as a crash ends it: its copy is left behind. */
    private void ended(Plan plan, Optional<Path> planFile) throws java.io.IOException {
        RecoveryStore session = new RecoveryStore(folder.resolve("recovery"));
        session.save(plan, planFile, NOW.minusSeconds(600));
        session.release();
    }

    @Test
    void discardingDeletesTheCopyAndKeepsTheWindowAsItWas() throws Exception {
        ended(SamplePlan.create(LocalDate.of(2026, 11, 26)), Optional.empty());
        RecoveryStore store = store();

        new Recovery(holder, store, new CurrentThreadTaskRunner(), autosave(store))
                .offer(r -> Recovery.Choice.DISCARD, failures::add);

        assertThat(holder.plan()).isEqualTo(Plan.empty());
        assertThat(store.latest()).isEmpty();
    }

    @Test
    void decidingLaterKeepsTheCopyForNextTime() throws Exception {
        ended(SamplePlan.create(LocalDate.of(2026, 11, 26)), Optional.empty());
        RecoveryStore store = store();

        new Recovery(holder, store, new CurrentThreadTaskRunner(), autosave(store))
                .offer(r -> Recovery.Choice.LATER, failures::add);

        assertThat(holder.plan()).isEqualTo(Plan.empty());
        assertThat(store.latest()).isPresent();
    }

    @Test
    void nothingIsAskedWhenThereIsNothingToRecover() {
        RecoveryStore store = store();
        List<RecoveryStore.Recovered> asked = new ArrayList<>();

        new Recovery(holder, store, new CurrentThreadTaskRunner(), autosave(store)).offer(r -> {
            asked.add(r);
            return Recovery.Choice.RESTORE;
        }, failures::add);

        assertThat(asked).isEmpty();
    }
}
