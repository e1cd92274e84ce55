package dev.offboard.plan;

import java.time.LocalDate;

/**
 * Step 2, converse: the honest conversation. Private, except the reason in general terms.
 *
 * @param clientReason the reason for ending, in general, non-blaming terms: the only
 *     client-facing component of this section
 */
public record Conversation(
        @Private LocalDate date,
        @Private Channel channel,
        @Private String talkingPoints,
        @Private String unmetExpectations,
        @Private String script,
        @Private String pushBackAnswer,
        String clientReason) {

    public Conversation {
        talkingPoints = Text.clean(talkingPoints);
        unmetExpectations = Text.clean(unmetExpectations);
        script = Text.clean(script);
        pushBackAnswer = Text.clean(pushBackAnswer);
        clientReason = Text.clean(clientReason);
    }

    public static Conversation empty() {
        return new Conversation(null, null, "", "", "", "", "");
    }
}
