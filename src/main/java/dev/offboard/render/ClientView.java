package dev.offboard.render;

import dev.offboard.plan.Client;
import dev.offboard.plan.Confirmation;
import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Language;
import dev.offboard.plan.Notice;
import dev.offboard.plan.Options;
import dev.offboard.plan.PaperSize;
import dev.offboard.plan.Payment;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFacts;
import dev.offboard.plan.Referral;
import dev.offboard.plan.ReturnItem;
import dev.offboard.plan.Thanks;
import dev.offboard.plan.WriteUp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything the templates may show the client, already formatted for one language, and
 * nothing else: the only object a template ever sees.
 *
 * <p>This is where "private never reaches the client" is decided, by construction. The
 * factory methods read the freelancer, the client, the notice, deliverables, payments,
 * options, thanks and write-up, and from the conversation only its public
 * {@code clientReason}. They never read {@code Plan.assessment()} nor any other component
 * of {@code Conversation}, all of which are marked {@code @Private}; a template cannot
 * reach them because they are not here. {@code ClientViewPrivacyTest} fills every private
 * component with a marker and looks for it in every output.
 *
 * <p>Texts are kept exactly as typed (escaping is the template's job); empty means "not
 * given", and templates test for it with sections. Multi-line texts are also offered as
 * {@code …Lines} lists so the letter can break lines without markup in the data.
 *
 * @param lang the document language code, {@code en} or {@code fr}
 * @param date the letter's date, formatted; empty in the email
 * @param reason why the relationship ends, in general terms, as the freelancer wrote it
 * @param lastWorkingDay the last working day, formatted, or empty when not yet known
 * @param emailSubject the freelancer's own subject, or empty for the template's default
 * @param closing the freelancer's own closing sentence, or empty for the template's
 * @param signOff the freelancer's own sign-off, or empty for the template's
 * @param pageSize the CSS page size, {@code A4} or {@code letter}: the write-up's paper size,
 *     or by the client's country when it is {@link PaperSize#AUTO}
 * @param asksAgreement whether the client is asked to agree to the terms rather than to
 *     acknowledge receipt ({@link Confirmation}): the letter's signature block and the email's
 *     request follow it
 * @param edited the freelancer's own wording of the letter's sections, for documents in this
 *     language: {@code edited.notice} is a list of blocks, empty when the section is generated
 */
public record ClientView(
        String lang,
        String date,
        Sender sender,
        Recipient client,
        String reason,
        String lastWorkingDay,
        List<DeliverableRow> deliverables,
        List<DeliverableRow> remainingDeliverables,
        List<PaymentRow> payments,
        List<PaymentRow> outstandingPayments,
        List<String> outstandingTotals,
        boolean finalFilesAfterPayment,
        List<String> otherConditions,
        List<ReferralRow> referrals,
        boolean interviewHelp,
        List<String> interimTools,
        List<ReturnRow> itemsToReturn,
        List<String> accessToRevoke,
        boolean briefReplacement,
        String thanksMessage,
        String referencesOffered,
        boolean keepReferring,
        String emailSubject,
        String closing,
        String signOff,
        String pageSize,
        String locale,
        String salutation,
        List<DeliverableRow> deliveredDeliverables,
        String noticeGiven,
        String noticePeriod,
        String milestone,
        String agreement,
        String noticeClause,
        String newRequestsCutoff,
        List<String> paymentDetailsLines,
        String supportUntil,
        boolean registeredPost,
        Map<String, String> terms,
        Punctuation punct,
        String formalSignOff,
        boolean asksAgreement,
        Edited edited) {

    /** The view for the email, which carries no date. */
    public static ClientView forEmail(Plan plan, Language language) {
        return build(plan, language, null);
    }

    /** The view for the letter, dated {@code date}. */
    public static ClientView forLetter(Plan plan, Language language, LocalDate date) {
        return build(plan, language, date);
    }

    private static ClientView build(Plan plan, Language language, LocalDate date) {
        DocumentLocale conventions = DocumentLocale.of(language, plan.client().country());
        Formats formats = new Formats(conventions, date != null);
        Words words = new Words(conventions);
        Options options = plan.options();
        Thanks thanks = plan.thanks();
        WriteUp writeUp = plan.writeUp();
        Notice notice = plan.notice();
        List<DeliverableRow> deliverables = PlanFacts.byDueDate(plan.deliverables()).stream()
                .map(d -> DeliverableRow.of(d, formats, words)).toList();
        List<PaymentRow> payments = plan.payments().stream()
                .map(p -> PaymentRow.of(p, formats, words)).toList();
        boolean letter = date != null;
        boolean milestone = notice.kind() == Notice.NoticeKind.MILESTONE;
        return new ClientView(
                language.code(),
                formats.date(date),
                Sender.of(plan.freelancer()),
                Recipient.of(plan.client(), plan.freelancer(), conventions, words),
                plan.conversation().clientReason().strip(),
                PlanFacts.lastWorkingDay(plan).map(formats::date).orElse(""),
                deliverables,
                deliverables.stream().filter(d -> !d.delivered()).toList(),
                payments,
                payments.stream().filter(PaymentRow::outstanding).toList(),
                PlanFacts.outstandingTotals(plan).entrySet().stream()
                        .map(e -> formats.money(e.getValue(), e.getKey())).toList(),
                options.finalFilesAfterPayment(),
                nonBlank(writeUp.otherConditions()),
                options.referrals().stream().map(ReferralRow::of).filter(r -> !r.name().isEmpty()).toList(),
                options.offerInterviewHelp(),
                nonBlank(options.interimTools()),
                options.itemsToReturn().stream().map(ReturnRow::of).filter(r -> !r.name().isEmpty()).toList(),
                nonBlank(options.accessToRevoke()),
                options.offerBriefReplacement(),
                thanks.message().strip(),
                thanks.referencesOffered().strip(),
                thanks.keepReferring(),
                oneLine(writeUp.emailSubject()),
                writeUp.closing().strip(),
                signOff(writeUp.signOff(), language),
                pageSize(writeUp.paperSize().resolve(plan.client())),
                conventions.tag(),
                Salutation.of(plan.client(), conventions, words, letter),
                deliverables.stream().filter(DeliverableRow::delivered).toList(),
                formats.date(notice.givenOn()),
                milestone ? "" : NoticePeriod.of(notice, language),
                milestone ? Salutation.lowerLeadingArticle(oneLine(notice.milestoneName())) : "",
                oneLine(notice.agreement()),
                oneLine(notice.noticeClause()),
                notice.newRequestsCutoffOrNoticeDay().map(formats::date).orElse(""),
                lines(writeUp.paymentDetails()),
                formats.date(options.supportUntil()),
                writeUp.registeredPost(),
                words.terms(),
                Punctuation.of(conventions),
                letter ? Salutation.formalClosing(plan.client(), conventions) : "",
                writeUp.confirmation() == Confirmation.AGREEMENT,
                Edited.of(writeUp, language, words));
    }

    public boolean hasDeliverables() {
        return !deliverables.isEmpty();
    }

    public boolean hasRemainingDeliverables() {
        return !remainingDeliverables.isEmpty();
    }

    public boolean hasPayments() {
        return !payments.isEmpty();
    }

    public boolean hasOutstandingPayments() {
        return !outstandingPayments.isEmpty();
    }

    public boolean hasOtherConditions() {
        return !otherConditions.isEmpty();
    }

    public boolean hasReferrals() {
        return !referrals.isEmpty();
    }

    public boolean hasInterimTools() {
        return !interimTools.isEmpty();
    }

    public boolean hasItemsToReturn() {
        return !itemsToReturn.isEmpty();
    }

    public boolean hasAccessToRevoke() {
        return !accessToRevoke.isEmpty();
    }

    /** Whether any way forward is offered: referrals, interview help, tools, returns, briefing. */
    public boolean hasOptions() {
        return !referrals.isEmpty() || interviewHelp || !interimTools.isEmpty() || !itemsToReturn.isEmpty()
                || briefReplacement;
    }

    /** Whether the email lists what the freelancer can do: referrals, interviews, briefing, returns. */
    public boolean hasOffers() {
        return !referrals.isEmpty() || interviewHelp || briefReplacement || !itemsToReturn.isEmpty();
    }

    /** Whether the letter has a handover section: items returned, access given up, briefing. */
    public boolean hasHandover() {
        return !itemsToReturn.isEmpty() || !accessToRevoke.isEmpty() || briefReplacement;
    }

    /** Whether anything is offered beyond the handover: referrals, interview help, tools. */
    public boolean hasSupport() {
        return !referrals.isEmpty() || interviewHelp || !interimTools.isEmpty();
    }

    /** Whether the letter has a support passage: something offered, or questions answered after the last day. */
    public boolean hasSupportSection() {
        return hasSupport() || !supportUntil.isEmpty();
    }

    public boolean hasDeliveredDeliverables() {
        return !deliveredDeliverables.isEmpty();
    }

    /** Every invoice listed is paid: nothing is outstanding. */
    public boolean nothingOutstanding() {
        return !payments.isEmpty() && outstandingPayments.isEmpty();
    }

    /** The outstanding total when all is owed in one currency; empty otherwise. */
    public String outstandingTotal() {
        return outstandingTotals.size() == 1 ? outstandingTotals.get(0) : "";
    }

    /** Amounts are owed in several currencies: the totals are a list, one per currency. */
    public boolean hasSeveralTotals() {
        return outstandingTotals.size() > 1;
    }

    public boolean hasPaymentDetails() {
        return !paymentDetailsLines.isEmpty() && !outstandingPayments.isEmpty();
    }

    /** Payment details were given, whether or not anything is still owed. */
    public boolean hasPaymentDetailsText() {
        return !paymentDetailsLines.isEmpty();
    }

    /** The letter refers to the agreement: its title, its notice clause, or both. */
    public boolean hasAgreementReference() {
        return !agreement.isEmpty() || !noticeClause.isEmpty();
    }

    /** The notice ends at a natural stopping point rather than after a period. */
    public boolean noticeAtMilestone() {
        return noticePeriod.isEmpty();
    }

    /** Whether the letter sets out anything beyond the end itself. */
    public boolean hasArrangements() {
        return hasRemainingDeliverables() || hasPayments() || hasHandover() || hasSupport() || hasOtherConditions();
    }

    /** Whether the freelancer offers to act as a reference or to keep referring work. */
    public boolean hasGoodwill() {
        return !referencesOffered.isEmpty() || keepReferring;
    }

    private static List<String> nonBlank(List<String> items) {
        return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The CSS page size for a resolved paper size. */
    static String pageSize(PaperSize size) {
        return size == PaperSize.LETTER ? "letter" : "A4";
    }

    /**
     * The freelancer, as the sender. {@code signature} falls back to the name;
     * {@code addressLines} is the postal address, one item a line; {@code city} is where the
     * letter is written from, for its place and date line.
     */
    public record Sender(String name, String business, String email, String phone, String signature,
            List<String> addressLines, String city, List<String> signatureLines) {

        static Sender of(Freelancer f) {
            String signature = f.signature().isBlank() ? f.name() : f.signature();
            return new Sender(f.name().strip(), f.businessName().strip(), f.email().strip(), f.phone().strip(),
                    oneLine(signature), lines(f.postalAddress()), oneLine(f.city()), lines(signature));
        }

        /** Email and phone on one line, separated by a middle dot, for the sign-off. */
        public String contact() {
            return String.join(" · ", nonBlank(List.of(email, phone)));
        }
    }

    /**
     * The client, as the recipient. {@code greetingName} is the name the greeting uses, else
     * the company; {@code attention} is the address block's line for the contact ("For the
     * attention of Ms Priya Shah", "À l'attention de Mme Émilie Tremblay"), empty without one;
     * {@code addressLines} end with the client's country when the letter crosses a border.
     */
    public record Recipient(String company, String contactName, String greetingName, String email,
            List<String> addressLines, String attention) {

        static Recipient of(Client c, Freelancer from, DocumentLocale conventions, Words words) {
            String greeting = c.nameToGreet().isEmpty() ? c.company().strip() : c.nameToGreet();
            return new Recipient(c.company().strip(), c.contactName().strip(), greeting,
                    c.email().strip(), Addresses.lines(c.postalAddress(), c.countryCode(), from.countryCode(),
                            conventions), Salutation.attention(c, conventions, words));
        }
    }

    /** The freelancer's own sign-off; in English it ends with a comma unless it ends with punctuation. */
    private static String signOff(String typed, Language language) {
        String text = oneLine(typed);
        if (language == Language.EN && !text.isEmpty() && !text.matches("(?s).*[,.!?:;…]$")) {
            return text + ",";
        }
        return text;
    }

    /** Punctuation as the reader's typography spaces it: {@code ?} in English and in Quebec, {@code  ?} in France. */
    public record Punctuation(String colon, String semicolon, String question, String exclamation) {

        static Punctuation of(DocumentLocale conventions) {
            String high = conventions.spaceBeforeHighPunctuation();
            return new Punctuation(conventions.spaceBeforeColon() + ":", high + ";", high + "?", high + "!");
        }
    }

    /** A deliverable with its due date and status in words. */
    public record DeliverableRow(String name, List<String> descriptionLines, String dueDate, String status,
            boolean delivered) {

        static DeliverableRow of(Deliverable d, Formats formats, Words words) {
            return new DeliverableRow(d.name().strip(), lines(d.description()), formats.date(d.dueDate()),
                    words.status(d.status()), d.status() == Deliverable.Status.DELIVERED);
        }
    }

    /** A payment with its amount, due date and status in words. */
    public record PaymentRow(String invoice, String amount, String dueDate, String status, boolean outstanding,
            boolean overdue) {

        static PaymentRow of(Payment p, Formats formats, Words words) {
            return new PaymentRow(p.invoiceRef().strip(), formats.money(p.amount(), p.currency()),
                    formats.date(p.dueDate()), words.status(p.status()), p.isOutstanding(),
                    p.status() == Payment.Status.OVERDUE);
        }
    }

    /** Someone the client could turn to next. */
    public record ReferralRow(String name, String speciality, String contact) {

        static ReferralRow of(Referral r) {
            return new ReferralRow(r.name().strip(), r.speciality().strip(), r.contact().strip());
        }

        /** The contact when it is an email address, for a {@code mailto:} link; else empty. */
        public String contactEmail() {
            return Addresses.isEmail(contact) ? contact : "";
        }
    }

    /** Something that goes back to the client, and how it travels. */
    public record ReturnRow(String name, String handover) {

        static ReturnRow of(ReturnItem item) {
            return new ReturnRow(item.name().strip(), item.handover().strip());
        }
    }

    /**
     * The sections the freelancer worded, as the letter shows them: for each, a list of
     * {@link Wording.Block}s, empty when the section is generated. An edit made for documents
     * in another language is left out. {@code rows} lists every edit, in any language, for the
     * private plan.
     */
    public record Edited(List<Wording.Block> opening, List<Wording.Block> notice,
            List<Wording.Block> deliverables, List<Wording.Block> payments, List<Wording.Block> handover,
            List<Wording.Block> support, List<Wording.Block> thanks, List<Wording.Block> closing,
            List<EditedRow> rows) {

        static Edited of(WriteUp writeUp, Language language, Words words) {
            java.util.EnumMap<dev.offboard.plan.Section, List<Wording.Block>> blocks =
                    new java.util.EnumMap<>(dev.offboard.plan.Section.class);
            for (dev.offboard.plan.Section section : dev.offboard.plan.Section.values()) {
                blocks.put(section, writeUp.edit(section).filter(e -> e.language() == language)
                        .map(e -> Wording.blocks(e.text())).orElse(List.of()));
            }
            List<EditedRow> rows = writeUp.edits().stream().map(e -> new EditedRow(
                    words.get("section", e.section()), e.text().strip(), e.language() == language)).toList();
            return new Edited(blocks.get(dev.offboard.plan.Section.OPENING),
                    blocks.get(dev.offboard.plan.Section.NOTICE), blocks.get(dev.offboard.plan.Section.DELIVERABLES),
                    blocks.get(dev.offboard.plan.Section.PAYMENTS), blocks.get(dev.offboard.plan.Section.HANDOVER),
                    blocks.get(dev.offboard.plan.Section.SUPPORT), blocks.get(dev.offboard.plan.Section.THANKS),
                    blocks.get(dev.offboard.plan.Section.CLOSING), rows);
        }

        /** Whether the freelancer worded any section, in any language. */
        public boolean hasRows() {
            return !rows.isEmpty();
        }
    }

    /**
     * One edited section, for the private plan: its name, the text, and whether documents in
     * this language use it.
     */
    public record EditedRow(String section, String text, boolean used) {
    }
}
