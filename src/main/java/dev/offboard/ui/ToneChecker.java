package dev.offboard.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words the guide advises against when talking to a client: talk of a "break-up",
 * and blame. English and French are checked together, since a plan may mix them.
 */
public final class ToneChecker {

    /**
     * One phrase to reconsider.
     *
     * @param start index of the first character in the text
     * @param end index after the last character
     * @param kind what is wrong with it, which picks the suggestion
     */
    public record Issue(int start, int end, String phrase, Kind kind) {
    }

    /** Why a phrase is worth changing. */
    public enum Kind {
        /** Talk of breaking up, which makes a business decision sound personal. */
        BREAK_UP,
        /** Pointing fingers at the client. */
        BLAME
    }

    private static final String APOSTROPHE = "['’]";
    private static final List<Rule> RULES = List.of(
            new Rule("\\bbreak(?:ing|s)?[\\s-]*up\\b|\\bbreakups?\\b|\\bbroke[\\s-]*up\\b", Kind.BREAK_UP),
            new Rule("\\brompre\\b|\\bromp(?:s|t|ons|ez|ent|u|ue)\\b|\\bruptures?\\b", Kind.BREAK_UP),
            new Rule("\\byour\\s+fault\\b|\\byou\\s+never\\b|\\byou\\s+always\\b|\\byou\\s+keep\\s+failing\\b", Kind.BLAME),
            new Rule("\\bvotre\\s+faute\\b|\\bc" + APOSTROPHE + "est\\s+de\\s+votre\\s+faute\\b"
                    + "|\\bvous\\s+n" + APOSTROPHE + "(?:avez|êtes|étiez|aviez)\\s+jamais\\b"
                    + "|\\bvous\\s+ne\\s+(?:[\\p{L}'’]+\\s+){1,2}?jamais\\b"
                    + "|\\bvous\\s+n" + APOSTROPHE + "\\p{L}+\\s+jamais\\b"
                    + "|\\bvous\\s+(?:\\p{L}+\\s+)?toujours\\s+en\\s+retard\\b", Kind.BLAME));

    private record Rule(Pattern pattern, Kind kind) {
        Rule(String regex, Kind kind) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), kind);
        }
    }

    /** Every phrase to reconsider, in text order. */
    public List<Issue> check(String text) {
        List<Issue> issues = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return issues;
        }
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                issues.add(new Issue(matcher.start(), matcher.end(), matcher.group(), rule.kind()));
            }
        }
        issues.sort(Comparator.comparingInt(Issue::start));
        return issues;
    }
}
