package dev.offboard.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Step 6, write-up: what the written agreement adds, and how the letter is printed.
 *
 * @param otherConditions other conditions agreed, one per item
 * @param emailSubject the email subject; empty means the template's default
 * @param closing the closing sentence before the sign-off; empty means the template's
 * @param signOff the sign-off, such as "Kind regards"; empty means the template's
 * @param paperSize the letter's paper; {@link PaperSize#AUTO} picks by the client's country
 * @param letterDate the letter's date; null: the day notice is given (see {@link PlanFacts#letterDate})
 * @param paymentDetails how to pay the outstanding invoices (bank details, a payment link), or empty
 * @param registeredPost whether the letter is also sent by registered post, which it then says
 * @param confirmation what the client is asked to sign and confirm: receipt (the default, also
 *     when a file has no such field) or agreement to the terms
 */
public record WriteUp(List<String> otherConditions, String emailSubject, String closing, String signOff,
        PaperSize paperSize, LocalDate letterDate, String paymentDetails, boolean registeredPost,
        Confirmation confirmation) {

    public WriteUp {
        otherConditions = Text.strings(otherConditions);
        emailSubject = Text.clean(emailSubject);
        closing = Text.clean(closing);
        signOff = Text.clean(signOff);
        paperSize = paperSize == null ? PaperSize.AUTO : paperSize;
        paymentDetails = Text.clean(paymentDetails);
        confirmation = confirmation == null ? Confirmation.RECEIPT : confirmation;
    }

    /** Asking the client to acknowledge receipt. */
    public WriteUp(List<String> otherConditions, String emailSubject, String closing, String signOff,
            PaperSize paperSize, LocalDate letterDate, String paymentDetails, boolean registeredPost) {
        this(otherConditions, emailSubject, closing, signOff, paperSize, letterDate, paymentDetails, registeredPost,
                Confirmation.RECEIPT);
    }

    /** Dated the day notice is given, without payment details or registered post. */
    public WriteUp(List<String> otherConditions, String emailSubject, String closing, String signOff,
            PaperSize paperSize) {
        this(otherConditions, emailSubject, closing, signOff, paperSize, null, "", false);
    }

    /** With the paper size picked by the client's country. */
    public WriteUp(List<String> otherConditions, String emailSubject, String closing, String signOff) {
        this(otherConditions, emailSubject, closing, signOff, PaperSize.AUTO);
    }

    public static WriteUp empty() {
        return new WriteUp(List.of(), "", "", "", PaperSize.AUTO, null, "", false, Confirmation.RECEIPT);
    }

    public WriteUp withOtherConditions(List<String> value) {
        return new WriteUp(value, emailSubject, closing, signOff, paperSize, letterDate, paymentDetails,
                registeredPost, confirmation);
    }

    public WriteUp withEmailSubject(String value) {
        return new WriteUp(otherConditions, value, closing, signOff, paperSize, letterDate, paymentDetails,
                registeredPost, confirmation);
    }

    public WriteUp withClosing(String value) {
        return new WriteUp(otherConditions, emailSubject, value, signOff, paperSize, letterDate, paymentDetails,
                registeredPost, confirmation);
    }

    public WriteUp withSignOff(String value) {
        return new WriteUp(otherConditions, emailSubject, closing, value, paperSize, letterDate, paymentDetails,
                registeredPost, confirmation);
    }

    public WriteUp withPaperSize(PaperSize value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, value, letterDate, paymentDetails,
                registeredPost, confirmation);
    }

    public WriteUp withLetterDate(LocalDate value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, paperSize, value, paymentDetails,
                registeredPost, confirmation);
    }

    public WriteUp withPaymentDetails(String value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, paperSize, letterDate, value,
                registeredPost, confirmation);
    }

    public WriteUp withRegisteredPost(boolean value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, paperSize, letterDate, paymentDetails,
                value, confirmation);
    }

    public WriteUp withConfirmation(Confirmation value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, paperSize, letterDate, paymentDetails,
                registeredPost, value);
    }
}
