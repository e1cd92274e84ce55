package dev.offboard.render;

import dev.offboard.plan.Language;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates and amounts written the way the document's reader expects: {@code 13 March 2026} and
 * {@code €1,450.00} in British English, {@code March 13, 2026} and {@code $1,450.00} in American
 * English, {@code 13 mars 2026} and {@code 1 450,00 €} in French (with the no-break spaces French
 * typography asks for), {@code 1 450,00 $} for dollars in Quebec.
 */
final class Formats {

    private final DocumentLocale conventions;
    private final DateTimeFormatter dates;
    private final boolean unbreakable;

    Formats(Language language) {
        this(DocumentLocale.of(language, ""));
    }

    Formats(DocumentLocale conventions) {
        this(conventions, false);
    }

    /**
     * @param unbreakable whether dates hold no-break spaces, so that a line never ends inside
     *     one: for the letter, whose lines are laid out here; an email's are the reader's
     */
    Formats(DocumentLocale conventions, boolean unbreakable) {
        this.conventions = conventions;
        this.unbreakable = unbreakable;
        this.dates = DateTimeFormatter.ofPattern(conventions.monthFirst() ? "MMMM d, yyyy" : "d MMMM yyyy",
                conventions.locale());
    }

    /** The date in words; empty when there is no date. */
    String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        String text = conventions.language() == Language.FR && date.getDayOfMonth() == 1
                // French writes the first of the month as an ordinal: « 1er mars 2026 ».
                ? "1er " + DateTimeFormatter.ofPattern("MMMM yyyy", conventions.locale()).format(date)
                : dates.format(date);
        return unbreakable ? text.replace(' ', '\u00A0') : text;
    }

    /**
     * The amount with its currency; empty when either is missing. The reader's own currency
     * takes its local symbol ({@code $} for dollars in the United States or Canada); others
     * are told apart ({@code US$} in Britain, {@code $ US} in Quebec).
     */
    String money(BigDecimal amount, Currency currency) {
        if (amount == null || currency == null) {
            return "";
        }
        Locale locale = conventions.locale();
        // NumberFormat is not thread-safe: one per call keeps Formats shareable.
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        if (isLocalCurrency(currency, locale) && format instanceof DecimalFormat decimal) {
            DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
            symbols.setCurrencySymbol(currency.getSymbol(new Locale("en", locale.getCountry())));
            decimal.setDecimalFormatSymbols(symbols);
        }
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(Math.max(format.getMinimumFractionDigits(), amount.scale()));
        return format.format(amount);
    }

    private static boolean isLocalCurrency(Currency currency, Locale locale) {
        try {
            return currency.equals(Currency.getInstance(locale));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
