package dev.offboard.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanHolderTest {

    private final PlanHolder holder = new PlanHolder(Plan.empty());
    private final List<Boolean> told = new ArrayList<>();

    PlanHolderTest() {
        holder.addListener((plan, replaced) -> told.add(replaced));
    }

    @Test
    void anEditMarksThePlanModifiedAndTellsListeners() {
        holder.update(p -> p.withFreelancer(new Freelancer("Camille", "", "", "", "")));

        assertThat(holder.isModified()).isTrue();
        assertThat(told).containsExactly(false);
    }

    @Test
    void anEditThatChangesNothingIsIgnored() {
        holder.update(p -> p);

        assertThat(holder.isModified()).isFalse();
        assertThat(told).isEmpty();
    }

    @Test
    void replacingAndSavingClearTheModifiedMark() {
        holder.update(p -> p.withFreelancer(new Freelancer("Camille", "", "", "", "")));
        holder.markSaved(Path.of("plans", "plan.json"), holder.plan());

        assertThat(holder.isModified()).isFalse();
        assertThat(holder.documentName("Untitled")).isEqualTo("plan.json");

        holder.replace(Plan.empty(), null);
        assertThat(holder.documentName("Untitled")).isEqualTo("Untitled");
        assertThat(told).containsExactly(false, false, true);
    }

    @Test
    void savingAnOlderVersionLeavesLaterEditsModified() {
        Plan saved = holder.plan();
        holder.update(p -> p.withFreelancer(new Freelancer("Camille", "", "", "", "")));

        holder.markSaved(Path.of("plan.json"), saved);

        assertThat(holder.isModified()).isTrue();
    }

    /**
     * A long text is scanned by the guards off the event thread: the check the steps ask for
     * after a keystroke leaves it out, and its findings arrive once the background scan ran.
     */
    @Test
    void longTextsAreScannedByTheGuardsInTheBackground() {
        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Runnable> ui = new java.util.ArrayDeque<>();
        holder.scanOffTheEventThread(background::add, ui::add);
        String reason = "word ".repeat(4_000) + "the host password: Hunter2024 " + System.nanoTime();

        holder.update(p -> p.withConversation(new dev.offboard.plan.Conversation(null, null, "", "", "", "", reason)));

        assertThat(holder.problems()).noneMatch(p -> p.code().startsWith("secret."));
        assertThat(holder.guardsPending()).isTrue();
        assertThat(background).hasSize(1);

        background.poll().run();
        ui.poll().run();

        assertThat(holder.guardsPending()).isFalse();
        assertThat(holder.problems()).anyMatch(p -> p.code().equals("secret.PASSWORD")
                && p.field().equals("conversation.clientReason"));
        assertThat(told).containsExactly(false, false);
    }

    @Test
    void shortTextsAreCheckedAtOnce() {
        holder.scanOffTheEventThread(work -> { throw new AssertionError("nothing to scan in the background"); },
                Runnable::run);

        holder.update(p -> p.withConversation(new dev.offboard.plan.Conversation(null, null, "", "", "", "",
                "password: Hunter2024")));

        assertThat(holder.problems()).anyMatch(p -> p.code().equals("secret.PASSWORD"));
        assertThat(holder.guardsPending()).isFalse();
    }
}
