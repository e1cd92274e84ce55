package dev.offboard.render;

import dev.offboard.plan.Language;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;

/**
 * Dates and amounts written the way a reader of the document's language expects:
 * {@code 13 March 2026} and {@code €1,450.00} in English, {@code 13 mars 2026} and
 * {@code 1 450,00 €} in French (with the no-break spaces French typography asks for).
 */
final class Formats {

    private final Language language;
    private final DateTimeFormatter dates;

    Formats(Language language) {
        this.language = language;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
    }

    /** The date in words; empty when there is no date. */
    String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (language == Language.FR && date.getDayOfMonth() == 1) {
            // French writes the first of the month as an ordinal: « 1er mars 2026 ».
            return "1er " + DateTimeFormatter.ofPattern("MMMM yyyy", language.locale()).format(date);
        }
        return dates.format(date);
    }

    /** The amount with its currency; empty when either is missing. */
    String money(BigDecimal amount, Currency currency) {
        if (amount == null || currency == null) {
            return "";
        }
        // NumberFormat is not thread-safe: one per call keeps Formats shareable.
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(Math.max(format.getMinimumFractionDigits(), amount.scale()));
        return format.format(amount);
    }
}
