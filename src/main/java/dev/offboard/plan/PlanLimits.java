package dev.offboard.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The budgets of a real plan, held both when a file is read ({@link PlanFile}) and while the
 * wizard is filled in ({@link PlanCheck}): text per field and in all, lines per field and in
 * all, dates within a sane range, amounts of a bounded size in their currency's minor unit.
 * They sit far above any real letter (a long one runs to a few pages) and far below what makes
 * the renderer run for minutes or out of memory.
 */
public final class PlanLimits {

    /** The longest text in any one field, in characters (code points). */
    public static final int MAX_TEXT_LENGTH = 20_000;
    /** The most lines in any one field: a description of two hundred lines is already four pages. */
    public static final int MAX_LINES_PER_FIELD = 200;
    /** The most text in all the plan's fields together, in characters: some fifty pages. */
    public static final int MAX_TOTAL_CHARACTERS = 150_000;
    /**
     * The most line breaks in all the plan's fields together. 10,000 made a letter of 187
     * pages that took over a minute; 2,000 is some forty pages of nothing but short lines,
     * and leaves a plan of 1,000 single-line deliverables and payments untouched.
     */
    public static final int MAX_TOTAL_LINE_BREAKS = 2_000;
    /** The most digits before the decimal point of an amount or a percentage. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The first day a plan may name. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    /** The last day a plan may name. */
    public static final LocalDate LAST_DATE = LocalDate.of(2200, 12, 31);

    private PlanLimits() {
    }

    /** Whether {@code date} lies within {@link #FIRST_DATE} … {@link #LAST_DATE}. */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /** The decimals an amount in {@code currency} may have: its ISO 4217 minor unit (EUR 2, JPY 0, BHD 3). */
    public static int minorUnits(java.util.Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        // Codes without a minor unit (gold, testing, "no currency") are not money owed; four is the most any has.
        return digits < 0 ? 4 : digits;
    }

    /** Digits before the decimal point of {@code value}. */
    static int integerDigits(BigDecimal value) {
        return Math.max(0, value.precision() - value.scale());
    }

    /** Every budget the plan exceeds, as errors naming the field (or none, for the plan as a whole). */
    static List<Problem> check(Plan plan) {
        List<Problem> problems = new ArrayList<>();
        long characters = 0;
        long breaks = 0;
        for (PlanText.Entry entry : PlanText.entries(plan)) {
            String text = entry.text();
            int length = text.codePointCount(0, text.length());
            int fieldLines = lineCount(text);
            characters += length;
            breaks += Math.max(0, fieldLines - 1);
            if (length > MAX_TEXT_LENGTH) {
                problems.add(Problem.error(entry.path(), "limit.text.length", length, MAX_TEXT_LENGTH));
            } else if (fieldLines > MAX_LINES_PER_FIELD) {
                problems.add(Problem.error(entry.path(), "limit.text.lines", fieldLines, MAX_LINES_PER_FIELD));
            }
            int lone = loneSurrogate(text);
            if (lone >= 0) {
                problems.add(Problem.error(entry.path(), "limit.text.loneSurrogate",
                        String.format("U+%04X", (int) text.charAt(lone))));
            }
        }
        for (PlanText.DateEntry date : PlanText.dates(plan)) {
            if (!inRange(date.date())) {
                problems.add(Problem.error(date.path(), "limit.date.range", date.date().toString(),
                        FIRST_DATE.toString(), LAST_DATE.toString()));
            }
        }
        for (int i = 0; i < plan.payments().size(); i++) {
            Payment payment = plan.payments().get(i);
            String path = "payments[" + i + "].amount";
            if (payment.amount() == null) {
                continue;
            }
            if (integerDigits(payment.amount()) > MAX_INTEGER_DIGITS) {
                problems.add(Problem.error(path, "limit.amount.digits", MAX_INTEGER_DIGITS));
            } else if (payment.currency() != null
                    && payment.amount().stripTrailingZeros().scale() > minorUnits(payment.currency())) {
                int units = minorUnits(payment.currency());
                problems.add(Problem.error(path, units == 0 ? "limit.amount.noDecimals" : "limit.amount.decimals",
                        payment.currency().getCurrencyCode(), units, payment.amount().toPlainString()));
            }
        }
        BigDecimal share = plan.client().revenueSharePercent();
        if (share != null && share.stripTrailingZeros().scale() > 2) {
            problems.add(Problem.error("client.revenueSharePercent", "limit.share.decimals", share.toPlainString()));
        }
        if (characters > MAX_TOTAL_CHARACTERS) {
            problems.add(Problem.error("", "limit.plan.characters", characters, MAX_TOTAL_CHARACTERS));
        } else if (breaks > MAX_TOTAL_LINE_BREAKS) {
            problems.add(Problem.error("", "limit.plan.lines", breaks, MAX_TOTAL_LINE_BREAKS));
        }
        return problems;
    }

    /** Lines in {@code text}: one more than its line breaks, none when it is empty. */
    static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** The index of the first surrogate without its other half, or -1. */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
