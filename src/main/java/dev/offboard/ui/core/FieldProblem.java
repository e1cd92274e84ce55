package dev.offboard.ui.core;

import dev.offboard.plan.FieldPath;
import dev.offboard.plan.Problem;

/**
 * A message about one field, shown beside it.
 *
 * @param field the plan path, as in {@link Problem#field()}, e.g. {@code deliverables[1].dueDate}
 */
public record FieldProblem(FieldPath field, Problem.Severity severity, String message) {

    /**
     * Where a problem about the whole plan (an empty {@link Problem#field()}, such as a plan
     * too large) is shown: the write-up, whose problem list is at its top.
     */
    public static final FieldPath WHOLE_PLAN = FieldPath.of("writeUp");

    public static FieldProblem error(FieldPath field, String message) {
        return new FieldProblem(field, Problem.Severity.ERROR, message);
    }

    public static FieldProblem warning(FieldPath field, String message) {
        return new FieldProblem(field, Problem.Severity.WARNING, message);
    }

    /** An error about the field at {@code path}; throws when the plan has no such field. */
    public static FieldProblem error(String path, String message) {
        return error(pathOf(path), message);
    }

    /** A warning about the field at {@code path}; throws when the plan has no such field. */
    public static FieldProblem warning(String path, String message) {
        return warning(pathOf(path), message);
    }

    /** The field a plan problem names, {@link #WHOLE_PLAN} for a problem about the whole plan. */
    public static FieldPath pathOf(String problemField) {
        return problemField.isEmpty() ? WHOLE_PLAN : FieldPath.of(problemField);
    }

    public boolean isError() {
        return severity == Problem.Severity.ERROR;
    }

    /** The step whose panel shows this field. */
    public Step step() {
        return Step.forField(field);
    }

    /** The row index in a table field such as {@code payments[2].amount}, or -1. */
    public int rowIndex() {
        return field.rowIndex();
    }

    /** The field without its row index: {@code payments[2].amount} gives {@code payments}. */
    public String baseField() {
        return field.base();
    }
}
