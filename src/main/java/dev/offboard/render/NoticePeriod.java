package dev.offboard.render;

import dev.offboard.plan.Language;
import dev.offboard.plan.Notice;

/**
 * A notice period in words, as the letter states it: "two weeks' notice", "ten business days'
 * notice"; « un préavis de deux semaines », « un préavis d'un jour ouvré ». Numbers up to ten
 * are written in words, larger ones in figures.
 */
final class NoticePeriod {

    private static final String[] ENGLISH = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten"};
    private static final String[] FRENCH = {"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
        "neuf", "dix"};

    private NoticePeriod() {
    }

    /** The period of a {@link Notice.NoticeKind#PERIOD} notice; empty when its length is not positive. */
    static String of(Notice notice, Language language) {
        int n = notice.length();
        if (n <= 0) {
            return "";
        }
        boolean weeks = notice.unit() == Notice.NoticeUnit.WEEKS;
        boolean business = !weeks && notice.counting() == Notice.DayCount.BUSINESS_DAYS;
        if (language == Language.FR) {
            String unit = weeks ? (n == 1 ? "semaine" : "semaines")
                    : (n == 1 ? "jour" : "jours") + (business ? (n == 1 ? " ouvré" : " ouvrés") : "");
            if (n == 1) {
                return "un préavis " + (weeks ? "d'une " : "d'un ") + unit;
            }
            return "un préavis de " + (n <= 10 ? FRENCH[n] : String.valueOf(n)) + " " + unit;
        }
        String count = n <= 10 ? ENGLISH[n] : String.valueOf(n);
        String unit = weeks ? "week" : business ? "business day" : "day";
        return n == 1 ? count + " " + unit + "'s notice" : count + " " + unit + "s' notice";
    }
}
