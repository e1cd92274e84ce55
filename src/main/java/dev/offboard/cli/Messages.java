package dev.offboard.cli;

import java.util.Locale;

/** The language of command-line messages: French when the system speaks French, else English. */
final class Messages {

    private Messages() {
    }

    /** Text on one line: line breaks and other control characters shown as escapes, as typed values are quoted. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static Locale locale() {
        return "fr".equals(Locale.getDefault().getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
