package dev.offboard.plan;

import java.util.List;

/**
 * Step 6, write-up: what the written agreement adds, and how the letter is printed.
 *
 * @param otherConditions other conditions agreed, one per item
 * @param emailSubject the email subject; empty means the template's default
 * @param closing the closing sentence before the sign-off; empty means the template's
 * @param signOff the sign-off, such as "Kind regards"; empty means the template's
 * @param paperSize the letter's paper; {@link PaperSize#AUTO} picks by the client's country
 */
public record WriteUp(List<String> otherConditions, String emailSubject, String closing, String signOff,
        PaperSize paperSize) {

    public WriteUp {
        otherConditions = Text.strings(otherConditions);
        emailSubject = Text.clean(emailSubject);
        closing = Text.clean(closing);
        signOff = Text.clean(signOff);
        paperSize = paperSize == null ? PaperSize.AUTO : paperSize;
    }

    /** With the paper size picked by the client's country. */
    public WriteUp(List<String> otherConditions, String emailSubject, String closing, String signOff) {
        this(otherConditions, emailSubject, closing, signOff, PaperSize.AUTO);
    }

    public static WriteUp empty() {
        return new WriteUp(List.of(), "", "", "", PaperSize.AUTO);
    }

    public WriteUp withOtherConditions(List<String> value) {
        return new WriteUp(value, emailSubject, closing, signOff, paperSize);
    }

    public WriteUp withEmailSubject(String value) {
        return new WriteUp(otherConditions, value, closing, signOff, paperSize);
    }

    public WriteUp withClosing(String value) {
        return new WriteUp(otherConditions, emailSubject, value, signOff, paperSize);
    }

    public WriteUp withSignOff(String value) {
        return new WriteUp(otherConditions, emailSubject, closing, value, paperSize);
    }

    public WriteUp withPaperSize(PaperSize value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, value);
    }
}
