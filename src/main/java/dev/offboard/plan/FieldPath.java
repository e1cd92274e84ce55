package dev.offboard.plan;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path of one field of a {@link Plan}, as the plan file writes it: {@code client.email},
 * {@code deliverables[2].dueDate}. Only paths that exist in the plan's records can be made:
 * each name is checked against the record components, so a renamed component breaks at the
 * first use of its old path, not silently in the window.
 *
 * @param value the path as text
 */
public record FieldPath(String value) {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    public FieldPath {
        resolve(value);
    }

    /** The path at {@code value}; throws IllegalArgumentException when the plan has no such field. */
    public static FieldPath of(String value) {
        return new FieldPath(value);
    }

    /** Whether {@code value} names a field of the plan. */
    public static boolean exists(String value) {
        try {
            resolve(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The row {@code index} of this list, e.g. {@code payments} gives {@code payments[1]}. */
    public FieldPath row(int index) {
        return of(value + "[" + index + "]");
    }

    /** A field of this record, e.g. {@code payments[1]} and {@code amount} give {@code payments[1].amount}. */
    public FieldPath field(String name) {
        return of(value + "." + name);
    }

    /** The plan section, the first name: {@code client} for {@code client.email}. */
    public String section() {
        return value.split("[.\\[]", 2)[0];
    }

    /** The path up to its first row index: {@code payments[2].amount} gives {@code payments}. */
    public String base() {
        int open = value.indexOf('[');
        return open < 0 ? value : value.substring(0, open);
    }

    /** The first row index, or -1: 2 for {@code payments[2].amount}. */
    public int rowIndex() {
        Matcher matcher = Pattern.compile("\\[(\\d+)]").matcher(value);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    @Override
    public String toString() {
        return value;
    }

    /** Walks the record components named by the path; throws when one does not exist. */
    private static void resolve(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("empty field path");
        }
        Type type = Plan.class;
        for (String segment : path.split("\\.", -1)) {
            Matcher matcher = SEGMENT.matcher(segment);
            if (!matcher.matches() || !(type instanceof Class<?> record) || !record.isRecord()) {
                throw new IllegalArgumentException("no field " + path + " in a plan");
            }
            RecordComponent component = component(record, matcher.group(1), path);
            type = component.getGenericType();
            if (matcher.group(2) != null) {
                if (!(type instanceof ParameterizedType list) || list.getRawType() != List.class) {
                    throw new IllegalArgumentException(matcher.group(1) + " is not a list in " + path);
                }
                type = list.getActualTypeArguments()[0];
            }
        }
    }

    private static RecordComponent component(Class<?> record, String name, String path) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        throw new IllegalArgumentException("no field " + path + " in a plan");
    }
}
