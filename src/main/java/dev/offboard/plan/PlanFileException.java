package dev.offboard.plan;

import java.nio.file.Path;

/**
 * A plan file that cannot be read or written, with a message a person can act on: it
 * names the file and, where known, the field, the line and the column.
 */
public final class PlanFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String field;
    private final int line;
    private final int column;

    public PlanFileException(Path file, String field, int line, int column, String problem, Throwable cause) {
        super(describe(file, field, line, column, problem), cause);
        this.file = file;
        this.field = field;
        this.line = line;
        this.column = column;
    }

    public PlanFileException(Path file, String problem, Throwable cause) {
        this(file, "", -1, -1, problem, cause);
    }

    private static String describe(Path file, String field, int line, int column, String problem) {
        StringBuilder text = new StringBuilder().append(file);
        if (line > 0) {
            text.append(", line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        if (field != null && !field.isEmpty()) {
            text.append(", field '").append(field).append('\'');
        }
        return text.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    /** The plan path of the field concerned, or empty. */
    public String field() {
        return field;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }
}
