package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Notice.DayCount;
import dev.offboard.plan.Notice.NoticeUnit;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessDaysTest {

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
        // Wednesday 4 March 2026 onwards, within a week and across weekends
        "2026-03-04, 0, 2026-03-04",
        "2026-03-04, 1, 2026-03-05",
        "2026-03-04, 2, 2026-03-06",
        "2026-03-04, 3, 2026-03-09",
        "2026-03-04, 5, 2026-03-11",
        "2026-03-04, 10, 2026-03-18",
        // Friday: the next business day is Monday
        "2026-03-06, 1, 2026-03-09",
        "2026-03-06, 5, 2026-03-13",
        // from a weekend, the first business day is the Monday after
        "2026-03-07, 1, 2026-03-09",
        "2026-03-08, 5, 2026-03-13",
        "2026-03-07, 10, 2026-03-20",
        // across a month end and a year end (and a leap day)
        "2026-01-29, 3, 2026-02-03",
        "2026-12-30, 3, 2027-01-04",
        "2027-12-29, 10, 2028-01-12",
        "2028-02-25, 2, 2028-02-29",
    })
    void plusBusinessDaysSkipsWeekends(LocalDate start, int days, LocalDate expected) {
        assertThat(BusinessDays.plusBusinessDays(start, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} business days")
    @CsvSource({
        "2026-03-04, 2026-03-04, 0",
        "2026-03-04, 2026-03-05, 1",
        "2026-03-06, 2026-03-09, 1",
        "2026-03-04, 2026-03-18, 10",
        "2026-12-30, 2027-01-04, 3",
        "2026-03-18, 2026-03-04, 0",
    })
    void betweenCountsBusinessDaysAfterTheStart(LocalDate from, LocalDate to, int expected) {
        assertThat(BusinessDays.between(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} {2} in {3} ends {4}")
    @CsvSource({
        "2026-03-03, 2, WEEKS, BUSINESS_DAYS, 2026-03-17",
        "2026-03-03, 10, DAYS, BUSINESS_DAYS, 2026-03-17",
        "2026-03-03, 2, WEEKS, CALENDAR_DAYS, 2026-03-17",
        // thirty calendar days from 2 March lands on Wednesday 1 April
        "2026-03-02, 30, DAYS, CALENDAR_DAYS, 2026-04-01",
        // a calendar end on a Saturday moves back to the Friday
        "2026-03-06, 1, DAYS, CALENDAR_DAYS, 2026-03-06",
        "2026-03-05, 30, DAYS, CALENDAR_DAYS, 2026-04-03",
        // across the year end
        "2026-12-21, 2, WEEKS, BUSINESS_DAYS, 2027-01-04",
        "2026-12-19, 2, WEEKS, CALENDAR_DAYS, 2027-01-01",
    })
    void lastWorkingDayFollowsUnitAndCounting(LocalDate givenOn, int length, NoticeUnit unit, DayCount counting,
            LocalDate expected) {
        assertThat(BusinessDays.lastWorkingDay(givenOn, length, unit, counting)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-07, 2026-03-06", "2026-03-08, 2026-03-06", "2026-03-09, 2026-03-09"})
    void previousOrSameBusinessDayMovesWeekendsBackToFriday(LocalDate date, LocalDate expected) {
        assertThat(BusinessDays.previousOrSameBusinessDay(date)).isEqualTo(expected);
    }
}
