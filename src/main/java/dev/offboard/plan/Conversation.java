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

    public Conversation withDate(LocalDate value) {
        return new Conversation(value, channel, talkingPoints, unmetExpectations, script, pushBackAnswer, clientReason);
    }

    public Conversation withChannel(Channel value) {
        return new Conversation(date, value, talkingPoints, unmetExpectations, script, pushBackAnswer, clientReason);
    }

    public Conversation withTalkingPoints(String value) {
        return new Conversation(date, channel, value, unmetExpectations, script, pushBackAnswer, clientReason);
    }

    public Conversation withUnmetExpectations(String value) {
        return new Conversation(date, channel, talkingPoints, value, script, pushBackAnswer, clientReason);
    }

    public Conversation withScript(String value) {
        return new Conversation(date, channel, talkingPoints, unmetExpectations, value, pushBackAnswer, clientReason);
    }

    public Conversation withPushBackAnswer(String value) {
        return new Conversation(date, channel, talkingPoints, unmetExpectations, script, value, clientReason);
    }

    public Conversation withClientReason(String value) {
        return new Conversation(date, channel, talkingPoints, unmetExpectations, script, pushBackAnswer, value);
    }
}
