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
     * @param isDerived whether the text is marked {@link Derived}: Offboard's own, kept for comparison
     */
    public record Entry(String path, String text, boolean isPrivate, boolean isDerived) {
    }

    /** The size of one list in the plan, with its path. */
    public record ListSize(String path, int size) {
    }

    /** One date in the plan, with its path. */
    public record DateEntry(String path, java.time.LocalDate date) {
    }

    public static List<Entry> entries(Plan plan) {
        List<Entry> entries = new ArrayList<>();
        walk(plan, "", false, entries, new ArrayList<>(), new ArrayList<>());
        return entries;
    }

    /** Every list in the plan with its size, outermost first. */
    public static List<ListSize> lists(Plan plan) {
        List<ListSize> lists = new ArrayList<>();
        walk(plan, "", false, new ArrayList<>(), lists, new ArrayList<>());
        return lists;
    }

    /** Every date the plan holds, in plan order. */
    public static List<DateEntry> dates(Plan plan) {
        List<DateEntry> dates = new ArrayList<>();
        walk(plan, "", false, new ArrayList<>(), new ArrayList<>(), dates);
        return dates;
    }

    /**
     * Only the text the freelancer wrote that may reach the client: neither private nor
     * {@link Derived}.
     */
    public static List<Entry> clientFacing(Plan plan) {
        return entries(plan).stream().filter(e -> !e.isPrivate() && !e.isDerived()).toList();
    }

    private static void walk(Object value, String path, boolean isPrivate, List<Entry> out, List<ListSize> lists,
            List<DateEntry> dates) {
        walk(value, path, isPrivate, false, out, lists, dates);
    }

    private static void walk(Object value, String path, boolean isPrivate, boolean isDerived, List<Entry> out,
            List<ListSize> lists, List<DateEntry> dates) {
        if (value == null) {
            return;
        }
        if (value instanceof java.time.LocalDate date) {
            dates.add(new DateEntry(path, date));
        } else if (value instanceof String text) {
            out.add(new Entry(path, text, isPrivate, isDerived));
        } else if (value instanceof Collection<?> items) {
            lists.add(new ListSize(path, items.size()));
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", isPrivate, isDerived, out, lists, dates);
            }
        } else if (value instanceof Record record) {
            boolean recordPrivate = isPrivate || record.getClass().isAnnotationPresent(Private.class);
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                boolean componentPrivate = recordPrivate || component.isAnnotationPresent(Private.class);
                String childPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
                walk(read(component, record), childPath, componentPrivate,
                        isDerived || component.isAnnotationPresent(Derived.class), out, lists, dates);
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
