package dev.offboard.ui;

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
}
