package dev.offboard.ui.step;

import dev.offboard.plan.Channel;
import dev.offboard.plan.Conversation;
import dev.offboard.plan.WarningSign;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Step 2: the honest conversation, its talking points, script and the reason given. */
public final class ConverseStepModel extends StepModel {

    /** The fields whose words are checked for tone, with their plan paths. */
    public static final List<String> CHECKED_FIELDS = List.of("conversation.talkingPoints",
            "conversation.script", "conversation.pushBackAnswer", "conversation.clientReason");

    private final ToneChecker tone = new ToneChecker();

    public ConverseStepModel(PlanHolder holder, Messages messages) {
        super(Step.CONVERSE, holder, messages);
    }

    public Conversation conversation() {
        return plan().conversation();
    }

    public void setDate(LocalDate value) {
        holder.update(p -> p.withConversation(p.conversation().withDate(value)));
    }

    public void setChannel(Channel value) {
        holder.update(p -> p.withConversation(p.conversation().withChannel(value)));
    }

    public void setTalkingPoints(String value) {
        holder.update(p -> p.withConversation(p.conversation().withTalkingPoints(value)));
    }

    public void setUnmetExpectations(String value) {
        holder.update(p -> p.withConversation(p.conversation().withUnmetExpectations(value)));
    }

    public void setScript(String value) {
        holder.update(p -> p.withConversation(p.conversation().withScript(value)));
    }

    public void setPushBackAnswer(String value) {
        holder.update(p -> p.withConversation(p.conversation().withPushBackAnswer(value)));
    }

    public void setClientReason(String value) {
        holder.update(p -> p.withConversation(p.conversation().withClientReason(value)));
    }

    /**
     * Talking points drafted from the checked signs, in general and non-blaming terms, in
     * the UI language: an opening thanks, one point per sign, the way forward.
     */
    public String draftTalkingPoints() {
        StringBuilder draft = new StringBuilder();
        draft.append("- ").append(messages.text("converse.draft.open")).append('\n');
        for (WarningSign sign : WarningSign.values()) {
            if (plan().assessment().signs().contains(sign)) {
                draft.append("- ").append(messages.label("converse.draft", sign)).append('\n');
            }
        }
        draft.append("- ").append(messages.text("converse.draft.notice")).append('\n');
        draft.append("- ").append(messages.text("converse.draft.options"));
        return draft.toString();
    }

    /** Adds the drafted talking points below what is written; undo takes them back alone. */
    public void addDraft() {
        String draft = draftTalkingPoints();
        holder.edit(p -> p.withConversation(p.conversation().withTalkingPoints(
                added(p.conversation().talkingPoints(), draft))));
    }

    /** Adds the suggested answer to push-back below what is written. */
    public void addSuggestedPushBack() {
        String suggestion = suggestedPushBack();
        holder.edit(p -> p.withConversation(p.conversation().withPushBackAnswer(
                added(p.conversation().pushBackAnswer(), suggestion))));
    }

    /** A firm, kind answer to offer when the field is still empty. */
    public String suggestedPushBack() {
        return messages.text("converse.pushBack.suggestion");
    }

    public List<ToneChecker.Issue> toneIssues(String text) {
        return tone.check(text);
    }

    /** The suggestion shown under a field, for its first questionable phrase. */
    public Optional<String> toneSuggestion(String text) {
        return tone.check(text).stream().findFirst()
                .map(issue -> messages.text("converse.tone." + issue.kind().name(), issue.phrase()));
    }

    @Override
    protected void addOwnProblems(List<FieldProblem> problems) {
        Conversation c = conversation();
        List<String> texts = List.of(c.talkingPoints(), c.script(), c.pushBackAnswer(), c.clientReason());
        for (int i = 0; i < texts.size(); i++) {
            String field = CHECKED_FIELDS.get(i);
            boolean planChecked = problems.stream().anyMatch(p -> p.field().equals(field));
            if (!planChecked) {
                toneSuggestion(texts.get(i)).ifPresent(message -> problems.add(FieldProblem.warning(field, message)));
            }
        }
        if (c.clientReason().isBlank()) {
            problems.add(FieldProblem.error("conversation.clientReason", messages.text("converse.reason.missing")));
        }
        if (c.date() == null) {
            problems.add(FieldProblem.warning("conversation.date", messages.text("converse.date.missing")));
        }
    }

    @Override
    protected boolean hasRequiredAnswers() {
        return !conversation().clientReason().isBlank() && conversation().date() != null;
    }
}
