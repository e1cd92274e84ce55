package dev.offboard.render;

/**
 * Makes any text safe as XHTML character data or attribute value, so it shows literally.
 *
 * <p>Markup characters become character references; characters XML 1.0 does not allow
 * (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped, since no parser would
 * accept them. U+202F (narrow no-break space, which French number formats use) becomes a
 * plain no-break space, because the embedded Roboto font has no glyph for it. Variation
 * selectors (U+FE00 to U+FE0F, such as the one asking for an emoji's colour form, and U+E0100 to
 * U+E01EF) are dropped: a PDF's monochrome glyphs have no variants to choose from, and a font
 * without them would print {@code #}.
 */
final class XmlText {

    private XmlText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\u202F' -> out.append('\u00A0');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        if (!isVariationSelector(Character.toCodePoint(c, text.charAt(i + 1)))) {
                            out.append(c).append(text.charAt(i + 1));
                        }
                        i++;
                    } else if (isAllowed(c) && !isVariationSelector(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** U+FE00 to U+FE0F and U+E0100 to U+E01EF. */
    static boolean isVariationSelector(int codePoint) {
        return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    private static boolean isAllowed(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }
}
