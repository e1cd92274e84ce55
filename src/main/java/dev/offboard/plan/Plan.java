package dev.offboard.plan;

import java.util.List;

/**
 * Everything the six wizard steps collect: one plan for ending one client relationship.
 *
 * <p>Immutable; each {@code with…} method returns a changed copy. Derived values (the last
 * working day, totals, warnings) are computed by {@link PlanFacts} and {@link PlanCheck},
 * never stored.
 */
public record Plan(
        Freelancer freelancer,
        Client client,
        Assessment assessment,
        Conversation conversation,
        Notice notice,
        List<Deliverable> deliverables,
        List<Payment> payments,
        Options options,
        Thanks thanks,
        WriteUp writeUp) {

    public Plan {
        freelancer = freelancer == null ? Freelancer.empty() : freelancer;
        client = client == null ? Client.empty() : client;
        assessment = assessment == null ? Assessment.empty() : assessment;
        conversation = conversation == null ? Conversation.empty() : conversation;
        notice = notice == null ? Notice.empty() : notice;
        deliverables = Text.list(deliverables);
        payments = Text.list(payments);
        options = options == null ? Options.empty() : options;
        thanks = thanks == null ? Thanks.empty() : thanks;
        writeUp = writeUp == null ? WriteUp.empty() : writeUp;
    }

    /** A plan with nothing filled in yet. */
    public static Plan empty() {
        return new Plan(null, null, null, null, null, null, null, null, null, null);
    }

    public Plan withFreelancer(Freelancer value) {
        return new Plan(value, client, assessment, conversation, notice, deliverables, payments, options, thanks, writeUp);
    }

    public Plan withClient(Client value) {
        return new Plan(freelancer, value, assessment, conversation, notice, deliverables, payments, options, thanks, writeUp);
    }

    public Plan withAssessment(Assessment value) {
        return new Plan(freelancer, client, value, conversation, notice, deliverables, payments, options, thanks, writeUp);
    }

    public Plan withConversation(Conversation value) {
        return new Plan(freelancer, client, assessment, value, notice, deliverables, payments, options, thanks, writeUp);
    }

    public Plan withNotice(Notice value) {
        return new Plan(freelancer, client, assessment, conversation, value, deliverables, payments, options, thanks, writeUp);
    }

    public Plan withDeliverables(List<Deliverable> value) {
        return new Plan(freelancer, client, assessment, conversation, notice, value, payments, options, thanks, writeUp);
    }

    public Plan withPayments(List<Payment> value) {
        return new Plan(freelancer, client, assessment, conversation, notice, deliverables, value, options, thanks, writeUp);
    }

    public Plan withOptions(Options value) {
        return new Plan(freelancer, client, assessment, conversation, notice, deliverables, payments, value, thanks, writeUp);
    }

    public Plan withThanks(Thanks value) {
        return new Plan(freelancer, client, assessment, conversation, notice, deliverables, payments, options, value, writeUp);
    }

    public Plan withWriteUp(WriteUp value) {
        return new Plan(freelancer, client, assessment, conversation, notice, deliverables, payments, options, thanks, value);
    }
}
