package dev.offboard.ui.core;

import dev.offboard.plan.Problem;

/**
 * A message about one field, shown beside it.
 *
 * @param field the plan path, as in {@link Problem#field()}, e.g. {@code deliverables[1].dueDate}
 */
public record FieldProblem(String field, Problem.Severity severity, String message) {

    public static FieldProblem error(String field, String message) {
        return new FieldProblem(field, Problem.Severity.ERROR, message);
    }

    public static FieldProblem warning(String field, String message) {
        return new FieldProblem(field, Problem.Severity.WARNING, message);
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
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close < open) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The field without its row index: {@code payments[2].amount} gives {@code payments}. */
    public String baseField() {
        int open = field.indexOf('[');
        return open < 0 ? field : field.substring(0, open);
    }
}
