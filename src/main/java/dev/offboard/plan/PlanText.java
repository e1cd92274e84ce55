package dev.offboard.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every piece of text in a plan, with its path and whether it is private, found by
 * walking the plan's records. New fields are covered without being listed anywhere.
 */
public final class PlanText {

    private PlanText() {
    }

    /**
     * One piece of text.
     *
     * @param path as in the plan file, for example {@code options.referrals[0].name}
     * @param isPrivate whether the text, or a section holding it, is marked {@link Private}
     */
    public record Entry(String path, String text, boolean isPrivate) {
    }

    public static List<Entry> entries(Plan plan) {
        List<Entry> entries = new ArrayList<>();
        walk(plan, "", false, entries);
        return entries;
    }

    /** Only the text that may reach the client. */
    public static List<Entry> clientFacing(Plan plan) {
        return entries(plan).stream().filter(e -> !e.isPrivate()).toList();
    }

    private static void walk(Object value, String path, boolean isPrivate, List<Entry> out) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            out.add(new Entry(path, text, isPrivate));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", isPrivate, out);
            }
        } else if (value instanceof Record record) {
            boolean recordPrivate = isPrivate || record.getClass().isAnnotationPresent(Private.class);
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                boolean componentPrivate = recordPrivate || component.isAnnotationPresent(Private.class);
                String childPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
                walk(read(component, record), childPath, componentPrivate, out);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
