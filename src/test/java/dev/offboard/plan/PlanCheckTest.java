package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    private static Plan sample() {
        return SamplePlan.create(TODAY);
    }

    private static List<String> codes(Plan plan) {
        return PlanCheck.check(plan).stream().map(Problem::code).toList();
    }

    @Test
    void sampleCanBeRenderedWithoutWarnings() {
        assertThat(PlanCheck.check(sample())).isEmpty();
        assertThat(PlanCheck.canRender(sample())).isTrue();
    }

    @Test
    void frenchSampleCanBeRenderedWithoutWarnings() {
        Plan french = SamplePlan.create(TODAY, Language.FR);

        assertThat(PlanCheck.check(french)).isEmpty();
        assertThat(french.client().language()).isEqualTo(Language.FR);
        assertThat(PlanFacts.lastWorkingDay(french)).contains(french.notice().milestoneDate());
    }

    @Test
    void missingFreelancerNameIsAnError() {
        Plan plan = sample().withFreelancer(new Freelancer(" ", "", "", "", ""));

        assertThat(PlanCheck.check(plan)).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.field()).isEqualTo("freelancer.name");
        });
        assertThat(PlanCheck.canRender(plan)).isFalse();
    }

    @Test
    void missingClientEmailIsAWarningThatStillRenders() {
        Client client = sample().client();
        Plan plan = sample().withClient(new Client(client.company(), client.contactName(), "", client.postalAddress(),
                client.language(), client.country(), client.relationshipStart(), client.revenueSharePercent()));

        assertThat(PlanCheck.check(plan)).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.field()).isEqualTo("client.email");
            assertThat(p.code()).isEqualTo("client.email.missing");
        });
        assertThat(PlanCheck.canRender(plan)).isTrue();
    }

    @Test
    void noticeShorterThanTwoWeeksIsWarned() {
        Plan plan = sample().withNotice(new Notice(TODAY, Notice.NoticeKind.PERIOD, 5, Notice.NoticeUnit.DAYS,
                Notice.DayCount.BUSINESS_DAYS, "", null));

        assertThat(PlanCheck.check(plan)).filteredOn(p -> p.code().equals("notice.short"))
                .singleElement()
                .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).contains("5 business days"));
    }

    @Test
    void noticeWithoutDateCannotBeRendered() {
        Plan plan = sample().withNotice(Notice.empty());

        assertThat(codes(plan)).contains("notice.givenOn.missing");
        assertThat(PlanCheck.canRender(plan)).isFalse();
    }

    @Test
    void milestoneBeforeNoticeIsAnError() {
        Plan plan = sample().withNotice(new Notice(TODAY, Notice.NoticeKind.MILESTONE, 0, null, null, "Launch",
                TODAY.minusDays(1)));

        assertThat(codes(plan)).contains("notice.milestoneDate.beforeNotice");
    }

    @Test
    void deliverableDueAfterLastWorkingDayIsAnErrorWithItsField() {
        Plan plan = sample();
        LocalDate lastDay = PlanFacts.lastWorkingDay(plan).orElseThrow();
        plan = plan.withDeliverables(List.of(
                new Deliverable("Annual report", "", lastDay.plusDays(1), Deliverable.Status.IN_PROGRESS),
                new Deliverable("Done already", "", lastDay.plusDays(9), Deliverable.Status.DELIVERED)));

        assertThat(PlanCheck.check(plan)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("deliverables[0].dueDate");
            assertThat(p.message(Locale.ENGLISH)).contains("Annual report").contains(
                    java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(lastDay));
            assertThat(p.message(Locale.FRENCH)).as("dates as French writes them").contains(
                    java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(lastDay));
            assertThat(p.message(Locale.ENGLISH)).doesNotContain(lastDay.toString());
        });
    }

    @Test
    void paymentDueAfterLastWorkingDayIsWarnedUnlessPaid() {
        Plan plan = sample();
        LocalDate late = PlanFacts.lastWorkingDay(plan).orElseThrow().plusDays(5);
        Currency eur = Currency.getInstance("EUR");
        plan = plan.withPayments(List.of(
                new Payment("INV-1", BigDecimal.TEN, eur, late, Payment.Status.OUTSTANDING),
                new Payment("INV-2", BigDecimal.TEN, eur, late, Payment.Status.PAID)));

        assertThat(PlanCheck.check(plan)).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("payments[0].dueDate"));
    }

    @Test
    void paymentWithoutAmountOrCurrencyIsAnError() {
        Plan plan = sample().withPayments(List.of(new Payment("INV-9", null, null, null, null)));

        assertThat(PlanCheck.check(plan)).extracting(Problem::field)
                .contains("payments[0].amount", "payments[0].currency");
        assertThat(PlanCheck.canRender(plan)).isFalse();
    }

    @Test
    void decisionToWaitIsWarned() {
        Assessment a = sample().assessment();
        Plan plan = sample().withAssessment(new Assessment(a.signs(), a.ownSigns(), a.notes(), a.workImpact(),
                a.revenueImpact(), a.firstConsidered(), Decision.WAIT));

        assertThat(codes(plan)).containsExactly("assessment.decision.notPartWays");
    }

    @Test
    void errorsComeBeforeWarnings() {
        Plan plan = Plan.empty();

        List<Problem> problems = PlanCheck.check(plan);
        int firstWarning = problems.indexOf(problems.stream().filter(p -> !p.isError()).findFirst().orElseThrow());
        assertThat(problems.subList(0, firstWarning)).allMatch(Problem::isError);
        assertThat(problems.subList(firstWarning, problems.size())).noneMatch(Problem::isError);
    }

    @Test
    void everyProblemHasAMessageInBothLanguages() {
        Plan broken = Plan.empty().withPayments(List.of(new Payment("", new BigDecimal("-1"), null, null, null)))
                .withDeliverables(List.of(new Deliverable("", "", null, null)));
        for (Problem problem : PlanCheck.check(broken)) {
            assertThat(problem.message(Locale.ENGLISH)).doesNotContain(problem.code());
            assertThat(problem.message(Locale.FRENCH)).doesNotContain(problem.code())
                    .isNotEqualTo(problem.message(Locale.ENGLISH));
        }
    }

    @Test
    void blamingOrBreakUpWordingInClientFacingTextIsWarnedWithItsField() {
        Conversation c = sample().conversation();
        Plan plan = sample().withConversation(new Conversation(c.date(), c.channel(), "you never pay", c.unmetExpectations(),
                "I will say: break up", c.pushBackAnswer(), "Sadly you never read the brief."));

        assertThat(PlanCheck.check(plan)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("conversation.clientReason");
            assertThat(p.code()).isEqualTo("tone.blame");
            assertThat(p.message(Locale.ENGLISH)).contains("'you never'");
        });
    }

    @Test
    void secretInClientFacingTextIsWarnedAndListedForConfirmation() {
        Options o = sample().options();
        Plan plan = sample().withOptions(new Options(o.referrals(), o.offerInterviewHelp(), o.interimTools(),
                List.of(new ReturnItem(ReturnItem.Kind.CREDENTIAL, "Web host", "password: hunter2")),
                o.accessToRevoke(), o.offerBriefReplacement(), o.finalFilesAfterPayment()));

        assertThat(PlanCheck.suspectedSecrets(plan)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("options.itemsToReturn[0].handover");
            assertThat(p.code()).isEqualTo("secret.PASSWORD");
        });
        assertThat(PlanCheck.suspectedSecrets(sample())).isEmpty();
    }

    @Test
    void privateNotesAreNotGuarded() {
        Assessment a = sample().assessment();
        Plan plan = sample().withAssessment(new Assessment(a.signs(), a.ownSigns(),
                "password: hunter2, and you never listen", a.workImpact(), a.revenueImpact(), a.firstConsidered(),
                a.decision()));

        assertThat(PlanCheck.check(plan)).isEmpty();
    }

    @Test
    void everyRegionalSampleCanBeRenderedWithoutWarnings() {
        for (String region : List.of("en-GB", "en-US", "fr-FR", "fr-CA")) {
            assertThat(PlanCheck.check(SamplePlan.forRegion(TODAY, region))).as(region).isEmpty();
        }
    }

    @Test
    void aDeliverableDueAfterTheLastDayIsAnError() {
        Plan plan = sample();
        LocalDate late = PlanFacts.lastWorkingDay(plan).orElseThrow().plusDays(3);
        Plan withLate = plan.withDeliverables(List.of(new Deliverable("Late", "", late, Deliverable.Status.IN_PROGRESS)));

        Problem problem = PlanCheck.check(withLate).stream().filter(p -> p.code().equals("deliverable.dueAfterLastDay"))
                .findFirst().orElseThrow();
        assertThat(problem.isError()).isTrue();
        assertThat(problem.field()).isEqualTo("deliverables[0].dueDate");
        assertThat(PlanCheck.canRender(withLate)).isFalse();
        Plan delivered = plan.withDeliverables(List.of(new Deliverable("Late", "", late, Deliverable.Status.DELIVERED)));
        assertThat(codes(delivered)).doesNotContain("deliverable.dueAfterLastDay");
    }

    @Test
    void aLastDayOnChristmasOrNewYearsDayIsWarned() {
        for (LocalDate holiday : List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1))) {
            Plan plan = sample().withNotice(new Notice(holiday.minusWeeks(3), Notice.NoticeKind.MILESTONE, 0, null, null,
                    "the launch", holiday)).withDeliverables(List.of()).withPayments(List.of());
            Problem problem = PlanCheck.check(plan).stream().filter(p -> p.code().equals("notice.lastDay.holiday"))
                    .findFirst().orElseThrow();
            assertThat(problem.isError()).isFalse();
            assertThat(problem.field()).isEqualTo("notice.milestoneDate");
            assertThat(problem.message(Locale.UK)).contains("public holiday");
            assertThat(problem.message(Locale.FRANCE)).contains("jour férié");
        }
        // With the client's country, a period skips its holidays (Christmas, Boxing Day, the 28th).
        Plan byPeriod = sample().withNotice(Notice.twoWeeks(LocalDate.of(2026, 12, 11)))
                .withDeliverables(List.of()).withPayments(List.of());
        assertThat(PlanFacts.lastWorkingDay(byPeriod)).contains(LocalDate.of(2026, 12, 29));
        assertThat(codes(byPeriod)).doesNotContain("notice.lastDay.holiday", "notice.lastDay.commonHoliday");
        assertThat(codes(sample())).doesNotContain("notice.lastDay.holiday");
        // Without a country, only weekends are skipped, and the days every client keeps still warn.
        Plan nowhere = byPeriod.withClient(byPeriod.client().withCountry(""))
                .withFreelancer(byPeriod.freelancer().withCountry(""));
        assertThat(PlanFacts.lastWorkingDay(nowhere)).contains(LocalDate.of(2026, 12, 25));
        assertThat(codes(nowhere)).contains("notice.lastDay.commonHoliday");
    }

    @Test
    void aLetterDatedBeforeTheConversationIsWarned() {
        Plan plan = sample();
        LocalDate talk = plan.conversation().date();
        Plan early = plan.withWriteUp(plan.writeUp().withLetterDate(talk.minusDays(6)));

        Problem problem = PlanCheck.check(early).stream().filter(p -> p.code().equals("letter.beforeConversation"))
                .findFirst().orElseThrow();
        assertThat(problem.field()).isEqualTo("writeUp.letterDate");
        assertThat(problem.message(Locale.UK)).contains("before your conversation");
        Plan noticeBeforeTalk = plan.withNotice(Notice.twoWeeks(talk.minusDays(1)));
        assertThat(codes(noticeBeforeTalk)).contains("letter.beforeConversation");
        assertThat(codes(plan)).doesNotContain("letter.beforeConversation");
    }
}
