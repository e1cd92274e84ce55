package dev.offboard.ui.core;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Dates, amounts and lines as people type and read them, per locale. */
public final class Formats {

    private Formats() {
    }

    /** A date for reading, e.g. "4 Dec 2026" or "4 déc. 2026". */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A date in full, e.g. "Friday 4 December 2026". */
    public static String longDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    /**
     * Parses a date as people type it: ISO ({@code 2026-12-04}), the locale's medium, long or
     * full form, and the usual hand-typed forms ("4 Dec 2026", "4 December 2026",
     * "Dec 4, 2026"; with a region, also "4/12/2026", or "12/4/2026" where the month comes
     * first), in any case.
     *
     * @throws IllegalArgumentException when none of them fits
     */
    public static LocalDate parseDate(String text, Locale locale) {
        String trimmed = text.strip();
        for (DateTimeFormatter format : typedDateFormats(locale)) {
            try {
                return LocalDate.parse(trimmed, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new IllegalArgumentException("not a date: " + text);
    }

    /** The forms {@link #parseDate} reads, for date fields that parse on their own. */
    public static List<DateTimeFormatter> typedDateFormats(Locale locale) {
        List<DateTimeFormatter> formats = new java.util.ArrayList<>();
        formats.add(DateTimeFormatter.ISO_LOCAL_DATE);
        for (FormatStyle style : List.of(FormatStyle.MEDIUM, FormatStyle.LONG, FormatStyle.FULL)) {
            formats.add(new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendLocalized(style, null).toFormatter(locale));
        }
        List<String> patterns = new java.util.ArrayList<>(List.of("d MMM uuuu", "d MMMM uuuu", "MMM d, uuuu",
                "MMMM d, uuuu", "MMM d uuuu", "MMMM d uuuu"));
        if (!locale.getCountry().isEmpty()) {
            // Numbers alone ("4/12/2026") only where the region says which comes first: in a bare
            // language they could be read the wrong way round.
            String shortForm = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT,
                    null, java.time.chrono.IsoChronology.INSTANCE, locale);
            boolean monthFirst = shortForm.indexOf('M') < shortForm.indexOf('d');
            // Four-digit years only: a field reads its text at every keystroke, and "12/8/20",
            // on the way to "12/8/2026", must not be taken for 2020.
            patterns.addAll(monthFirst ? List.of("M/d/uuuu", "M-d-uuuu") : List.of("d/M/uuuu", "d.M.uuuu", "d-M-uuuu"));
        }
        for (String pattern : patterns) {
            formats.add(new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(locale));
        }
        return List.copyOf(formats);
    }

    /**
     * Parses a decimal as typed in the locale ("1,450.50" or "1 450,50"); spaces of any kind
     * are ignored.
     *
     * @throws IllegalArgumentException when the text is not a whole decimal number
     */
    public static BigDecimal parseDecimal(String text, Locale locale) {
        String compact = text.replaceAll("[\\s\\u00A0\\u202F']", "");
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        if (Character.isSpaceChar(symbols.getGroupingSeparator())) {
            format.setGroupingUsed(false);
        }
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(compact, position);
        if (compact.isEmpty() || parsed == null || position.getIndex() != compact.length()) {
            throw new IllegalArgumentException("not a number: " + text);
        }
        return (BigDecimal) parsed;
    }

    public static String formatDecimal(BigDecimal value, Locale locale) {
        return amount(value, null, locale);
    }

    /**
     * An amount without its symbol, with at least the currency's usual decimals ("1,250.50" for
     * euros, "1,000" for yen) and never fewer than were typed; as typed when the currency is unknown.
     */
    public static String amount(BigDecimal value, Currency currency, Locale locale) {
        int usual = currency == null ? 0 : Math.max(0, currency.getDefaultFractionDigits());
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(currency == null ? Math.max(0, value.scale()) : usual);
        format.setMaximumFractionDigits(Math.max(usual, value.scale()));
        return format.format(value);
    }

    /** The currency of a locale's country, or empty when it names no country (plain "en"). */
    public static java.util.Optional<Currency> currencyOf(Locale locale) {
        if (locale.getCountry().isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.ofNullable(Currency.getInstance(locale));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** An amount with the currency's usual decimals, e.g. "€1,450.00" or "1 450,00 €". */
    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), amount.scale()));
        return format.format(amount);
    }

    /** Lines of text, trimmed, blanks dropped. */
    public static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
