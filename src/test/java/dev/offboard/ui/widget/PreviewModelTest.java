package dev.offboard.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.ui.core.Failures;
import dev.offboard.ui.core.TaskRunner;
import dev.offboard.ui.testing.CurrentThreadTaskRunner;
import dev.offboard.ui.testing.ManualScheduler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The preview pipeline without a window: a hand-moved clock and tasks finished by the test. */
class PreviewModelTest {

    /** Holds each task until the test finishes it. */
    private static final class HeldTasks implements TaskRunner {
        private final Deque<Runnable> held = new ArrayDeque<>();
        private int started;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            started++;
            held.add(() -> new CurrentThreadTaskRunner().run(work, onSuccess, onFailure));
        }

        void finishNext() {
            held.removeFirst().run();
        }
    }

    private final ManualScheduler clock = new ManualScheduler();
    private final HeldTasks tasks = new HeldTasks();
    private final List<String> shown = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final PreviewModel<String> preview = new PreviewModel<>(tasks, clock, 100, shown::add,
            e -> failures.add(Failures.describe(e)));

    @Test
    void editsCloserThanTheDelayMakeOneRenderOfTheLatest() {
        preview.request(() -> "a");
        clock.advance(60);
        preview.request(() -> "ab");
        clock.advance(60);
        preview.request(() -> "abc");
        assertThat(tasks.started).isZero();
        assertThat(preview.state()).isEqualTo(PreviewModel.State.UPDATING);

        clock.advance(100);
        tasks.finishNext();

        assertThat(tasks.started).isEqualTo(1);
        assertThat(shown).containsExactly("abc");
        assertThat(preview.state()).isEqualTo(PreviewModel.State.READY);
    }

    @Test
    void requestsWhileARenderRunsGiveOneMoreOfTheLatestOnly() {
        PreviewModel<String> immediate = new PreviewModel<>(tasks, clock, 0, shown::add, e -> { });
        immediate.request(() -> "1");
        immediate.request(() -> "2");
        immediate.request(() -> "3");
        assertThat(tasks.started).isEqualTo(1);

        tasks.finishNext();
        tasks.finishNext();

        assertThat(tasks.started).isEqualTo(2);
        assertThat(shown).containsExactly("1", "3");
        assertThat(immediate.state()).isEqualTo(PreviewModel.State.READY);
    }

    @Test
    void anInactivePreviewWaitsAndRendersOnceShown() {
        List<PreviewModel.State> told = new ArrayList<>();
        preview.onStateChange(() -> told.add(preview.state()));
        preview.setActive(false);
        preview.request(() -> "letter");
        clock.advance(500);
        assertThat(tasks.started).isZero();
        assertThat(preview.isStale()).isTrue();
        assertThat(told).as("a hidden preview does not stay 'updating'").last().isEqualTo(PreviewModel.State.EMPTY);

        preview.setActive(true);
        tasks.finishNext();

        assertThat(shown).containsExactly("letter");
        assertThat(preview.isStale()).isFalse();
    }

    @Test
    void aFailureIsReportedAndTheNextEditTriesAgain() {
        preview.request(() -> {
            throw new IllegalStateException();
        });
        clock.advance(100);
        tasks.finishNext();
        assertThat(failures).containsExactly("IllegalStateException");
        assertThat(preview.state()).isEqualTo(PreviewModel.State.FAILED);

        preview.request(() -> "fixed");
        clock.advance(100);
        tasks.finishNext();
        assertThat(preview.state()).isEqualTo(PreviewModel.State.READY);
    }

    @Test
    void afterDisposeNothingStartsAndALateResultIsNotShown() {
        preview.request(() -> "old");
        clock.advance(100);
        preview.dispose();
        tasks.finishNext();
        preview.request(() -> "new");
        clock.advance(100);

        assertThat(shown).isEmpty();
        assertThat(tasks.started).isEqualTo(1);
    }
}
