package dev.offboard.ui.step;

import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Scheduler;
import java.util.List;
import java.util.function.Consumer;

/**
 * The problems one step shows beside its fields while the user types: a fixed problem goes
 * at once, a new one once typing pauses for {@link #DELAY_MS}, so a half-typed email address
 * is not called malformed at every keystroke. Plain Java; the pause comes from a {@link Scheduler}.
 */
public final class ShownProblems {

    /** How long typing must pause before a new problem shows. */
    static final int DELAY_MS = 300;

    private final Scheduler scheduler;
    private final Consumer<List<FieldProblem>> show;
    private List<FieldProblem> shown = List.of();
    private Scheduler.Cancel pending;

    /** @param show puts problems beside their fields (and clears the others) */
    public ShownProblems(Scheduler scheduler, Consumer<List<FieldProblem>> show) {
        this.scheduler = scheduler;
        this.show = show;
    }

    /** The step's problems after an edit: those fixed disappear now, the others after the pause. */
    public void changed(List<FieldProblem> now) {
        List<FieldProblem> kept = shown.stream().filter(now::contains).toList();
        if (!kept.equals(shown)) {
            display(kept);
        }
        cancelPending();
        if (!now.equals(shown)) {
            pending = scheduler.after(DELAY_MS, () -> {
                pending = null;
                display(now);
            });
        }
    }

    /** Shows {@code now} at once, as when the user leaves the step or presses Next. */
    public void showNow(List<FieldProblem> now) {
        cancelPending();
        display(now);
    }

    /** What is beside the fields now. */
    List<FieldProblem> shown() {
        return shown;
    }

    /** Stops a pending update: the step is being replaced. */
    public void dispose() {
        cancelPending();
    }

    private void display(List<FieldProblem> problems) {
        shown = List.copyOf(problems);
        show.accept(shown);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
