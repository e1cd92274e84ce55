package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.RecoveryStore;
import dev.offboard.plan.SamplePlan;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.testing.CurrentThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which unsaved work is asked about at start-up, and which is kept for later, without a window. */
class RecoveryTest {

    private static final Instant NOW = Instant.parse("2026-11-26T21:15:00Z");

    @TempDir
    Path folder;

    private final PlanHolder holder = new PlanHolder(Plan.empty());
    private final List<Exception> failures = new ArrayList<>();
    private final List<RecoveryStore.Recovered> asked = new ArrayList<>();
    private final List<RecoveryStore.Recovered> kept = new ArrayList<>();

    private Path recoveryFolder() {
        return folder.resolve("recovery");
    }

    /** A session that autosaved {@code plan} of {@code planFile} and then ended, as a crash ends it. */
    private void crashed(Plan plan, Path planFile, int minutesAgo) throws Exception {
        RecoveryStore session = new RecoveryStore(recoveryFolder());
        session.save(plan, Optional.ofNullable(planFile), NOW.minusSeconds(60L * minutesAgo));
        session.release();
    }

    private Plan named(String freelancer) {
        Plan sample = SamplePlan.create(LocalDate.of(2026, 11, 26));
        return sample.withFreelancer(new dev.offboard.plan.Freelancer(freelancer, "", "", "", ""));
    }

    private Recovery recovery() {
        RecoveryStore store = new RecoveryStore(recoveryFolder());
        return new Recovery(holder, store, new CurrentThreadTaskRunner(),
                new Autosave(holder, store, new CurrentThreadTaskRunner(), () -> NOW, 5, failures::add));
    }

    private void start(Path opening, Recovery.Choice answer) {
        recovery().offer(() -> Optional.ofNullable(opening), r -> {
            asked.add(r);
            return answer;
        }, kept::addAll, failures::add);
    }

    @Test
    void openingAPlanAsksNothingAboutAnotherPlansWorkAndKeepsItOnDisk() throws Exception {
        Path other = folder.resolve("other.json");
        Path opened = folder.resolve("opened.json");
        PlanFile.write(opened, Plan.empty());
        crashed(named("Left in other"), other, 10);

        start(opened, Recovery.Choice.DISCARD);

        assertThat(asked).as("no question in front of the plan being opened").isEmpty();
        assertThat(kept).singleElement().satisfies(r -> assertThat(r.planFile()).contains(other.toAbsolutePath()));
        assertThat(new RecoveryStore(recoveryFolder()).leftBehind()).as("still on disk").singleElement()
                .satisfies(r -> assertThat(r.plan().freelancer().name()).isEqualTo("Left in other"));
        assertThat(holder.plan()).isEqualTo(Plan.empty());
        assertThat(failures).isEmpty();
    }

    @Test
    void openingAPlanStillAsksAboutItsOwnWorkAndKeepsTheOthersForLater() throws Exception {
        Path other = folder.resolve("other.json");
        Path opened = folder.resolve("opened.json");
        PlanFile.write(opened, Plan.empty());
        crashed(named("Left in opened"), opened, 30);
        crashed(named("Left in other"), other, 5);

        // Asked by a path written another way: relative to the working folder, with a "." in it.
        Path sameFile = Path.of("").toAbsolutePath().relativize(folder.resolve(".").resolve("opened.json"));
        start(sameFile, Recovery.Choice.RESTORE);

        assertThat(asked).singleElement().satisfies(r -> assertThat(r.planFile()).contains(opened.toAbsolutePath()));
        assertThat(holder.plan().freelancer().name()).isEqualTo("Left in opened");
        assertThat(kept).singleElement().satisfies(r -> assertThat(r.plan().freelancer().name())
                .isEqualTo("Left in other"));
        assertThat(Files.exists(kept.get(0).file())).isTrue();
    }

    @Test
    void withoutAPlanToOpenTheNewestIsAskedAboutAsBeforeAndTheOlderKept() throws Exception {
        crashed(named("Older"), folder.resolve("a.json"), 30);
        crashed(named("Newer"), null, 5);

        start(null, Recovery.Choice.LATER);

        assertThat(asked).singleElement().satisfies(r -> assertThat(r.plan().freelancer().name()).isEqualTo("Newer"));
        assertThat(kept).singleElement().satisfies(r -> assertThat(r.plan().freelancer().name()).isEqualTo("Older"));
        assertThat(new RecoveryStore(recoveryFolder()).leftBehind()).hasSize(2);
    }

    @Test
    void workKeptForLaterIsRestoredWhenTheUserChoosesIt() throws Exception {
        Path other = folder.resolve("other.json");
        crashed(named("Left in other"), other, 10);
        Recovery recovery = recovery();
        recovery.offer(() -> Optional.of(folder.resolve("opened.json")), r -> {
            asked.add(r);
            return Recovery.Choice.DISCARD;
        }, kept::addAll, failures::add);

        recovery.resolve(kept.get(0), Recovery.Choice.RESTORE, failures::add);

        assertThat(asked).isEmpty();
        assertThat(holder.plan().freelancer().name()).isEqualTo("Left in other");
        assertThat(holder.file()).contains(other.toAbsolutePath());
        assertThat(holder.isModified()).isTrue();
        assertThat(failures).isEmpty();
    }
}
