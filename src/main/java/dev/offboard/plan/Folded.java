package dev.offboard.plan;

/**
 * Text as the guards read it: every kind of space one plain space (a no-break space before a
 * French colon, a narrow no-break space, a tab), invisible characters (zero-width spaces and
 * joiners, soft hyphens, byte-order marks) gone, full-width letters and digits as ASCII, and
 * Cyrillic and Greek letters that look like Latin ones as those Latin letters. So
 * {@code p\u0430ssword} (a Cyrillic a) reads as {@code password}. Each folded character
 * remembers where it came from, so a finding points at the text as typed.
 */
final class Folded {

    /** Greek and Cyrillic letters (U+0370 to U+052F) that look Latin, by code point less U+0370; 0 for none. */
    private static final int LOOK_ALIKE_BASE = 0x0370;
    private static final char[] LOOK_ALIKES = lookAlikes();

    private final String text;
    private final int[] from;
    private final int[] to;

    private Folded(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static Folded of(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int[] from = new int[source.length() + 1];
        int[] to = new int[source.length() + 1];
        for (int i = 0; i < source.length(); ) {
            int c = source.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!isInvisible(c)) {
                int start = out.length();
                if (c == '\n') {
                    out.append('\n');
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    out.append(' ');
                } else if (c >= 0xFF01 && c <= 0xFF5E) {
                    out.append((char) (c - 0xFEE0));
                } else if (c >= LOOK_ALIKE_BASE && c < LOOK_ALIKE_BASE + LOOK_ALIKES.length
                        && LOOK_ALIKES[c - LOOK_ALIKE_BASE] != 0) {
                    out.append(LOOK_ALIKES[c - LOOK_ALIKE_BASE]);
                } else {
                    out.appendCodePoint(c);
                }
                for (int k = start; k < out.length(); k++) {
                    from[k] = i;
                    to[k] = next;
                }
            }
            i = next;
        }
        return new Folded(out.toString(), from, to);
    }

    String text() {
        return text;
    }

    /** Where in the source the folded span {@code [start, end)} begins. */
    int sourceStart(int start) {
        return start < text.length() ? from[start] : to[Math.max(0, text.length() - 1)];
    }

    /** Where in the source the folded span ending at {@code end} (exclusive) ends. */
    int sourceEnd(int end) {
        return end == 0 ? 0 : to[end - 1];
    }

    private static boolean isInvisible(int c) {
        return c == 0x00AD || c == 0x034F || c == 0x180E || (c >= 0x200B && c <= 0x200F)
                || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
    }

    private static char[] lookAlikes() {
        String pairs =
                // Cyrillic
                "аaеeоoрpсcуyхxѕsіiјjԁdһhӏlАAВBЕEКKМMНHОOРPСCТTХXЅSІIЈJԌGӀl"
                // Greek
                + "οoαaνvρpτtκkιiΟOΑAΒBΕEΖZΗHΙIΚKΜMΝNΡPΤTΧXΥY";
        char[] table = new char[0x0530 - LOOK_ALIKE_BASE];
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            table[pairs.charAt(i) - LOOK_ALIKE_BASE] = pairs.charAt(i + 1);
        }
        return table;
    }
}
