package dev.offboard.plan;

import java.util.List;
import java.util.Objects;

/** Small helpers that keep the plan's text and lists free of nulls. */
final class Text {

    private Text() {
    }

    /** Null becomes empty; line endings become {@code \n}. Other text is kept exactly. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Null becomes an empty list; the result is unmodifiable and holds no nulls. */
    static <T> List<T> list(List<T> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).toList();
    }

    /** A list of text without nulls, each item cleaned. */
    static List<String> strings(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(Text::clean).toList();
    }
}
