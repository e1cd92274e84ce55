package dev.offboard.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Client;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ThankStepModelTest {

    private final PlanHolder holder = new PlanHolder(Plan.empty());
    private final ThankStepModel model = new ThankStepModel(holder, new Messages(Locale.ENGLISH));

    @Test
    void suggestionsAreInTheClientsLanguage() {
        assertThat(model.suggestions()).hasSizeGreaterThanOrEqualTo(3).allMatch(s -> s.contains("Thank"));

        holder.update(p -> p.withClient(new Client("Nordvent", "", "", "", Language.FR, "FR", null, null)));

        assertThat(model.suggestions()).hasSizeGreaterThanOrEqualTo(3).allMatch(s -> s.contains("erci"));
        assertThat(model.suggestedReferences()).contains("référence");
    }

    @Test
    void completeOnceThanked() {
        assertThat(model.isComplete()).isFalse();
        assertThat(model.problems()).extracting(FieldProblem::field).containsExactly("thanks.message");

        model.setMessage("Thank you for three good years.");
        model.setKeepReferring(true);

        assertThat(model.isComplete()).isTrue();
        assertThat(holder.plan().thanks().keepReferring()).isTrue();
    }
}
