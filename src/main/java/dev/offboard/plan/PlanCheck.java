package dev.offboard.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a plan: errors that stop the documents from being made, and warnings the
 * freelancer should see before sending them.
 */
public final class PlanCheck {

    /** The guide's usual minimum: two weeks of notice, in business days. */
    public static final int SUGGESTED_NOTICE_BUSINESS_DAYS = 10;
    /** Longest notice period accepted, in days (weeks count seven). */
    public static final int MAX_NOTICE_DAYS = 366;

    private static final String SECRET_PREFIX = "secret.";
    /** Private lines shorter than this are not looked for in edited sections. */
    private static final int MIN_PRIVATE_LINE = 16;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * The guards' findings for the texts checked lately. The wizard checks the whole plan
     * after every keystroke, which changes one text: the others are found here instead of
     * being scanned again. Findings depend on the text alone.
     */
    private static final Map<String, TextFindings> RECENT_TEXTS = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, TextFindings> eldest) {
                    return size() > 256;
                }
            });

    /** What the guards found in one text, and the language it looks written in, if it is clear. */
    private record TextFindings(List<ToneGuard.Finding> tone, List<SecretGuard.Finding> secrets,
            Optional<Language> written) {
    }

    private PlanCheck() {
    }

    /** Every problem, errors first, each group in plan order. */
    public static List<Problem> check(Plan plan) {
        return check(plan, Integer.MAX_VALUE);
    }

    /**
     * {@link #check(Plan)}, but texts of {@code largeText} characters or more whose guard
     * findings are not known yet are left unscanned: the window checks after every keystroke
     * on its event thread, and scans such texts on another ({@link #scanGuards}).
     * {@link #unscanned} lists them.
     */
    public static List<Problem> check(Plan plan, int largeText) {
        List<Problem> problems = new ArrayList<>(PlanLimits.check(plan));
        checkPeople(plan, problems);
        Set<String> regions = PlanFacts.holidayRegions(plan);
        Optional<LocalDate> lastDay = checkNotice(plan.notice(), regions, problems);
        checkDeliverables(plan.deliverables(), lastDay, problems);
        checkPayments(plan.payments(), lastDay, problems);
        checkHolidays(plan, regions, lastDay, problems);
        checkClientFacingText(plan, problems, largeText);
        checkEditsKeepPrivateTextOut(plan, problems);
        checkDates(plan, regions, lastDay, problems);
        if (plan.assessment().decision() == Decision.RENEGOTIATE_FIRST || plan.assessment().decision() == Decision.WAIT) {
            problems.add(Problem.warning(FieldPath.of("assessment.decision"), "assessment.decision.notPartWays"));
        }
        List<Problem> sorted = new ArrayList<>(problems.stream().filter(Problem::isError).toList());
        sorted.addAll(problems.stream().filter(p -> !p.isError()).toList());
        return List.copyOf(sorted);
    }

    /**
     * Client-facing text that looks like a password, key, token or card number. Exports
     * ask for confirmation while this is not empty.
     */
    public static List<Problem> suspectedSecrets(Plan plan) {
        return suspectedSecrets(check(plan));
    }

    /** The suspected secrets among problems already found by {@link #check}. */
    public static List<Problem> suspectedSecrets(List<Problem> problems) {
        return problems.stream().filter(p -> p.code().startsWith(SECRET_PREFIX)).toList();
    }

    /** True when nothing stops the documents from being made. */
    public static boolean canRender(Plan plan) {
        return check(plan).stream().noneMatch(Problem::isError);
    }

    /** The client-facing texts of {@code largeText} characters or more that the guards have not scanned yet. */
    public static List<String> unscanned(Plan plan, int largeText) {
        return PlanText.clientFacing(plan).stream().map(PlanText.Entry::text)
                .filter(text -> text.length() >= largeText && !RECENT_TEXTS.containsKey(text)).distinct().toList();
    }

    /** Runs the tone and secret guards over {@code texts} and keeps their findings for the next check. */
    public static void scanGuards(List<String> texts) {
        for (String text : texts) {
            findings(text);
        }
    }

    private static TextFindings findings(String text) {
        TextFindings known = RECENT_TEXTS.get(text);
        if (known != null) {
            return known;
        }
        TextFindings found = new TextFindings(List.copyOf(ToneGuard.scan(text)), List.copyOf(SecretGuard.scan(text)),
                TextLanguage.guess(text));
        RECENT_TEXTS.put(text, found);
        return found;
    }

    /**
     * Tone and secret guards over every text that can reach the client, and a warning where the
     * freelancer's own text is in the other language than the documents, which quote it as written.
     */
    private static void checkClientFacingText(Plan plan, List<Problem> problems, int largeText) {
        Language documents = plan.client().language();
        for (PlanText.Entry entry : PlanText.clientFacing(plan)) {
            TextFindings found = entry.text().length() < largeText ? findings(entry.text()) : RECENT_TEXTS.get(entry.text());
            if (found == null) {
                continue;
            }
            found.written().filter(written -> written != documents && !isEditForOtherLanguage(plan, entry.path()))
                    .ifPresent(written -> problems.add(Problem.warning(entry.path(), "text.otherLanguage." + written.name())));
            for (ToneGuard.Finding finding : found.tone()) {
                String words = entry.text().substring(finding.start(), finding.end());
                problems.add(Problem.warning(entry.path(),
                        finding.kind() == ToneGuard.Kind.BREAK_UP ? "tone.breakUp" : "tone.blame", words));
            }
            for (SecretGuard.Finding finding : found.secrets()) {
                problems.add(Problem.warning(entry.path(), SECRET_PREFIX + finding.kind().name()));
            }
        }
    }

    /**
     * Whether {@code path} is the text of an edit worded for the other language: the documents
     * leave it out, and say so ({@code edit.otherLanguage}).
     */
    private static boolean isEditForOtherLanguage(Plan plan, String path) {
        List<EditedText> edits = plan.writeUp().edits();
        for (int i = 0; i < edits.size(); i++) {
            if (path.equals(FieldPath.of("writeUp.edits").row(i).field("text").value())) {
                return edits.get(i).language() != plan.client().language();
            }
        }
        return false;
    }

    /**
     * Private text pasted into an edited section: the freelancer's script or notes would reach
     * the client. A suspected secret, so the exports ask before sending it. Lines shorter than
     * {@link #MIN_PRIVATE_LINE} are not looked for: a word like "none" says nothing.
     */
    private static void checkEditsKeepPrivateTextOut(Plan plan, List<Problem> problems) {
        List<EditedText> edits = plan.writeUp().edits();
        if (edits.isEmpty()) {
            return;
        }
        List<PlanText.Entry> privateTexts = PlanText.entries(plan).stream().filter(PlanText.Entry::isPrivate).toList();
        for (int i = 0; i < edits.size(); i++) {
            String edited = spaced(edits.get(i).text());
            for (PlanText.Entry entry : privateTexts) {
                boolean found = entry.text().lines().map(PlanCheck::spaced)
                        .filter(line -> line.codePointCount(0, line.length()) >= MIN_PRIVATE_LINE)
                        .anyMatch(edited::contains);
                if (found) {
                    problems.add(Problem.warning(FieldPath.of("writeUp.edits").row(i).field("text"),
                            SECRET_PREFIX + "privateText", entry.path()));
                    break;
                }
            }
        }
    }

    /** Runs of white space as one space, stripped: how text reads once in a document. */
    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void checkPeople(Plan plan, List<Problem> problems) {
        if (plan.freelancer().name().isBlank()) {
            problems.add(Problem.error(FieldPath.of("freelancer.name"), "freelancer.name.missing"));
        }
        if (!plan.freelancer().email().isBlank() && !EMAIL.matcher(plan.freelancer().email().strip()).matches()) {
            problems.add(Problem.warning(FieldPath.of("freelancer.email"), "email.malformed",
                    plan.freelancer().email()));
        }
        Client client = plan.client();
        if (client.company().isBlank() && client.contactName().isBlank()) {
            problems.add(Problem.error(FieldPath.of("client.company"), "client.name.missing"));
        }
        if (client.email().isBlank()) {
            problems.add(Problem.warning(FieldPath.of("client.email"), "client.email.missing"));
        } else if (!EMAIL.matcher(client.email().strip()).matches()) {
            problems.add(Problem.warning(FieldPath.of("client.email"), "email.malformed", client.email()));
        }
        BigDecimal share = client.revenueSharePercent();
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(Problem.error(FieldPath.of("client.revenueSharePercent"), "client.revenueShare.range",
                    share.toPlainString()));
        }
    }

    /**
     * Dates that fall on a public holiday of the client's or the freelancer's country: the last
     * working day (a milestone can) and the due dates still open.
     */
    private static void checkHolidays(Plan plan, Set<String> regions, Optional<LocalDate> lastDay,
            List<Problem> problems) {
        if (regions.isEmpty()) {
            return;
        }
        List<String> order = List.copyOf(regions);
        lastDay.filter(day -> PublicHolidays.isHoliday(day, regions)).ifPresent(day -> problems.add(Problem.warning(
                plan.notice().kind() == Notice.NoticeKind.MILESTONE ? "notice.milestoneDate" : "notice.givenOn",
                "notice.lastDay.holiday", day, new PublicHolidays.Name(day, order))));
        for (int i = 0; i < plan.deliverables().size(); i++) {
            Deliverable deliverable = plan.deliverables().get(i);
            LocalDate due = deliverable.dueDate();
            if (due != null && deliverable.status() != Deliverable.Status.DELIVERED
                    && PublicHolidays.isHoliday(due, regions)) {
                problems.add(Problem.warning(FieldPath.of("deliverables").row(i).field("dueDate"),
                        "deliverable.dueOnHoliday",
                        displayName(deliverable.name(), i), due, new PublicHolidays.Name(due, order)));
            }
        }
        for (int i = 0; i < plan.payments().size(); i++) {
            Payment payment = plan.payments().get(i);
            LocalDate due = payment.dueDate();
            if (due != null && payment.isOutstanding() && PublicHolidays.isHoliday(due, regions)) {
                problems.add(Problem.warning(FieldPath.of("payments").row(i).field("dueDate"), "payment.dueOnHoliday",
                        displayName(payment.invoiceRef(), i), due, new PublicHolidays.Name(due, order)));
            }
        }
    }

    private static Optional<LocalDate> checkNotice(Notice notice, Set<String> regions, List<Problem> problems) {
        switch (notice.kind()) {
            case PERIOD -> {
                if (notice.givenOn() == null) {
                    problems.add(Problem.error(FieldPath.of("notice.givenOn"), "notice.givenOn.missing"));
                    return Optional.empty();
                }
                int days = notice.unit() == Notice.NoticeUnit.WEEKS ? 7 * notice.length() : notice.length();
                if (notice.length() <= 0 || notice.length() > MAX_NOTICE_DAYS || days > MAX_NOTICE_DAYS) {
                    problems.add(Problem.error(FieldPath.of("notice.length"), "notice.length.range", MAX_NOTICE_DAYS));
                    return Optional.empty();
                }
            }
            case MILESTONE -> {
                if (notice.milestoneDate() == null) {
                    problems.add(Problem.error(FieldPath.of("notice.milestoneDate"), "notice.milestoneDate.missing"));
                    return Optional.empty();
                }
                if (notice.milestoneName().isBlank()) {
                    problems.add(Problem.warning(FieldPath.of("notice.milestoneName"), "notice.milestoneName.missing"));
                }
                if (notice.givenOn() != null && notice.milestoneDate().isBefore(notice.givenOn())) {
                    problems.add(Problem.error(FieldPath.of("notice.milestoneDate"),
                            "notice.milestoneDate.beforeNotice"));
                    return Optional.empty();
                }
                if (notice.givenOn() == null) {
                    problems.add(Problem.warning(FieldPath.of("notice.givenOn"), "notice.givenOn.missing"));
                }
                if (!BusinessDays.isBusinessDay(notice.milestoneDate())) {
                    problems.add(Problem.warning(FieldPath.of("notice.milestoneDate"), "notice.milestoneDate.weekend"));
                }
            }
        }
        notice.businessDays(regions)
                .filter(days -> notice.kind() == Notice.NoticeKind.PERIOD && days < SUGGESTED_NOTICE_BUSINESS_DAYS)
                .ifPresent(days -> problems.add(Problem.warning(FieldPath.of("notice.length"), "notice.short", days,
                        SUGGESTED_NOTICE_BUSINESS_DAYS)));
        return notice.lastWorkingDay(regions);
    }

    private static void checkDeliverables(List<Deliverable> deliverables, Optional<LocalDate> lastDay,
            List<Problem> problems) {
        for (int i = 0; i < deliverables.size(); i++) {
            Deliverable deliverable = deliverables.get(i);
            FieldPath path = FieldPath.of("deliverables").row(i);
            if (deliverable.name().isBlank()) {
                problems.add(Problem.error(path.field("name"), "deliverable.name.missing", i + 1));
            }
            if (deliverable.dueDate() != null && deliverable.status() != Deliverable.Status.DELIVERED
                    && lastDay.isPresent() && deliverable.dueDate().isAfter(lastDay.get())) {
                problems.add(Problem.error(path.field("dueDate"), "deliverable.dueAfterLastDay",
                        displayName(deliverable.name(), i), deliverable.dueDate(), lastDay.get()));
            }
        }
    }

    private static void checkPayments(List<Payment> payments, Optional<LocalDate> lastDay, List<Problem> problems) {
        for (int i = 0; i < payments.size(); i++) {
            Payment payment = payments.get(i);
            FieldPath path = FieldPath.of("payments").row(i);
            String name = displayName(payment.invoiceRef(), i);
            if (payment.amount() == null) {
                problems.add(Problem.error(path.field("amount"), "payment.amount.missing", name));
            } else if (payment.amount().signum() < 0) {
                problems.add(Problem.error(path.field("amount"), "payment.amount.negative", name));
            }
            if (payment.currency() == null) {
                problems.add(Problem.error(path.field("currency"), "payment.currency.missing", name));
            }
            if (payment.isOutstanding() && payment.dueDate() != null && lastDay.isPresent()
                    && payment.dueDate().isAfter(lastDay.get())) {
                problems.add(Problem.warning(path.field("dueDate"), "payment.dueAfterLastDay",
                        name, payment.dueDate(), lastDay.get()));
            }
        }
    }

    /**
     * Dates the letter states: a last day on a public holiday, and a letter dated before the
     * conversation it says has taken place.
     */
    private static void checkDates(Plan plan, Set<String> regions, Optional<LocalDate> lastDay,
            List<Problem> problems) {
        // With a country, checkHolidays knows its calendar; without one, the days every client keeps.
        lastDay.filter(day -> regions.isEmpty() && isPublicHoliday(day)).ifPresent(day -> problems.add(
                Problem.warning(plan.notice().kind() == Notice.NoticeKind.MILESTONE ? "notice.milestoneDate"
                        : "notice.length", "notice.lastDay.commonHoliday", day)));
        LocalDate talk = plan.conversation().date();
        LocalDate letter = plan.writeUp().letterDate() != null ? plan.writeUp().letterDate() : plan.notice().givenOn();
        if (talk != null && letter != null && talk.isAfter(letter)) {
            problems.add(Problem.warning(FieldPath.of("writeUp.letterDate"), "letter.beforeConversation", letter,
                    talk));
        }
    }

    /**
     * Whether a day is a public holiday. Christmas Day and New Year's Day are holidays in every
     * country Offboard writes for; a fuller calendar, by country, can take this method's place.
     */
    static boolean isPublicHoliday(LocalDate date) {
        return date.getMonthValue() == 12 && date.getDayOfMonth() == 25
                || date.getMonthValue() == 1 && date.getDayOfMonth() == 1;
    }

    private static String displayName(String name, int index) {
        return name.isBlank() ? "#" + (index + 1) : name;
    }
}
