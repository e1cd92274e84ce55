package dev.offboard.ui.widget;

import dev.offboard.plan.Plan;
import dev.offboard.ui.core.Formats;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Parsed;
import dev.offboard.ui.core.PlanHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An editable list in the plan (deliverables, payments, referrals, items to return), seen
 * as rows of text cells. Plain Java: a Swing table model adapts it.
 *
 * @param <T> the record of one row
 */
public abstract class Rows<T> {

    private final PlanHolder holder;
    private final String path;
    private final List<String> columnKeys;
    protected final Messages messages;

    protected Rows(PlanHolder holder, Messages messages, String path, List<String> columnKeys) {
        this.holder = holder;
        this.messages = messages;
        this.path = path;
        this.columnKeys = columnKeys;
    }

    /** The plan path of the list, e.g. {@code deliverables} or {@code options.referrals}. */
    public String path() {
        return path;
    }

    protected final Plan plan() {
        return holder.plan();
    }

    public int columnCount() {
        return columnKeys.size();
    }

    public String columnName(int column) {
        return messages.text(columnKeys.get(column));
    }

    /** The plan field name of a column, as used in problem paths. */
    public abstract String field(int column);

    public int rowCount() {
        return read(holder.plan()).size();
    }

    public T row(int index) {
        return read(holder.plan()).get(index);
    }

    public String text(int row, int column) {
        return text(row(row), column);
    }

    /** Whether a column holds amounts, shown right-aligned. */
    public boolean isNumeric(int column) {
        return false;
    }

    /** The fixed choices of a column, or empty when it takes free text. */
    public List<String> choices(int column) {
        return List.of();
    }

    /**
     * Sets a cell from typed text.
     *
     * @return a message when the text cannot be taken (the row is left as it was)
     */
    public Optional<String> set(int row, int column, String text) {
        Parsed<T> changed = with(row(row), column, text.strip());
        if (!changed.isValid()) {
            return Optional.of(changed.problem());
        }
        List<T> rows = new ArrayList<>(read(holder.plan()));
        rows.set(row, changed.value());
        holder.update(p -> write(p, rows));
        return Optional.empty();
    }

    /** Adds an empty row at the end and returns its index. */
    public int add() {
        List<T> rows = new ArrayList<>(read(holder.plan()));
        rows.add(blank());
        holder.update(p -> write(p, rows));
        return rows.size() - 1;
    }

    public void remove(int row) {
        List<T> rows = new ArrayList<>(read(holder.plan()));
        rows.remove(row);
        holder.update(p -> write(p, rows));
    }

    /** Moves a row by {@code delta} places; returns its new index (unchanged at either end). */
    public int move(int row, int delta) {
        List<T> rows = new ArrayList<>(read(holder.plan()));
        int target = row + delta;
        if (row < 0 || row >= rows.size() || target < 0 || target >= rows.size()) {
            return row;
        }
        rows.add(target, rows.remove(row));
        holder.update(p -> write(p, rows));
        return target;
    }

    /** A warning or error to show on the row, or empty. */
    public Optional<String> rowNote(int row) {
        return Optional.empty();
    }

    protected abstract List<T> read(Plan plan);

    protected abstract Plan write(Plan plan, List<T> rows);

    protected abstract T blank();

    protected abstract String text(T row, int column);

    /** The row with one cell changed, or why the text cannot be taken. */
    protected abstract Parsed<T> with(T row, int column, String text);

    /** A rejection with the message at {@code key}. */
    protected final <V> Parsed<V> invalid(String key, Object... args) {
        return Parsed.rejected(messages.text(key, args));
    }

    /** A date as the user's language writes it (or ISO); empty text is no date. */
    protected final Parsed<java.time.LocalDate> date(String text) {
        if (text.isEmpty()) {
            return Parsed.of(null);
        }
        try {
            return Parsed.of(Formats.parseDate(text, messages.locale()));
        } catch (IllegalArgumentException e) {
            return invalid("rows.date.invalid", text,
                    Formats.date(java.time.LocalDate.of(2026, 12, 4), messages.locale()));
        }
    }

    /** One of a column's choices, by its label or its name. */
    protected final <E extends Enum<E>> Parsed<E> choice(Class<E> type, String prefix, String text) {
        for (E value : type.getEnumConstants()) {
            if (messages.label(prefix, value).equalsIgnoreCase(text) || value.name().equalsIgnoreCase(text)) {
                return Parsed.of(value);
            }
        }
        return invalid("rows.choice.invalid", text);
    }

    protected final <E extends Enum<E>> List<String> labels(Class<E> type, String prefix) {
        List<String> labels = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            labels.add(messages.label(prefix, value));
        }
        return labels;
    }
}
