package dev.offboard.render;

/**
 * Tidies the email text a template produced: no trailing spaces, never two blank lines in
 * a row, no blank lines at the start, one newline at the end. Templates can then let a
 * section vanish without counting blank lines.
 */
final class PlainText {

    private PlainText() {
    }

    static String tidy(String text) {
        String noTrailing = text.replaceAll("[ \\t]+(?=\\n|$)", "");
        String collapsed = noTrailing.replaceAll("\\n{3,}", "\n\n");
        return collapsed.strip() + "\n";
    }

    /** One line: any line breaks and runs of spaces become a single space. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
