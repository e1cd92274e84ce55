package dev.offboard.plan;

import java.util.List;

/**
 * Step 6, write-up: what the written agreement adds.
 *
 * @param otherConditions other conditions agreed, one per item
 * @param emailSubject the email subject; empty means the template's default
 * @param closing the closing sentence before the sign-off; empty means the template's
 * @param signOff the sign-off, such as "Kind regards"; empty means the template's
 */
public record WriteUp(List<String> otherConditions, String emailSubject, String closing, String signOff) {

    public WriteUp {
        otherConditions = Text.strings(otherConditions);
        emailSubject = Text.clean(emailSubject);
        closing = Text.clean(closing);
        signOff = Text.clean(signOff);
    }

    public static WriteUp empty() {
        return new WriteUp(List.of(), "", "", "");
    }
}
