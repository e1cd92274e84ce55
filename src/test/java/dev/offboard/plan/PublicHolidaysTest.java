package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Notice.DayCount;
import dev.offboard.plan.Notice.NoticeUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Public holidays of the plan's countries are not working days, and dates on them are warned about. */
class PublicHolidaysTest {

    @ParameterizedTest(name = "{0} in {1}: holiday {2}")
    @CsvSource({
        // Boxing Day 2026 is a Saturday: the UK's substitute day is Monday 28 December.
        "2026-12-28, GB, true",
        "2026-12-25, GB, true",
        "2026-12-29, GB, false",
        "2026-07-14, FR, true",
        "2026-07-14, GB, false",
        "2026-11-26, US, true",
        "2026-11-26, FR, false",
        // Saint-Jean-Baptiste is Quebec's, not Canada's as a whole.
        "2026-06-24, CA-QC, true",
        "2026-06-24, CA, false",
        "2026-07-01, CA, true",
        "2026-07-14, , false",
        "2026-07-14, XX, false",
    })
    void knowsTheHolidaysOfACountryAndItsRegions(LocalDate date, String region, boolean holiday) {
        Set<String> regions = region == null ? Set.of() : Set.of(region);

        assertThat(PublicHolidays.isHoliday(date, regions)).isEqualTo(holiday);
        assertThat(BusinessDays.isBusinessDay(date, regions)).isEqualTo(!holiday && BusinessDays.isBusinessDay(date));
    }

    @Test
    void namesTheHolidayInTheMessagesLanguage() {
        assertThat(PublicHolidays.name(LocalDate.of(2026, 7, 14), List.of("FR"), Locale.ENGLISH))
                .hasValueSatisfying(name -> assertThat(name).endsWith("(FR)").isNotBlank());
        assertThat(PublicHolidays.name(LocalDate.of(2026, 12, 25), List.of("FR"), Locale.FRENCH))
                .hasValueSatisfying(name -> assertThat(name).containsIgnoringCase("noël"));
    }

    @Test
    void twoWeeksOfNoticeOverChristmasInTheUkSkipThreeHolidays() {
        LocalDate givenOn = LocalDate.of(2026, 12, 16);

        assertThat(BusinessDays.lastWorkingDay(givenOn, 2, NoticeUnit.WEEKS, DayCount.BUSINESS_DAYS))
                .isEqualTo(LocalDate.of(2026, 12, 30));
        // 25 Dec, 28 Dec (Boxing Day's substitute), 1 Jan are not counted.
        assertThat(BusinessDays.lastWorkingDay(givenOn, 2, NoticeUnit.WEEKS, DayCount.BUSINESS_DAYS, Set.of("GB")))
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(BusinessDays.between(givenOn, LocalDate.of(2027, 1, 4), Set.of("GB"))).isEqualTo(10);
    }

    @Test
    void aCalendarNoticeEndingOnAHolidayMovesBackToTheWorkingDayBefore() {
        // 14 July 2026 is a Tuesday; four weeks from 16 June end on it.
        LocalDate givenOn = LocalDate.of(2026, 6, 16);

        assertThat(BusinessDays.lastWorkingDay(givenOn, 4, NoticeUnit.WEEKS, DayCount.CALENDAR_DAYS, Set.of("FR")))
                .isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(BusinessDays.lastWorkingDay(givenOn, 4, NoticeUnit.WEEKS, DayCount.CALENDAR_DAYS, Set.of("GB")))
                .isEqualTo(LocalDate.of(2026, 7, 14));
    }

    @Test
    void theLastWorkingDayOfAPlanSkipsItsClientsHolidays() {
        Plan plan = planIn("US").withNotice(new Notice(LocalDate.of(2026, 11, 20), Notice.NoticeKind.PERIOD, 4,
                NoticeUnit.DAYS, DayCount.BUSINESS_DAYS, "", null));

        // Mon 23, Tue 24, Wed 25, (Thanksgiving), Fri 27.
        assertThat(PlanFacts.lastWorkingDay(plan)).contains(LocalDate.of(2026, 11, 27));
        assertThat(PlanFacts.lastWorkingDay(planIn("").withNotice(plan.notice()))).contains(LocalDate.of(2026, 11, 26));
        assertThat(PlanFacts.holidayRegions(planIn(" ca-qc "))).containsExactly("CA-QC");
        assertThat(PlanFacts.holidayRegions(planIn(""))).isEmpty();
    }

    @Test
    void theFreelancersHolidaysCountAsWellAsTheClients() {
        // A freelancer in France, a client in the UK: 15 business days from Wednesday 6 May 2026
        // skip France's 8 May and Ascension (14 May) and Whit Monday, which is also the UK's late
        // May bank holiday (25 May).
        Notice notice = new Notice(LocalDate.of(2026, 5, 6), Notice.NoticeKind.PERIOD, 15, NoticeUnit.DAYS,
                DayCount.BUSINESS_DAYS, "", null);
        Plan both = planIn("GB", "fr").withNotice(notice);
        Plan clientOnly = planIn("GB", "").withNotice(notice);

        assertThat(PlanFacts.holidayRegions(both)).containsExactly("GB", "FR");
        assertThat(PlanFacts.lastWorkingDay(both)).contains(LocalDate.of(2026, 6, 1));
        assertThat(PlanFacts.lastWorkingDay(clientOnly)).contains(LocalDate.of(2026, 5, 28));
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 5, 8), PlanFacts.holidayRegions(both))).isFalse();
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 5, 25), PlanFacts.holidayRegions(both))).isFalse();
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 5, 8), PlanFacts.holidayRegions(clientOnly))).isTrue();
    }

    @Test
    void aDateOnTheFreelancersHolidayIsWarnedAboutWithItsCountry() {
        Plan plan = planIn("GB", "FR").withNotice(new Notice(LocalDate.of(2026, 4, 20), Notice.NoticeKind.MILESTONE,
                0, NoticeUnit.WEEKS, DayCount.BUSINESS_DAYS, "Spring launch", LocalDate.of(2026, 5, 8)));

        assertThat(PlanCheck.check(plan)).filteredOn(p -> p.code().equals("notice.lastDay.holiday")).singleElement()
                .satisfies(p -> {
                    assertThat(p.message(Locale.ENGLISH)).contains("(FR)");
                    assertThat(p.message(Locale.FRENCH)).contains("jour férié").contains("(FR)");
                });
        assertThat(PlanCheck.check(planIn("GB", "").withNotice(plan.notice())))
                .noneMatch(p -> p.code().equals("notice.lastDay.holiday"));
    }

    @Test
    void aMilestoneOrADueDateOnAHolidayIsWarnedAboutInBothLanguages() {
        Plan sample = SamplePlan.create(LocalDate.of(2026, 6, 1));
        Plan plan = planIn("CA-QC").withNotice(new Notice(LocalDate.of(2026, 6, 1), Notice.NoticeKind.MILESTONE, 0,
                NoticeUnit.WEEKS, DayCount.BUSINESS_DAYS, "Summer issue", LocalDate.of(2026, 6, 24)))
                .withDeliverables(List.of(new Deliverable("Summer issue", "", LocalDate.of(2026, 6, 24),
                        Deliverable.Status.IN_PROGRESS)))
                .withPayments(List.of(new Payment("INV-1", new java.math.BigDecimal("100.00"),
                        java.util.Currency.getInstance("CAD"), LocalDate.of(2026, 7, 1), Payment.Status.OUTSTANDING)));

        List<Problem> problems = PlanCheck.check(plan);

        assertThat(problems).filteredOn(p -> p.field().equals("notice.milestoneDate")).singleElement()
                .satisfies(p -> {
                    assertThat(p.isError()).isFalse();
                    assertThat(p.message(Locale.ENGLISH)).contains("public holiday").contains("(CA-QC)");
                    assertThat(p.message(Locale.FRENCH)).contains("jour férié").contains("(CA-QC)");
                });
        assertThat(problems).filteredOn(p -> p.field().equals("deliverables[0].dueDate"))
                .anySatisfy(p -> assertThat(p.message(Locale.ENGLISH)).contains("public holiday"));
        assertThat(problems).filteredOn(p -> p.field().equals("payments[0].dueDate"))
                .anySatisfy(p -> assertThat(p.message(Locale.FRENCH)).contains("jour férié"));
        assertThat(PlanCheck.check(sample)).noneMatch(p -> p.message(Locale.ENGLISH).contains("public holiday"));
    }

    @Test
    void theSamplesCountTheirClientsHolidaysAsTheDocumentsDo() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2028; day = day.plusDays(3)) {
            Plan english = SamplePlan.create(day);
            Plan french = SamplePlan.createFrench(day);

            // The style guide is due on the last working day, which is what the letter says.
            assertThat(english.deliverables().get(2).dueDate()).as("%s", day)
                    .isEqualTo(PlanFacts.lastWorkingDay(english).orElseThrow());
            assertThat(BusinessDays.isBusinessDay(french.notice().milestoneDate(), PlanFacts.holidayRegions(french)))
                    .as("%s", day).isTrue();
        }
    }

    @Test
    void aCountryWithASubdivisionStillPicksThePaper() {
        assertThat(PaperSize.AUTO.resolve(planIn("CA-QC").client())).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.AUTO.resolve(planIn("GB-SCT").client())).isEqualTo(PaperSize.A4);
    }

    /** The sample with the client in {@code country} and the freelancer nowhere in particular. */
    private static Plan planIn(String country) {
        return planIn(country, "");
    }

    private static Plan planIn(String clientCountry, String freelancerCountry) {
        Plan sample = SamplePlan.create(LocalDate.of(2026, 6, 1));
        return sample.withClient(Copies.with(sample.client(), Map.of("country", clientCountry)))
                .withFreelancer(sample.freelancer().withCountry(freelancerCountry));
    }

    @Test
    void threadsAskingForDifferentCountriesAtOnceInAFreshProcessAllGetAnswers() throws Exception {
        // The library sets itself up on first use, so only a fresh JVM shows a race there.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = 0; run < 5; run++) {
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    HolidayRace.class.getName()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.waitFor()).isZero();
            assertThat(output).as("run %d", run).endsWith("ok");
        }
    }
}
