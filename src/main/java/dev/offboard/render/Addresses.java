package dev.offboard.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Postal address lines and email addresses as the letter shows them. */
final class Addresses {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private Addresses() {
    }

    /**
     * The client's address, one item a line, blank lines dropped. A letter that crosses a
     * border ends with the client's country, in the document's language, when the address
     * does not already name it; a letter within one country leaves a typed country line out.
     * Unknown countries leave the address as typed.
     */
    static List<String> lines(String address, String clientCountry, String senderCountry, DocumentLocale conventions) {
        List<String> lines = new ArrayList<>(ClientView.lines(address));
        if (lines.isEmpty() || clientCountry.isEmpty() || senderCountry.isEmpty()) {
            return lines;
        }
        boolean named = namesCountry(lines.get(lines.size() - 1), clientCountry);
        if (clientCountry.equals(senderCountry)) {
            if (named && lines.size() > 1) {
                lines.remove(lines.size() - 1);
            }
        } else if (!named) {
            String name = new Locale("", clientCountry).getDisplayCountry(conventions.locale());
            if (!name.isEmpty() && !name.equals(clientCountry)) {
                lines.add(name);
            }
        }
        return lines;
    }

    /** Whether a line is the country's name, in English or French, or its code. */
    private static boolean namesCountry(String line, String country) {
        String text = line.strip();
        Locale region = new Locale("", country);
        return text.equalsIgnoreCase(country)
                || text.equalsIgnoreCase(region.getDisplayCountry(Locale.ENGLISH))
                || text.equalsIgnoreCase(region.getDisplayCountry(Locale.FRENCH))
                || country.equals("GB") && text.matches("(?i)UK|U\\.K\\.|Great Britain|England|Scotland|Wales|Northern Ireland")
                || country.equals("US") && text.matches("(?i)USA|U\\.S\\.A\\.|U\\.S\\.|United States of America|États-Unis d'Amérique");
    }

    /** Whether the text is one email address, fit for a {@code mailto:} link. */
    static boolean isEmail(String text) {
        return EMAIL.matcher(text.strip()).matches();
    }
}
