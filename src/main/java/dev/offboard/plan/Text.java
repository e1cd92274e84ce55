package dev.offboard.plan;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/** Small helpers that keep the plan's text and lists free of nulls. */
final class Text {

    private Text() {
    }

    /**
     * Null becomes empty; line endings become {@code \n}; the text is put in Unicode's composed
     * form (NFC), so "Trần" pasted as "a", a circumflex and a grave accent becomes the one letter
     * "ầ" that fonts draw and searches find. Other text is kept exactly.
     */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
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
