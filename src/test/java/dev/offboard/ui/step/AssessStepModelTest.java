package dev.offboard.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Assessment;
import dev.offboard.plan.Decision;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import dev.offboard.plan.WarningSign;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssessStepModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final PlanHolder holder = new PlanHolder(Plan.empty());
    private final AssessStepModel model = new AssessStepModel(holder, new Messages(Locale.ENGLISH), () -> TODAY);

    static Stream<Arguments> cases() {
        LocalDate longAgo = TODAY.minusMonths(3);
        return Stream.of(
                Arguments.of("nothing checked", Set.of(), List.of(), null, longAgo, Recommendation.NO_SIGNS_YET),
                Arguments.of("contract ignored alone", Set.of(WarningSign.IGNORES_CONTRACT), List.of(), null, longAgo,
                        Recommendation.PART_WAYS),
                Arguments.of("three signs", Set.of(WarningSign.OUTGROWN, WarningSign.TOO_LITTLE_WORK,
                        WarningSign.NEGATIVE_EXCHANGES), List.of(), null, longAgo, Recommendation.PART_WAYS),
                Arguments.of("two signs and one of my own", Set.of(WarningSign.OUTGROWN, WarningSign.TOO_LITTLE_WORK),
                        List.of("late feedback"), null, longAgo, Recommendation.PART_WAYS),
                Arguments.of("rate with a big share", Set.of(WarningSign.PUSHES_RATE_DOWN), List.of(),
                        new BigDecimal("40"), longAgo, Recommendation.RENEGOTIATE_FIRST),
                Arguments.of("rate with a small share", Set.of(WarningSign.PUSHES_RATE_DOWN), List.of(),
                        new BigDecimal("5"), longAgo, Recommendation.GREY_AREA),
                Arguments.of("only days old", Set.of(WarningSign.IGNORES_CONTRACT, WarningSign.OUTGROWN,
                        WarningSign.TOO_LITTLE_WORK), List.of(), null, TODAY.minusDays(3), Recommendation.SLEEP_ON_IT),
                Arguments.of("one bad exchange", Set.of(WarningSign.NEGATIVE_EXCHANGES), List.of(), null, longAgo,
                        Recommendation.SLEEP_ON_IT),
                Arguments.of("date unknown, two signs", Set.of(WarningSign.OUTGROWN, WarningSign.TOO_LITTLE_WORK),
                        List.of(), null, null, Recommendation.GREY_AREA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recommendationFollowsTheAnswers(String name, Set<WarningSign> signs, List<String> own, BigDecimal share,
            LocalDate first, Recommendation expected) {
        Assessment assessment = new Assessment(signs, own, "", "", "", first, Decision.UNDECIDED);

        assertThat(AssessStepModel.recommend(assessment, share, TODAY)).isEqualTo(expected);
    }

    @Test
    void checkingSignsUpdatesThePlanAndTheRecommendation() {
        model.setFirstConsidered(TODAY.minusMonths(2));
        model.setSign(WarningSign.IGNORES_CONTRACT, true);

        assertThat(holder.plan().assessment().signs()).containsExactly(WarningSign.IGNORES_CONTRACT);
        assertThat(model.recommendation()).isEqualTo(Recommendation.PART_WAYS);
        assertThat(model.recommendationText()).contains("strong case");

        model.setSign(WarningSign.IGNORES_CONTRACT, false);
        assertThat(model.recommendation()).isEqualTo(Recommendation.NO_SIGNS_YET);
    }

    @Test
    void emptyPlanIsIncompleteWithMessagesOnTheRequiredFields() {
        assertThat(model.isComplete()).isFalse();
        assertThat(model.problems()).extracting(FieldProblem::field)
                .contains("freelancer.name", "client.company", "assessment.decision");
    }

    @Test
    void completeOnceNamesAndDecisionAreGiven() {
        model.setFreelancerName("Camille Martin");
        model.setCompany("Northwind Books");
        model.setClientEmail("priya@northwind.example");
        model.setDecision(Decision.PART_WAYS);

        assertThat(model.isComplete()).isTrue();
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void revenueShareIsParsedPerLocale() {
        AssessStepModel french = new AssessStepModel(holder, new Messages(Locale.FRENCH), () -> TODAY);

        french.setRevenueShareText("12,5 %");

        assertThat(holder.plan().client().revenueSharePercent()).isEqualByComparingTo("12.5");
        assertThat(french.revenueShareText()).isEqualTo("12,5");
    }

    @Test
    void revenueShareThatIsNotANumberIsFlaggedAndKeptOutOfThePlan() {
        model.setRevenueShareText("18");
        model.setRevenueShareText("about a fifth");

        assertThat(holder.plan().client().revenueSharePercent()).isEqualByComparingTo("18");
        assertThat(model.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("client.revenueSharePercent");
            assertThat(p.isError()).isTrue();
        });
    }

    @Test
    void editingOneDetailKeepsEveryOther() {
        model.setFreelancerAddress("3 rue des Lilas\n69002 Lyon");
        model.setCity("Lyon");
        model.setSignature("Brand designer");
        model.setFreelancerName("Alex Rivera");
        model.setContactName("Sam Lee");
        model.setRevenueShareText("30");
        model.setCompany("Blue Harbor Ltd");

        assertThat(holder.plan().freelancer()).isEqualTo(new dev.offboard.plan.Freelancer("Alex Rivera", "", "", "",
                "Brand designer", "3 rue des Lilas\n69002 Lyon", "Lyon"));
        assertThat(holder.plan().client().contactName()).isEqualTo("Sam Lee");
        assertThat(holder.plan().client().revenueSharePercent()).isEqualByComparingTo("30");
    }

    @Test
    void sampleAssessmentSuggestsPartingWays() {
        PlanHolder sample = new PlanHolder(SamplePlan.create(TODAY));
        AssessStepModel sampleModel = new AssessStepModel(sample, new Messages(Locale.ENGLISH), () -> TODAY);

        assertThat(sampleModel.recommendation()).isEqualTo(Recommendation.PART_WAYS);
        assertThat(sampleModel.isComplete()).isTrue();
    }

    @Test
    void theGreetingIsChosenAndPreviewedAsTheLetterWillPrintIt() {
        model.setContactName("Priya Shah");
        model.setCompany("Northwind Books Ltd");
        assertThat(model.greetingNamePlaceholder()).isEqualTo("Priya");
        assertThat(model.greetingPreview()).isEqualTo("Dear Priya,");

        model.setFormality(dev.offboard.plan.Client.Formality.FORMAL);
        model.setTitle(dev.offboard.plan.Client.Title.MS);
        assertThat(model.greetingNamePlaceholder()).isEqualTo("Shah");
        assertThat(model.greetingPreview()).isEqualTo("Dear Ms Shah,");

        model.setClientCountry("US");
        model.setGreetingName("Shah-Patel");
        assertThat(model.greetingPreview()).isEqualTo("Dear Ms. Shah-Patel:");
        assertThat(holder.plan().client().country()).isEqualTo("US");

        model.setClientLanguage(dev.offboard.plan.Language.FR);
        assertThat(model.greetingPreview()).isEqualTo("Madame,");
        model.setFreelancerCountry("FR");
        assertThat(holder.plan().freelancer().country()).isEqualTo("FR");
        assertThat(holder.plan().client().greetingName()).as("kept through other edits").isEqualTo("Shah-Patel");
    }
}
