package dev.offboard.plan;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Something about a plan worth telling the freelancer.
 *
 * @param severity an {@link Severity#ERROR} stops rendering; a {@link Severity#WARNING} does not
 * @param field the plan path of the field concerned, as in the plan file, for example
 *     {@code client.email} or {@code deliverables[2].dueDate}
 * @param code the message key in the {@code problems} bundle
 * @param args values for the message's placeholders
 */
public record Problem(Severity severity, String field, String code, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem error(String field, String code, Object... args) {
        return new Problem(Severity.ERROR, field, code, List.of(args));
    }

    public static Problem warning(String field, String code, Object... args) {
        return new Problem(Severity.WARNING, field, code, List.of(args));
    }

    /** An error about the field at {@code field}, a path checked against the plan's records. */
    public static Problem error(FieldPath field, String code, Object... args) {
        return error(field.value(), code, args);
    }

    /** A warning about the field at {@code field}, a path checked against the plan's records. */
    public static Problem warning(FieldPath field, String code, Object... args) {
        return warning(field.value(), code, args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in the given language, dates written as that language writes them. */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("dev.offboard.plan.problems", locale);
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            pattern = code;
        }
        Object[] values = args.stream().map(a -> a instanceof LocalDate date
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date)
                : a instanceof PublicHolidays.Name holiday ? holiday.in(locale) : a).toArray();
        return new MessageFormat(pattern, locale).format(values);
    }

    public enum Severity { ERROR, WARNING }
}
