package dev.offboard.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Decision;
import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Plan;
import dev.offboard.ui.step.AssessStepModel;
import dev.offboard.ui.step.NoticeStepModel;
import dev.offboard.ui.step.ThankStepModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Undo and redo over the plan holder, as the Edit menu drives them, without a window. */
class UndoHistoryTest {

    private final PlanHolder holder = new PlanHolder(Plan.empty());
    private final Messages messages = new Messages(Locale.ENGLISH);

    /** Types {@code text} into the freelancer's name one keystroke at a time, as the field's listener does. */
    private void type(String text) {
        for (char c : text.toCharArray()) {
            String now = holder.plan().freelancer().name() + c;
            holder.update(p -> p.withFreelancer(p.freelancer().withName(now)));
        }
    }

    private String name() {
        return holder.plan().freelancer().name();
    }

    @Test
    void typingIsUndoneAWordAtATimeAndRedoneTheSameWay() {
        type("Camille Martin Studio");

        holder.undo();
        assertThat(name()).isEqualTo("Camille Martin");
        holder.undo();
        assertThat(name()).isEqualTo("Camille");
        holder.undo();
        assertThat(name()).isEmpty();
        assertThat(holder.canUndo()).isFalse();

        holder.redo();
        holder.redo();
        assertThat(name()).isEqualTo("Camille Martin");
        assertThat(holder.canRedo()).isTrue();
    }

    @Test
    void backspacesAreOneStepAndUndoPutsTheWordBack() {
        type("Camille");
        for (int i = 0; i < 3; i++) {
            String shorter = name().substring(0, name().length() - 1);
            holder.update(p -> p.withFreelancer(p.freelancer().withName(shorter)));
        }
        assertThat(name()).isEqualTo("Cami");

        UndoHistory.Step step = holder.undo().orElseThrow();

        assertThat(name()).isEqualTo("Camille");
        assertThat(step.path()).isEqualTo("freelancer.name");
        assertThat(step.caret()).isEqualTo(7);
    }

    @Test
    void eachFieldIsItsOwnStepAndTheStepNamesTheFieldToShow() {
        type("Camille");
        holder.update(p -> p.withClient(p.client().withCompany("Northwind")));

        UndoHistory.Step step = holder.undo().orElseThrow();

        assertThat(step.path()).isEqualTo("client.company");
        assertThat(holder.plan().client().company()).isEmpty();
        assertThat(name()).isEqualTo("Camille");
    }

    @Test
    void tableRowsAndChoicesAreUndoneToo() {
        NoticeStepModel notice = new NoticeStepModel(holder, messages);
        int row = notice.deliverables().add();
        notice.deliverables().set(row, 0, "Brand guide");
        new AssessStepModel(holder, messages, () -> java.time.LocalDate.of(2026, 11, 26))
                .setDecision(Decision.PART_WAYS);

        holder.undo();
        assertThat(holder.plan().assessment().decision()).isEqualTo(Decision.UNDECIDED);
        UndoHistory.Step cell = holder.undo().orElseThrow();
        assertThat(cell.path()).isEqualTo("deliverables[0].name");
        assertThat(holder.plan().deliverables()).extracting(Deliverable::name).containsExactly("");
        holder.undo();
        assertThat(holder.plan().deliverables()).isEmpty();
    }

    @Test
    void anInsertedWordingIsAStepOfItsOwn() {
        ThankStepModel thank = new ThankStepModel(holder, messages);
        for (String typed : List.of("T", "Th", "Tha", "Than", "Thank", "Thanks")) {
            thank.setMessage(typed);
        }
        thank.useWording("It was a pleasure.");
        assertThat(holder.plan().thanks().message()).isEqualTo("Thanks\n\nIt was a pleasure.");

        holder.undo();

        assertThat(holder.plan().thanks().message()).isEqualTo("Thanks");
    }

    @Test
    void undoingBackToTheSavedPlanClearsTheModifiedMark() {
        type("Camille");
        holder.markSaved(Path.of("plan.json"), holder.plan());
        type(" Martin");
        assertThat(holder.isModified()).isTrue();

        holder.undo();

        assertThat(holder.isModified()).isFalse();
    }

    @Test
    void aNewEditDropsWhatCouldBeRedoneAndOpeningAnotherPlanForgetsAll() {
        type("Camille Martin");
        holder.undo();
        type("Dupont");
        assertThat(holder.canRedo()).isFalse();

        holder.replace(Plan.empty(), null);

        assertThat(holder.canUndo()).isFalse();
    }

    @Test
    void theHistoryIsBounded() {
        for (int i = 0; i < UndoHistory.LIMIT + 50; i++) {
            String company = "Company " + i;
            holder.update(p -> p.withClient(p.client().withCompany(company)));
        }
        int steps = 0;
        while (holder.undo().isPresent()) {
            steps++;
        }
        assertThat(steps).isEqualTo(UndoHistory.LIMIT);
        assertThat(holder.plan().client().company()).isEqualTo("Company 49");
    }
}
