package dev.offboard.render;

import dev.offboard.plan.Language;
import java.util.Locale;
import java.util.Set;

/**
 * The conventions a document follows: its language and the region of its reader. The language
 * is the document's; the region is the client's country when that language has conventions of
 * its own there (en-US, en-CA, fr-CA, fr-BE, fr-CH …), else the language's home (en-GB, fr-FR).
 *
 * <p>It decides dates ({@code December 23, 2026} in the United States), money (no {@code US$}
 * for a US reader of dollars, {@code 1 500,00 $} in Quebec), spelling (acknowledgment), and
 * French spacing: France puts a narrow no-break space before {@code ; ! ?}, Quebec none.
 */
public record DocumentLocale(Language language, String region) {

    private static final Set<String> ENGLISH_REGIONS = Set.of("GB", "US", "CA", "AU", "NZ", "IE", "ZA", "IN", "SG");
    private static final Set<String> FRENCH_REGIONS = Set.of("FR", "CA", "BE", "CH", "LU");
    /** Where dates are written month first. */
    private static final Set<String> MONTH_FIRST = Set.of("US", "CA");

    /** The document's conventions for a reader in {@code country} (ISO 3166 code, any case, or empty). */
    public static DocumentLocale of(Language language, String country) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        Set<String> regions = language == Language.FR ? FRENCH_REGIONS : ENGLISH_REGIONS;
        return new DocumentLocale(language, regions.contains(code) ? code : language.locale().getCountry());
    }

    public Locale locale() {
        return new Locale(language.code(), region);
    }

    /** {@code en-GB}, {@code fr-CA} … */
    public String tag() {
        return locale().toLanguageTag();
    }

    /** Whether dates put the month first: {@code December 23, 2026}. */
    boolean monthFirst() {
        return language == Language.EN && MONTH_FIRST.contains(region);
    }

    /** Whether spelling is American: acknowledgment, certified mail. */
    boolean american() {
        return language == Language.EN && region.equals("US");
    }

    /** What goes before {@code ; ! ?}: a narrow no-break space in French of France, nothing elsewhere. */
    String spaceBeforeHighPunctuation() {
        return language == Language.FR && !region.equals("CA") ? "\u202F" : "";
    }

    /** What goes before a colon: a no-break space in French, nothing in English. */
    String spaceBeforeColon() {
        return language == Language.FR ? "\u00A0" : "";
    }
}
