package dev.offboard.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.testing.ManualScheduler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownProblemsTest {

    private final ManualScheduler clock = new ManualScheduler();
    private final List<List<FieldProblem>> displayed = new ArrayList<>();
    private final ShownProblems shown = new ShownProblems(clock, displayed::add);

    private static final FieldProblem MALFORMED = FieldProblem.warning("client.email", "Not an email address.");
    private static final FieldProblem NO_NAME = FieldProblem.error("freelancer.name", "Your name is missing.");

    @Test
    void aNewProblemShowsOnceTypingPauses() {
        shown.changed(List.of(MALFORMED));
        clock.advance(ShownProblems.DELAY_MS - 1);
        assertThat(shown.shown()).isEmpty();

        shown.changed(List.of(MALFORMED));
        clock.advance(ShownProblems.DELAY_MS - 1);
        assertThat(shown.shown()).as("each keystroke restarts the pause").isEmpty();

        clock.advance(1);
        assertThat(shown.shown()).containsExactly(MALFORMED);
    }

    @Test
    void aFixedProblemGoesAtOnceWhileTheOthersStay() {
        shown.showNow(List.of(MALFORMED, NO_NAME));

        shown.changed(List.of(NO_NAME));

        assertThat(shown.shown()).containsExactly(NO_NAME);
        assertThat(displayed).last().isEqualTo(List.of(NO_NAME));
        clock.advance(1_000);
        assertThat(shown.shown()).containsExactly(NO_NAME);
    }

    @Test
    void showNowSkipsThePauseAndCancelsWhatWaited() {
        shown.changed(List.of(MALFORMED));

        shown.showNow(List.of(NO_NAME));
        clock.advance(1_000);

        assertThat(shown.shown()).containsExactly(NO_NAME);
        assertThat(clock.pending()).isZero();
    }
}
