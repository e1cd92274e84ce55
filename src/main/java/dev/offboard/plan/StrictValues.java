package dev.offboard.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * How a plan file's amounts and dates are read: as text in one plain shape, checked before
 * any conversion. An amount is {@code "1450.00"}, never {@code 1450}, {@code "1.45e3"} or
 * {@code "1e999999999"} (which would take gigabytes to write out); a date is
 * {@code "2026-03-10"} between 1900 and 2200, never a number of days or an array.
 */
final class StrictValues {

    /** The most digits after the decimal point of any number: no currency has more than four. */
    static final int MAX_FRACTION_DIGITS = 4;

    private static final Pattern PLAIN_DECIMAL = Pattern.compile(
            "-?[0-9]{1," + PlanLimits.MAX_INTEGER_DIGITS + "}(?:\\.[0-9]{1," + MAX_FRACTION_DIGITS + "})?");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private StrictValues() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("offboard-strict-values");
        module.addDeserializer(BigDecimal.class, new DecimalDeserializer());
        module.addDeserializer(LocalDate.class, new DateDeserializer());
        return module;
    }

    /** Whether {@code text} is an amount in the one shape a plan file writes. */
    static boolean isPlainDecimal(String text) {
        return text.length() <= 40 && PLAIN_DECIMAL.matcher(text).matches();
    }

    /** Whether {@code text} has the shape {@code YYYY-MM-DD}. */
    static boolean isIsoDate(String text) {
        return ISO_DATE.matcher(text).matches();
    }

    private static final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        private static final long serialVersionUID = 1L;

        DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                // Not even looked at: a JSON number such as 1e999999999 is never converted.
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            String text = p.getText();
            if (!isPlainDecimal(text)) {
                return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a plain decimal");
            }
            return new BigDecimal(text);
        }
    }

    private static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (!isIsoDate(text)) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a real date");
            }
            if (!PlanLimits.inRange(date)) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "out of range");
            }
            return date;
        }
    }
}
