package dev.offboard.render;

/**
 * Makes any text safe as XHTML character data or attribute value, so it shows literally.
 *
 * <p>Markup characters become character references; characters XML 1.0 does not allow
 * (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped, since no parser would
 * accept them. U+202F (narrow no-break space, which French number formats use) becomes a
 * plain no-break space, because the embedded Roboto font has no glyph for it.
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
                        out.append(c).append(text.charAt(++i));
                    } else if (isAllowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isAllowed(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }
}
