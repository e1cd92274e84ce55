package dev.offboard.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Assessment;
import dev.offboard.plan.Channel;
import dev.offboard.plan.Decision;
import dev.offboard.plan.Plan;
import dev.offboard.plan.WarningSign;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConverseStepModelTest {

    private final PlanHolder holder = new PlanHolder(Plan.empty().withAssessment(new Assessment(
            Set.of(WarningSign.PUSHES_RATE_DOWN, WarningSign.OUTGROWN), List.of(), "", "", "", null,
            Decision.PART_WAYS)));
    private final ConverseStepModel model = new ConverseStepModel(holder, new Messages(Locale.ENGLISH));

    @Test
    void draftHasOnePointPerCheckedSignWithoutBlame() {
        String draft = model.draftTalkingPoints();

        assertThat(draft).contains("My rates reflect", "changed direction").doesNotContain("contract");
        assertThat(draft.lines()).allMatch(line -> line.startsWith("- "));
        assertThat(model.toneIssues(draft)).isEmpty();
    }

    @Test
    void draftIsAddedBelowWhatWasAlreadyWrittenAndUndoneOnItsOwn() {
        model.setTalkingPoints("  ");
        model.addDraft();
        assertThat(model.conversation().talkingPoints()).startsWith("- ");

        model.setTalkingPoints("My own opener");
        model.addDraft();
        assertThat(model.conversation().talkingPoints()).startsWith("My own opener\n\n- ");
        model.addDraft();
        assertThat(model.conversation().talkingPoints()).containsOnlyOnce(model.draftTalkingPoints());

        holder.undo();
        assertThat(model.conversation().talkingPoints()).isEqualTo("My own opener");
    }

    @Test
    void theSuggestedAnswerToPushBackKeepsWhatWasWritten() {
        model.setPushBackAnswer("I understand.");
        model.addSuggestedPushBack();

        assertThat(model.conversation().pushBackAnswer()).startsWith("I understand.\n\n")
                .endsWith(model.suggestedPushBack());
    }

    @Test
    void draftFollowsTheUiLanguage() {
        ConverseStepModel french = new ConverseStepModel(holder, new Messages(Locale.FRENCH));

        assertThat(french.draftTalkingPoints()).contains("Mes tarifs");
    }

    @Test
    void blamingWordsBecomeWarningsOnTheirField() {
        model.setClientReason("You never pay on time.");

        assertThat(model.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("conversation.clientReason");
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("You never");
        });
        assertThat(model.toneSuggestion("Let us break up")).hasValueSatisfying(s -> assertThat(s).contains("move on"));
    }

    @Test
    void completeWithADateAndAReason() {
        assertThat(model.isComplete()).isFalse();
        assertThat(model.problems()).extracting(FieldProblem::field).contains("conversation.clientReason");

        model.setDate(LocalDate.of(2026, 11, 30));
        model.setChannel(Channel.VIDEO_CALL);
        model.setClientReason("My studio now focuses on brand systems.");

        assertThat(model.isComplete()).isTrue();
        assertThat(holder.plan().conversation().channel()).isEqualTo(Channel.VIDEO_CALL);
    }
}
