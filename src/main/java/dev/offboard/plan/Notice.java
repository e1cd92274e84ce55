package dev.offboard.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Step 3, notice: when notice is given and how long it runs.
 *
 * <p>Either a period ({@link NoticeKind#PERIOD}: {@code length} {@code unit}s, counted in
 * business or calendar days) or a natural stopping point ({@link NoticeKind#MILESTONE}: a
 * named milestone and its date). The last working day is derived, never stored.
 */
public record Notice(
        LocalDate givenOn,
        NoticeKind kind,
        int length,
        NoticeUnit unit,
        DayCount counting,
        String milestoneName,
        LocalDate milestoneDate) {

    public Notice {
        kind = kind == null ? NoticeKind.PERIOD : kind;
        unit = unit == null ? NoticeUnit.WEEKS : unit;
        counting = counting == null ? DayCount.BUSINESS_DAYS : counting;
        milestoneName = Text.clean(milestoneName);
    }

    public static Notice empty() {
        return new Notice(null, NoticeKind.PERIOD, 2, NoticeUnit.WEEKS, DayCount.BUSINESS_DAYS, "", null);
    }

    /** Two weeks counted in business days, from the given date. */
    public static Notice twoWeeks(LocalDate givenOn) {
        return new Notice(givenOn, NoticeKind.PERIOD, 2, NoticeUnit.WEEKS, DayCount.BUSINESS_DAYS, "", null);
    }

    /** The last working day, when the notice is complete enough to tell. */
    public Optional<LocalDate> lastWorkingDay() {
        return switch (kind) {
            case MILESTONE -> Optional.ofNullable(milestoneDate);
            case PERIOD -> givenOn == null || length <= 0
                    ? Optional.empty()
                    : Optional.of(BusinessDays.lastWorkingDay(givenOn, length, unit, counting));
        };
    }

    /** The notice length in business days, for comparing with the guide's advice. */
    public Optional<Integer> businessDays() {
        return lastWorkingDay().flatMap(last -> givenOn == null || last.isBefore(givenOn)
                ? Optional.empty()
                : Optional.of(BusinessDays.between(givenOn, last)));
    }

    public enum NoticeKind { PERIOD, MILESTONE }

    public enum NoticeUnit { DAYS, WEEKS }

    public enum DayCount { BUSINESS_DAYS, CALENDAR_DAYS }

    public Notice withGivenOn(LocalDate value) {
        return new Notice(value, kind, length, unit, counting, milestoneName, milestoneDate);
    }

    public Notice withKind(NoticeKind value) {
        return new Notice(givenOn, value, length, unit, counting, milestoneName, milestoneDate);
    }

    public Notice withLength(int value) {
        return new Notice(givenOn, kind, value, unit, counting, milestoneName, milestoneDate);
    }

    public Notice withUnit(NoticeUnit value) {
        return new Notice(givenOn, kind, length, value, counting, milestoneName, milestoneDate);
    }

    public Notice withCounting(DayCount value) {
        return new Notice(givenOn, kind, length, unit, value, milestoneName, milestoneDate);
    }

    public Notice withMilestoneName(String value) {
        return new Notice(givenOn, kind, length, unit, counting, value, milestoneDate);
    }

    public Notice withMilestoneDate(LocalDate value) {
        return new Notice(givenOn, kind, length, unit, counting, milestoneName, value);
    }
}
