package dev.offboard.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Working-day arithmetic. Business days are Monday to Friday, less the public holidays of the
 * given regions ({@link PublicHolidays}: ISO 3166 country codes, optionally with a subdivision
 * such as {@code "CA-QC"}); the methods without regions count weekends only.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    /** Monday to Friday. */
    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** Monday to Friday and a public holiday in none of {@code regions}. */
    public static boolean isBusinessDay(LocalDate date, Set<String> regions) {
        return isBusinessDay(date) && !PublicHolidays.isHoliday(date, regions);
    }

    /**
     * As {@link #lastWorkingDay(LocalDate, int, Notice.NoticeUnit, Notice.DayCount)}, with the
     * public holidays of {@code regions} not counted as business days, and a calendar-day notice
     * that ends on one moved back to the working day before.
     */
    public static LocalDate lastWorkingDay(LocalDate givenOn, int length, Notice.NoticeUnit unit,
            Notice.DayCount counting, Set<String> regions) {
        if (regions.isEmpty()) {
            return lastWorkingDay(givenOn, length, unit, counting);
        }
        if (length <= 0) {
            throw new IllegalArgumentException("notice length must be positive: " + length);
        }
        return switch (counting) {
            case BUSINESS_DAYS -> {
                long n = unit == Notice.NoticeUnit.WEEKS ? 5L * length : length;
                LocalDate date = givenOn;
                while (n > 0) {
                    date = date.plusDays(1);
                    if (isBusinessDay(date, regions)) {
                        n--;
                    }
                }
                yield date;
            }
            case CALENDAR_DAYS -> previousOrSameBusinessDay(
                    givenOn.plusDays(unit == Notice.NoticeUnit.WEEKS ? 7L * length : length), regions);
        };
    }

    /** The date itself when it is a business day in {@code regions}, else the last one before. */
    public static LocalDate previousOrSameBusinessDay(LocalDate date, Set<String> regions) {
        LocalDate result = date;
        while (!isBusinessDay(result, regions)) {
            result = result.minusDays(1);
        }
        return result;
    }

    /** Business days in {@code regions} after {@code from} up to and including {@code to}; 0 when to ≤ from. */
    public static int between(LocalDate from, LocalDate to, Set<String> regions) {
        if (regions.isEmpty()) {
            return between(from, to);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isBusinessDay(date, regions)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last working day of a notice given on {@code givenOn}.
     *
     * <p>Notice runs from the day after it is given. In business days, the result is the
     * n-th business day after {@code givenOn} (a week is five business days). In calendar
     * days, it is {@code givenOn} plus n days (a week is seven), moved back to the Friday
     * before when that falls on a weekend: nobody's last day of work is a Sunday.
     */
    public static LocalDate lastWorkingDay(LocalDate givenOn, int length, Notice.NoticeUnit unit,
            Notice.DayCount counting) {
        if (length <= 0) {
            throw new IllegalArgumentException("notice length must be positive: " + length);
        }
        return switch (counting) {
            case BUSINESS_DAYS -> plusBusinessDays(givenOn, unit == Notice.NoticeUnit.WEEKS ? 5L * length : length);
            case CALENDAR_DAYS -> previousOrSameBusinessDay(
                    givenOn.plusDays(unit == Notice.NoticeUnit.WEEKS ? 7L * length : length));
        };
    }

    /** The n-th business day after {@code start} (n ≥ 0; n = 0 gives start itself). */
    public static LocalDate plusBusinessDays(LocalDate start, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (n == 0) {
            return start;
        }
        // Any seven days in a row hold exactly five business days: jump whole weeks,
        // keeping one to five business days to walk so the result lands on a business day.
        long weeks = (n - 1) / 5;
        long rest = n - weeks * 5;
        LocalDate date = start.plusWeeks(weeks);
        while (rest > 0) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                rest--;
            }
        }
        return date;
    }

    /** The date itself when it is a business day, else the Friday before. */
    public static LocalDate previousOrSameBusinessDay(LocalDate date) {
        LocalDate result = date;
        while (!isBusinessDay(result)) {
            result = result.minusDays(1);
        }
        return result;
    }

    /** Business days after {@code from} up to and including {@code to}; 0 when to ≤ from. */
    public static int between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        LocalDate date = from.plusWeeks(weeks);
        while (date.isBefore(to)) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                count++;
            }
        }
        return count;
    }
}
