package dev.offboard.ui.step;

import dev.offboard.plan.Thanks;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import java.util.ArrayList;
import java.util.List;

/** Step 5: thanks, references, and a promise to keep referring business. */
public final class ThankStepModel extends StepModel {

    public ThankStepModel(PlanHolder holder, Messages messages) {
        super(Step.THANK, holder, messages);
    }

    public Thanks thanks() {
        return plan().thanks();
    }

    public void setMessage(String value) {
        holder.update(p -> p.withThanks(p.thanks().withMessage(value)));
    }

    public void setReferences(String value) {
        holder.update(p -> p.withThanks(p.thanks().withReferencesOffered(value)));
    }

    public void setKeepReferring(boolean value) {
        holder.update(p -> p.withThanks(p.thanks().withKeepReferring(value)));
    }

    /**
     * Thank-you wordings to start from, in the language of the client's documents (not the
     * UI's): the client reads them.
     */
    public List<String> suggestions() {
        Messages client = new Messages(plan().client().language().locale());
        List<String> wordings = new ArrayList<>();
        for (int i = 1; client.has("thank.suggestion." + i); i++) {
            wordings.add(client.text("thank.suggestion." + i));
        }
        return wordings;
    }

    /** Adds a suggested wording to the message, below what is written; undo takes it back alone. */
    public void useWording(String wording) {
        holder.edit(p -> p.withThanks(p.thanks().withMessage(added(p.thanks().message(), wording))));
    }

    /** Adds the suggested reference offer below what is written. */
    public void addSuggestedReferences() {
        String suggestion = suggestedReferences();
        holder.edit(p -> p.withThanks(p.thanks().withReferencesOffered(added(p.thanks().referencesOffered(),
                suggestion))));
    }

    /** A reference offer in the client's language. */
    public String suggestedReferences() {
        return new Messages(plan().client().language().locale()).text("thank.references.suggestion");
    }

    @Override
    protected void addOwnProblems(List<FieldProblem> problems) {
        if (thanks().message().isBlank()) {
            problems.add(FieldProblem.warning("thanks.message", messages.text("thank.message.missing")));
        }
    }

    @Override
    protected boolean hasRequiredAnswers() {
        return !thanks().message().isBlank();
    }
}
