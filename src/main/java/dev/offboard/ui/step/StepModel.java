package dev.offboard.ui.step;

import dev.offboard.plan.Plan;
import dev.offboard.plan.Problem;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The presentation model of one step: plain Java, no Swing. It reads and writes its part
 * of the plan through the {@link PlanHolder} and says what is missing or worth a look.
 */
public abstract class StepModel {

    protected final PlanHolder holder;
    protected final Messages messages;
    private final Step step;

    protected StepModel(Step step, PlanHolder holder, Messages messages) {
        this.step = step;
        this.holder = holder;
        this.messages = messages;
    }

    public final Step step() {
        return step;
    }

    protected final Plan plan() {
        return holder.plan();
    }

    /** Problems in this step's fields: the plan check's, then the step's own. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        for (Problem problem : holder.problems()) {
            if (step.owns(problem.field())) {
                problems.add(new FieldProblem(problem.field(), problem.severity(), problem.message(messages.locale())));
            }
        }
        addOwnProblems(problems);
        return problems;
    }

    /** Problems only this step knows about, such as text that does not parse. */
    protected void addOwnProblems(List<FieldProblem> problems) {
    }

    /** True when the step has what the documents need and no error. */
    public boolean isComplete() {
        return hasRequiredAnswers() && problems().stream().noneMatch(FieldProblem::isError);
    }

    public boolean hasWarnings() {
        return problems().stream().anyMatch(p -> !p.isError());
    }

    /**
     * A wording added to what the user wrote: below it, after a blank line, never in its place;
     * unchanged when the wording is there already.
     */
    protected static String added(String current, String wording) {
        if (current.isBlank()) {
            return wording;
        }
        return current.contains(wording) ? current : current.stripTrailing() + "\n\n" + wording;
    }

    /** Whether the answers the step asks for are given; errors are checked apart. */
    protected abstract boolean hasRequiredAnswers();
}
