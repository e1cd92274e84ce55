package dev.offboard.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Step 3, notice: when notice is given and how long it runs.
 *
 * <p>Either a period ({@link NoticeKind#PERIOD}: {@code length} {@code unit}s, counted in
 * business or calendar days) or a natural stopping point ({@link NoticeKind#MILESTONE}: a
 * named milestone and its date). The last working day is derived, never stored.
 *
 * @param agreement the agreement whose notice terms apply, as its title reads ("Design services
 *     agreement, March 2024"), or empty
 * @param noticeClause the clause of that agreement on notice, such as {@code 9.2}, or empty
 * @param newRequestsCutoff the day after which new requests are out of scope; null: the day
 *     notice is given
 */
public record Notice(
        LocalDate givenOn,
        NoticeKind kind,
        int length,
        NoticeUnit unit,
        DayCount counting,
        String milestoneName,
        LocalDate milestoneDate,
        String agreement,
        String noticeClause,
        LocalDate newRequestsCutoff) {

    public Notice {
        kind = kind == null ? NoticeKind.PERIOD : kind;
        unit = unit == null ? NoticeUnit.WEEKS : unit;
        counting = counting == null ? DayCount.BUSINESS_DAYS : counting;
        milestoneName = Text.clean(milestoneName);
        agreement = Text.clean(agreement);
        noticeClause = Text.clean(noticeClause);
    }

    /** Without a reference to the agreement, new requests out of scope from the notice day. */
    public Notice(LocalDate givenOn, NoticeKind kind, int length, NoticeUnit unit, DayCount counting,
            String milestoneName, LocalDate milestoneDate) {
        this(givenOn, kind, length, unit, counting, milestoneName, milestoneDate, "", "", null);
    }

    public static Notice empty() {
        return new Notice(null, NoticeKind.PERIOD, 2, NoticeUnit.WEEKS, DayCount.BUSINESS_DAYS, "", null);
    }

    /**
     * The day after which new requests are out of scope: the one chosen, else the day notice
     * is given; empty when neither is known.
     */
    public Optional<LocalDate> newRequestsCutoffOrNoticeDay() {
        return Optional.ofNullable(newRequestsCutoff != null ? newRequestsCutoff : givenOn);
    }

    /** The same notice terms (agreement, clause, cutoff) with another length or kind. */
    public Notice withTerms(NoticeKind newKind, int newLength, NoticeUnit newUnit, DayCount newCounting) {
        return new Notice(givenOn, newKind, newLength, newUnit, newCounting, milestoneName, milestoneDate,
                agreement, noticeClause, newRequestsCutoff);
    }

    /** Two weeks counted in business days, from the given date. */
    public static Notice twoWeeks(LocalDate givenOn) {
        return new Notice(givenOn, NoticeKind.PERIOD, 2, NoticeUnit.WEEKS, DayCount.BUSINESS_DAYS, "", null);
    }

    /** The last working day, when the notice is complete enough to tell, counting weekends only. */
    public Optional<LocalDate> lastWorkingDay() {
        return lastWorkingDay(Set.of());
    }

    /**
     * The last working day, when the notice is complete enough to tell, with the public
     * holidays of {@code holidayRegions} not counted as working days ({@link BusinessDays}).
     * A plan's regions come from {@link PlanFacts#holidayRegions}.
     */
    public Optional<LocalDate> lastWorkingDay(Set<String> holidayRegions) {
        return switch (kind) {
            case MILESTONE -> Optional.ofNullable(milestoneDate);
            case PERIOD -> givenOn == null || length <= 0
                    ? Optional.empty()
                    : Optional.of(BusinessDays.lastWorkingDay(givenOn, length, unit, counting, holidayRegions));
        };
    }

    /** The notice length in business days, for comparing with the guide's advice. */
    public Optional<Integer> businessDays() {
        return businessDays(Set.of());
    }

    /** The notice length in business days of {@code holidayRegions}. */
    public Optional<Integer> businessDays(Set<String> holidayRegions) {
        return lastWorkingDay(holidayRegions).flatMap(last -> givenOn == null || last.isBefore(givenOn)
                ? Optional.empty()
                : Optional.of(BusinessDays.between(givenOn, last, holidayRegions)));
    }

    public enum NoticeKind { PERIOD, MILESTONE }

    public enum NoticeUnit { DAYS, WEEKS }

    public enum DayCount { BUSINESS_DAYS, CALENDAR_DAYS }

    public Notice withGivenOn(LocalDate value) {
        return new Notice(value, kind, length, unit, counting, milestoneName, milestoneDate, agreement,
                noticeClause, newRequestsCutoff);
    }

    public Notice withKind(NoticeKind value) {
        return new Notice(givenOn, value, length, unit, counting, milestoneName, milestoneDate, agreement,
                noticeClause, newRequestsCutoff);
    }

    public Notice withLength(int value) {
        return new Notice(givenOn, kind, value, unit, counting, milestoneName, milestoneDate, agreement,
                noticeClause, newRequestsCutoff);
    }

    public Notice withUnit(NoticeUnit value) {
        return new Notice(givenOn, kind, length, value, counting, milestoneName, milestoneDate, agreement,
                noticeClause, newRequestsCutoff);
    }

    public Notice withCounting(DayCount value) {
        return new Notice(givenOn, kind, length, unit, value, milestoneName, milestoneDate, agreement,
                noticeClause, newRequestsCutoff);
    }

    public Notice withMilestoneName(String value) {
        return new Notice(givenOn, kind, length, unit, counting, value, milestoneDate, agreement, noticeClause,
                newRequestsCutoff);
    }

    public Notice withMilestoneDate(LocalDate value) {
        return new Notice(givenOn, kind, length, unit, counting, milestoneName, value, agreement, noticeClause,
                newRequestsCutoff);
    }

    public Notice withAgreement(String value) {
        return new Notice(givenOn, kind, length, unit, counting, milestoneName, milestoneDate, value, noticeClause,
                newRequestsCutoff);
    }

    public Notice withNoticeClause(String value) {
        return new Notice(givenOn, kind, length, unit, counting, milestoneName, milestoneDate, agreement, value,
                newRequestsCutoff);
    }

    public Notice withNewRequestsCutoff(LocalDate value) {
        return new Notice(givenOn, kind, length, unit, counting, milestoneName, milestoneDate, agreement,
                noticeClause, value);
    }
}
