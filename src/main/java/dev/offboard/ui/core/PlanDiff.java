package dev.offboard.ui.core;

import dev.offboard.plan.Plan;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Where two plans differ, as plan paths ({@code client.email}, {@code payments[1].amount}).
 * Walks the records by their components, skipping parts the two plans share, so comparing a
 * plan with its copy after one keystroke touches only the changed branch.
 */
public final class PlanDiff {

    /**
     * One difference: a value that changed, or a list whose length changed (its path then
     * names the list, e.g. {@code deliverables}).
     */
    public record Change(String path, Object before, Object after) {

        /** True when a text changed, as typing does. */
        boolean isText() {
            return before instanceof String && after instanceof String;
        }
    }

    private PlanDiff() {
    }

    /** The differences, at most {@code limit} of them, in the plan's order. */
    public static List<Change> changes(Plan before, Plan after, int limit) {
        List<Change> out = new ArrayList<>();
        walk(before, after, "", out, limit);
        return out;
    }

    private static void walk(Object before, Object after, String path, List<Change> out, int limit) {
        if (out.size() >= limit || before == after || (before != null && before.equals(after))) {
            return;
        }
        if (before instanceof List<?> a && after instanceof List<?> b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                walk(a.get(i), b.get(i), path + "[" + i + "]", out, limit);
            }
            return;
        }
        if (before != null && after != null && before.getClass().isRecord() && before.getClass() == after.getClass()) {
            for (RecordComponent component : before.getClass().getRecordComponents()) {
                String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
                walk(read(component, before), read(component, after), child, out, limit);
            }
            return;
        }
        out.add(new Change(path, before, after));
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
