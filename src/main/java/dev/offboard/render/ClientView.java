package dev.offboard.render;

import dev.offboard.plan.Client;
import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Language;
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
        String pageSize) {

    /** The view for the email, which carries no date. */
    public static ClientView forEmail(Plan plan, Language language) {
        return build(plan, language, null);
    }

    /** The view for the letter, dated {@code date}. */
    public static ClientView forLetter(Plan plan, Language language, LocalDate date) {
        return build(plan, language, date);
    }

    private static ClientView build(Plan plan, Language language, LocalDate date) {
        Formats formats = new Formats(language);
        Words words = new Words(language);
        Options options = plan.options();
        Thanks thanks = plan.thanks();
        WriteUp writeUp = plan.writeUp();
        List<DeliverableRow> deliverables = plan.deliverables().stream()
                .map(d -> DeliverableRow.of(d, formats, words)).toList();
        List<PaymentRow> payments = plan.payments().stream()
                .map(p -> PaymentRow.of(p, formats, words)).toList();
        return new ClientView(
                language.code(),
                formats.date(date),
                Sender.of(plan.freelancer()),
                Recipient.of(plan.client()),
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
                oneLine(writeUp.signOff()),
                pageSize(writeUp.paperSize().resolve(plan.client())));
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

    /** Whether the letter has a handover section: items returned, access given up, briefing. */
    public boolean hasHandover() {
        return !itemsToReturn.isEmpty() || !accessToRevoke.isEmpty() || briefReplacement;
    }

    /** Whether anything is offered beyond the handover: referrals, interview help, tools. */
    public boolean hasSupport() {
        return !referrals.isEmpty() || interviewHelp || !interimTools.isEmpty();
    }

    /** Whether the freelancer offers to act as a reference or to keep referring work. */
    public boolean hasGoodwill() {
        return !referencesOffered.isEmpty() || keepReferring;
    }

    private static List<String> nonBlank(List<String> items) {
        return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    private static List<String> lines(String text) {
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
            List<String> addressLines, String city) {

        static Sender of(Freelancer f) {
            String signature = f.signature().isBlank() ? f.name() : f.signature();
            return new Sender(f.name().strip(), f.businessName().strip(), f.email().strip(), f.phone().strip(),
                    oneLine(signature), lines(f.postalAddress()), oneLine(f.city()));
        }

        /** Email and phone on one line, separated by a middle dot, for the sign-off. */
        public String contact() {
            return String.join(" · ", nonBlank(List.of(email, phone)));
        }
    }

    /** The client, as the recipient. {@code greetingName} is the contact, else the company. */
    public record Recipient(String company, String contactName, String greetingName, String email,
            List<String> addressLines) {

        static Recipient of(Client c) {
            return new Recipient(c.company().strip(), c.contactName().strip(), c.greetingName().strip(),
                    c.email().strip(), lines(c.postalAddress()));
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
    }

    /** Something that goes back to the client, and how it travels. */
    public record ReturnRow(String name, String handover) {

        static ReturnRow of(ReturnItem item) {
            return new ReturnRow(item.name().strip(), item.handover().strip());
        }
    }
}
