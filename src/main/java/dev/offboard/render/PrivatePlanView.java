package dev.offboard.render;

import dev.offboard.plan.Assessment;
import dev.offboard.plan.Conversation;
import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Language;
import dev.offboard.plan.Options;
import dev.offboard.plan.Payment;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the freelancer's own copy of the plan shows, formatted for one language: the
 * only class of the render layer allowed to read the plan's private components
 * ({@code RenderArchitectureTest} holds that line). Never handed to a client-facing template:
 * those only ever see {@link ClientView}.
 *
 * @param date the day the copy was made, formatted
 * @param pageSize the CSS page size, as for the letter
 * @param revenueShare the client's share of revenue, such as {@code 18%}, or empty
 * @param signs the common warning signs checked, in words
 * @param ownSigns signs of the freelancer's own
 * @param firstConsidered when ending was first considered, formatted, or empty
 * @param conversationDate the conversation's date, formatted, or empty
 * @param channel how the conversation takes place, in words ("by video call"), or empty
 * @param clientReason the reason the client hears, also in the letter
 * @param timeline the dates that matter, earliest first
 */
public record PrivatePlanView(
        String lang,
        String date,
        String pageSize,
        String freelancerName,
        String clientCompany,
        String clientContact,
        String revenueShare,
        List<String> signs,
        List<String> ownSigns,
        String notes,
        String workImpact,
        String revenueImpact,
        String firstConsidered,
        String decision,
        String conversationDate,
        String channel,
        String talkingPoints,
        String unmetExpectations,
        String script,
        String pushBackAnswer,
        String clientReason,
        List<TimelineRow> timeline,
        List<ClientView.ReturnRow> itemsToReturn,
        List<String> accessToRevoke,
        boolean briefReplacement,
        List<ClientView.ReferralRow> referrals,
        ClientView letter,
        String freelancerCountry,
        String clientCountry,
        String clientSince,
        String documentLanguage,
        String greeting,
        String noticeKind,
        String milestoneName,
        String milestoneDate,
        String letterDate,
        String paperSize) {

    /** The private plan of {@code plan}, dated {@code date}. */
    public static PrivatePlanView of(Plan plan, Language language, LocalDate date) {
        Formats formats = new Formats(language);
        Words words = new Words(language);
        Assessment a = plan.assessment();
        Conversation c = plan.conversation();
        Options options = plan.options();
        return new PrivatePlanView(
                language.code(),
                formats.date(date),
                ClientView.pageSize(plan.writeUp().paperSize().resolve(plan.client())),
                plan.freelancer().name().strip(),
                plan.client().company().strip(),
                plan.client().contactName().strip(),
                percent(plan.client().revenueSharePercent(), language),
                a.signs().stream().sorted().map(s -> words.get("sign", s)).toList(),
                nonBlank(a.ownSigns()),
                a.notes().strip(),
                a.workImpact().strip(),
                a.revenueImpact().strip(),
                formats.date(a.firstConsidered()),
                words.get("decision", a.decision()),
                formats.date(c.date()),
                c.channel() == null ? "" : words.get("channel", c.channel()),
                c.talkingPoints().strip(),
                c.unmetExpectations().strip(),
                c.script().strip(),
                c.pushBackAnswer().strip(),
                c.clientReason().strip(),
                timeline(plan, c.date(), formats, words),
                options.itemsToReturn().stream().map(ClientView.ReturnRow::of).filter(r -> !r.name().isEmpty())
                        .toList(),
                nonBlank(options.accessToRevoke()),
                options.offerBriefReplacement(),
                options.referrals().stream().map(ClientView.ReferralRow::of).filter(r -> !r.name().isEmpty())
                        .toList(),
                ClientView.forLetter(plan, language, PlanFacts.letterDate(plan, date)),
                country(plan.freelancer().country(), language),
                country(plan.client().country(), language),
                formats.date(plan.client().relationshipStart()),
                DocumentLocale.of(language, plan.client().country()).locale().getDisplayName(language.locale()),
                Salutation.of(plan.client(), DocumentLocale.of(language, plan.client().country()),
                        new Words(DocumentLocale.of(language, plan.client().country())), true),
                words.get("noticeKind", plan.notice().kind()),
                plan.notice().milestoneName().strip(),
                formats.date(plan.notice().milestoneDate()),
                formats.date(PlanFacts.letterDate(plan, date)),
                words.get("paper", plan.writeUp().paperSize().resolve(plan.client())));
    }

    /** A country code with its name in the document's language: {@code GB (United Kingdom)}; empty when none. */
    private static String country(String code, Language language) {
        String trimmed = code.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String name = new java.util.Locale("", trimmed.toUpperCase(java.util.Locale.ROOT))
                .getDisplayCountry(language.locale());
        return name.isEmpty() || name.equalsIgnoreCase(trimmed) ? trimmed : trimmed + " (" + name + ")";
    }

    public boolean hasSigns() {
        return !signs.isEmpty() || !ownSigns.isEmpty();
    }

    public boolean hasTimeline() {
        return !timeline.isEmpty();
    }

    public boolean hasItemsToReturn() {
        return !itemsToReturn.isEmpty();
    }

    public boolean hasAccessToRevoke() {
        return !accessToRevoke.isEmpty();
    }

    public boolean hasReferrals() {
        return !referrals.isEmpty();
    }

    /** Whether the conversation's date or channel is known. */
    public boolean hasConversationWhen() {
        return !conversationDate.isEmpty() || !channel.isEmpty();
    }

    /**
     * The conversation, notice, every deliverable and payment due, and the last working day,
     * sorted by date; entries without a date are left out. Equal dates keep that order.
     */
    private static List<TimelineRow> timeline(Plan plan, LocalDate conversation, Formats formats, Words words) {
        List<Dated> entries = new ArrayList<>();
        entries.add(new Dated(conversation, words.get("timeline.CONVERSATION"), ""));
        entries.add(new Dated(plan.notice().givenOn(), words.get("timeline.NOTICE"), ""));
        for (Deliverable d : plan.deliverables()) {
            entries.add(new Dated(d.dueDate(), words.get("timeline.DELIVERABLE"),
                    join(d.name().strip(), words.status(d.status()))));
        }
        for (Payment p : plan.payments()) {
            String label = p.isOutstanding() ? words.get("timeline.PAYMENT") : words.get("timeline.PAYMENT_PAID");
            entries.add(new Dated(p.dueDate(), label,
                    join(p.invoiceRef().strip(), formats.money(p.amount(), p.currency()))));
        }
        PlanFacts.lastWorkingDay(plan)
                .ifPresent(day -> entries.add(new Dated(day, words.get("timeline.LAST_DAY"), "")));
        return entries.stream()
                .filter(e -> e.date() != null)
                .sorted(Comparator.comparing(Dated::date))
                .map(e -> new TimelineRow(formats.date(e.date()), e.event(), e.detail()))
                .toList();
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " · " + second;
    }

    private static String percent(BigDecimal share, Language language) {
        if (share == null) {
            return "";
        }
        String number = share.stripTrailingZeros().toPlainString();
        return language == Language.FR ? number.replace('.', ',') + "\u00A0%" : number + "%";
    }

    private static List<String> nonBlank(List<String> items) {
        return items.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private record Dated(LocalDate date, String event, String detail) {
    }

    /** One date of the timeline: when, what, and which item (a deliverable, an invoice). */
    public record TimelineRow(String date, String event, String detail) {
    }
}
