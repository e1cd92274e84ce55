package dev.offboard.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * @param edits the freelancer's own wording of some sections, at most one a section, in
 *     {@link Section} order; a section without one is generated from the plan. An edit with
 *     blank text is no edit.
 */
public record WriteUp(List<String> otherConditions, String emailSubject, String closing, String signOff,
        PaperSize paperSize, LocalDate letterDate, String paymentDetails, boolean registeredPost,
        Confirmation confirmation, List<EditedText> edits) {

    public WriteUp {
        otherConditions = Text.strings(otherConditions);
        emailSubject = Text.clean(emailSubject);
        closing = Text.clean(closing);
        signOff = Text.clean(signOff);
        paperSize = paperSize == null ? PaperSize.AUTO : paperSize;
        paymentDetails = Text.clean(paymentDetails);
        confirmation = confirmation == null ? Confirmation.RECEIPT : confirmation;
        edits = oneEach(edits);
    }

    /** Without edited sections. */
    public WriteUp(List<String> otherConditions, String emailSubject, String closing, String signOff,
            PaperSize paperSize, LocalDate letterDate, String paymentDetails, boolean registeredPost,
            Confirmation confirmation) {
        this(otherConditions, emailSubject, closing, signOff, paperSize, letterDate, paymentDetails, registeredPost,
                confirmation, List.of());
    }

    /** Asking the client to acknowledge receipt, without edited sections. */
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
        return new WriteUp(List.of(), "", "", "", PaperSize.AUTO, null, "", false, Confirmation.RECEIPT, List.of());
    }

    public WriteUp withOtherConditions(List<String> value) {
        return new WriteUp(value, emailSubject, closing, signOff, paperSize, letterDate, paymentDetails,
                registeredPost, confirmation, edits);
    }

    public WriteUp withEmailSubject(String value) {
        return new WriteUp(otherConditions, value, closing, signOff, paperSize, letterDate, paymentDetails,
                registeredPost, confirmation, edits);
    }

    public WriteUp withClosing(String value) {
        return new WriteUp(otherConditions, emailSubject, value, signOff, paperSize, letterDate, paymentDetails,
                registeredPost, confirmation, edits);
    }

    public WriteUp withSignOff(String value) {
        return new WriteUp(otherConditions, emailSubject, closing, value, paperSize, letterDate, paymentDetails,
                registeredPost, confirmation, edits);
    }

    public WriteUp withPaperSize(PaperSize value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, value, letterDate, paymentDetails,
                registeredPost, confirmation, edits);
    }

    public WriteUp withLetterDate(LocalDate value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, paperSize, value, paymentDetails,
                registeredPost, confirmation, edits);
    }

    public WriteUp withPaymentDetails(String value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, paperSize, letterDate, value,
                registeredPost, confirmation, edits);
    }

    public WriteUp withRegisteredPost(boolean value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, paperSize, letterDate, paymentDetails,
                value, confirmation, edits);
    }

    public WriteUp withConfirmation(Confirmation value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, paperSize, letterDate, paymentDetails,
                registeredPost, value, edits);
    }

    public WriteUp withEdits(List<EditedText> value) {
        return new WriteUp(otherConditions, emailSubject, closing, signOff, paperSize, letterDate, paymentDetails,
                registeredPost, confirmation, value);
    }

    /** The edit of {@code section}, if the freelancer worded it. */
    public Optional<EditedText> edit(Section section) {
        return edits.stream().filter(e -> e.section() == section).findFirst();
    }

    /** With {@code edit} in place of any earlier edit of its section; blank text removes it. */
    public WriteUp withEdit(EditedText edit) {
        List<EditedText> changed = new ArrayList<>(edits);
        changed.removeIf(e -> e.section() == edit.section());
        changed.add(edit);
        return withEdits(changed);
    }

    /** Back to the generated text for {@code section}. */
    public WriteUp withoutEdit(Section section) {
        return withEdits(edits.stream().filter(e -> e.section() != section).toList());
    }

    /** One edit a section (the last given wins), in section order, blank ones dropped. */
    private static List<EditedText> oneEach(List<EditedText> edits) {
        Map<Section, EditedText> bySection = new EnumMap<>(Section.class);
        for (EditedText edit : Text.list(edits)) {
            if (edit.text().isBlank()) {
                bySection.remove(edit.section());
            } else {
                bySection.put(edit.section(), edit);
            }
        }
        return List.copyOf(bySection.values());
    }
}
