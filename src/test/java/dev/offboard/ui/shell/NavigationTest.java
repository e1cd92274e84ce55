package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Plan;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.step.AssessStepModel;
import dev.offboard.ui.step.OptionsStepModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The wizard's navigation state, without a window. */
class NavigationTest {

    private final PlanHolder holder = new PlanHolder(Plan.empty());
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final AssessStepModel assess = new AssessStepModel(holder, messages, () -> LocalDate.of(2026, 11, 26));
    private final OptionsStepModel options = new OptionsStepModel(holder, messages);
    private final Navigation navigation = new Navigation();

    @Test
    void anUntouchedNewPlanShowsNeitherTicksNorWarnings() {
        assertThat(assess.hasWarnings()).as("the model has a warning (no decision yet)").isTrue();
        assertThat(options.isComplete()).as("the model has nothing missing").isTrue();

        assertThat(navigation.state(Step.ASSESS, assess)).isEqualTo(Navigation.StepState.TODO);
        assertThat(navigation.state(Step.OPTIONS, options)).isEqualTo(Navigation.StepState.TODO);
        assertThat(navigation.visibleProblems(Step.ASSESS, assess.problems())).isEmpty();
    }

    @Test
    void beforeAVisitOnlyTouchedFieldsShowTheirProblems() {
        assess.setClientEmail("sam@");
        navigation.touch(dev.offboard.plan.FieldPath.of("client.email"));

        List<FieldProblem> visible = navigation.visibleProblems(Step.ASSESS, assess.problems());

        assertThat(visible).extracting(p -> p.field().value()).containsExactly("client.email");
        assertThat(navigation.state(Step.ASSESS, assess)).isEqualTo(Navigation.StepState.ATTENTION);
    }

    @Test
    void aVisitedStepShowsAllItsProblemsAndAStepWithNothingMissingGetsItsTick() {
        navigation.leave(Step.ASSESS);
        navigation.leave(Step.OPTIONS);

        assertThat(navigation.visibleProblems(Step.ASSESS, assess.problems()))
                .extracting(p -> p.field().value()).contains("freelancer.name", "assessment.decision");
        assertThat(navigation.state(Step.OPTIONS, options)).isEqualTo(Navigation.StepState.COMPLETE);
        assertThat(navigation.state(Step.ASSESS, assess)).as("its name is missing: an error, not a warning")
                .isEqualTo(Navigation.StepState.TO_FIX);
    }

    @Test
    void anOpenedPlanShowsEveryStepsStateAtOnce() {
        navigation.reset(true);

        assertThat(navigation.state(Step.OPTIONS, options)).isEqualTo(Navigation.StepState.COMPLETE);
        assertThat(navigation.state(Step.ASSESS, assess)).isEqualTo(Navigation.StepState.ATTENTION);
        assertThat(navigation.visibleProblems(Step.ASSESS, assess.problems())).as("but no problems yet").isEmpty();
    }

    @Test
    void touchingARowOfATableCountsForItsCells() {
        navigation.touch(dev.offboard.plan.FieldPath.of("payments"));
        int row = options.payments().add();
        options.payments().set(row, 0, "INV-1");

        assertThat(navigation.visibleProblems(Step.OPTIONS, options.problems()))
                .extracting(p -> p.field().value()).contains("payments[0].amount");
    }

    @Test
    void nextAndPreviousStopAtTheEndsAndResetStartsOver() {
        assertThat(navigation.previous()).isEmpty();
        navigation.moveTo(Step.WRITE_UP);
        assertThat(navigation.next()).isEmpty();
        assertThat(navigation.previous()).contains(Step.THANK);
        navigation.leave(Step.WRITE_UP);

        navigation.reset(false);

        assertThat(navigation.current()).isEqualTo(Step.ASSESS);
        assertThat(navigation.isVisited(Step.WRITE_UP)).isFalse();
    }
}
