package dev.offboard.ui.shell;

import dev.offboard.plan.FieldPath;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.step.StepModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the user is in the wizard and where they have been: the current step, the steps
 * visited (left once), the fields touched, and from these how each step looks in the sidebar
 * and which of its problems it shows. Plain Java, tested without a window.
 */
final class Navigation {

    /** How a step looks in the sidebar: to fix when it shows an error, else to look at for a warning. */
    enum StepState { TODO, COMPLETE, ATTENTION, TO_FIX }

    private Step current = Step.ASSESS;
    private final Set<Step> visited = EnumSet.noneOf(Step.class);
    private final Set<FieldPath> touched = new HashSet<>();
    /** Whether every step's state is shown from the start, as for a plan opened from a file. */
    private boolean judgeAll;

    Step current() {
        return current;
    }

    void moveTo(Step step) {
        current = step;
    }

    Optional<Step> next() {
        int index = current.ordinal() + 1;
        return index < Step.values().length ? Optional.of(Step.values()[index]) : Optional.empty();
    }

    Optional<Step> previous() {
        int index = current.ordinal() - 1;
        return index >= 0 ? Optional.of(Step.values()[index]) : Optional.empty();
    }

    /** The user left {@code step} (Next, Back, the sidebar): from now on it shows all its problems. */
    void leave(Step step) {
        visited.add(step);
    }

    boolean isVisited(Step step) {
        return visited.contains(step);
    }

    /** The user edited the field at {@code path} (a plan path). */
    void touch(FieldPath path) {
        touched.add(path);
    }

    /**
     * Back to a fresh start, as after New or Open.
     *
     * @param opened true for a plan with answers in it (opened or restored): the sidebar then
     *     shows every step's state at once; a new plan's steps stay to do until touched
     */
    void reset(boolean opened) {
        current = Step.ASSESS;
        visited.clear();
        touched.clear();
        judgeAll = opened;
    }

    /**
     * The problems a step shows beside its fields: all of them once visited; before that only
     * those of fields the user has touched, so a new plan is not covered in warnings.
     */
    List<FieldProblem> visibleProblems(Step step, List<FieldProblem> problems) {
        if (visited.contains(step)) {
            return problems;
        }
        List<FieldProblem> shown = new ArrayList<>();
        for (FieldProblem problem : problems) {
            if (isTouched(problem.field())) {
                shown.add(problem);
            }
        }
        return shown;
    }

    /**
     * How {@code step} looks in the sidebar. A step neither visited nor touched is still to
     * do, whatever its model says: an untouched plan shows neither ticks nor warnings.
     */
    StepState state(Step step, StepModel model) {
        boolean touchedHere = touched.stream().anyMatch(step::owns);
        if (!visited.contains(step) && !touchedHere && !judgeAll) {
            return StepState.TODO;
        }
        boolean complete = model.isComplete();
        List<FieldProblem> shown = visibleProblems(step, model.problems());
        boolean attention = !shown.isEmpty() || (judgeAll && model.hasWarnings()) || (!complete && visited.contains(step));
        if (shown.stream().anyMatch(FieldProblem::isError)) {
            return StepState.TO_FIX;
        }
        return attention ? StepState.ATTENTION : complete ? StepState.COMPLETE : StepState.TODO;
    }

    private boolean isTouched(FieldPath problemField) {
        String field = problemField.value();
        for (FieldPath touchedPath : touched) {
            String path = touchedPath.value();
            if (field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[")
                    || path.startsWith(field + ".") || path.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }
}
