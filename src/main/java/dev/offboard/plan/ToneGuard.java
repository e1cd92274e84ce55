package dev.offboard.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags wording the guide warns against in client-facing text: talk of a "break-up", and
 * phrasing that blames the client. Each finding carries a gentler suggestion. English and
 * French phrasing are both looked for, whatever the document's language.
 */
public final class ToneGuard {

    /** One flagged span {@code [start, end)}, the kind of wording and what to say instead. */
    public record Finding(int start, int end, Kind kind, String suggestionKey) {
    }

    public enum Kind { BREAK_UP, BLAME }

    private record Rule(Pattern pattern, Kind kind, String suggestionKey) {
    }

    private static final List<Rule> RULES = List.of(
            rule("\\bbreak(?:ing|s)?[\\s-]*ups?\\b|\\bbreak(?:ing)? (?:it )?off\\b|\\bbroke[\\s-]*up\\b",
                    Kind.BREAK_UP, "tone.suggest.partWays"),
            rule("\\b(?:rompre|romps|rompt|rompons|rompez|rompent|rompu|rompue|ruptures?)\\b",
                    Kind.BREAK_UP, "tone.suggest.partWays"),
            rule("\\byour\\s+(?:own\\s+)?fault\\b|\\bdue to you\\b|\\bbecause of you\\b|\\byou(?:'ve| have)? failed\\b",
                    Kind.BLAME, "tone.suggest.general"),
            rule("\\byou\\s+(?:never|always)\\b|\\byou(?:'ve| have) never\\b|\\byou keep failing\\b",
                    Kind.BLAME, "tone.suggest.general"),
            rule("\\b(?:de |par )?votre faute\\b|\\bà cause de vous\\b",
                    Kind.BLAME, "tone.suggest.general"),
            rule("\\bvous n['’](?:avez|êtes|étiez|aviez)\\s+jamais\\b"
                    + "|\\bvous\\s+ne\\s+(?:[\\p{L}'’]+\\s+){1,2}?jamais\\b"
                    + "|\\bvous\\s+n['’]\\p{L}+\\s+jamais\\b"
                    + "|\\bvous\\s+(?:\\p{L}+\\s+)?toujours\\s+en\\s+retard\\b",
                    Kind.BLAME, "tone.suggest.general"));

    private ToneGuard() {
    }

    private static Rule rule(String regex, Kind kind, String suggestionKey) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), kind, suggestionKey);
    }

    /** Every flagged span, in text order, without overlaps. */
    public static List<Finding> scan(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return findings;
        }
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                findings.add(new Finding(matcher.start(), matcher.end(), rule.kind(), rule.suggestionKey()));
            }
        }
        return Spans.withoutOverlaps(findings, Finding::start, Finding::end);
    }
}
