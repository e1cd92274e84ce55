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
            rule("\\bbreak(?:ing|s)?[\\s-]{0,3}+ups?\\b|\\bbreak(?:ing)? (?:it )?off\\b|\\bbroke[\\s-]{0,3}+up\\b",
                    Kind.BREAK_UP, "tone.suggest.partWays"),
            rule("\\b(?:rompre|romps|rompt|rompons|rompez|rompent|rompu|rompue|ruptures?)\\b",
                    Kind.BREAK_UP, "tone.suggest.partWays"),
            rule("\\byour\\s{1,3}+(?:own\\s{1,3}+)?fault\\b|\\bdue to you\\b|\\bbecause of you\\b"
                    + "|\\byou(?:'ve| have)? failed\\b",
                    Kind.BLAME, "tone.suggest.general"),
            rule("\\byou\\s{1,3}+(?:never|always)\\b|\\byou(?:'ve| have) never\\b|\\byou keep failing\\b",
                    Kind.BLAME, "tone.suggest.general"),
            rule("\\b(?:de |par )?votre faute\\b|\\b\u00e0 cause de vous\\b",
                    Kind.BLAME, "tone.suggest.general"),
            rule("\\bvous n['\u2019](?:avez|\u00eates|\u00e9tiez|aviez)\\s{1,3}+jamais\\b"
                    + "|\\bvous\\s{1,3}+ne\\s{1,3}+(?:[\\p{L}'\u2019]{1,40}+\\s{1,3}+){1,2}?jamais\\b"
                    + "|\\bvous\\s{1,3}+n['\u2019]\\p{L}{1,40}+\\s{1,3}+jamais\\b"
                    + "|\\bvous\\s{1,3}+(?:\\p{L}{1,40}+\\s{1,3}+)?toujours\\s{1,3}+en\\s{1,3}+retard\\b",
                    Kind.BLAME, "tone.suggest.general"));

    /**
     * "Break up" with an object that is not a relationship ("break up the catalogue into two
     * print runs") is ordinary work talk, not a break-up.
     */
    private static final Pattern BREAK_UP_A_THING = Pattern.compile(
            "(?iu)^[ ]{1,3}+(?:the|this|that|these|those|a|an|each|every|my|its|their|long|large)[ ]{1,3}+(\\p{L}{1,40}+)");
    private static final java.util.Set<String> RELATIONSHIP_WORDS = java.util.Set.of("relationship", "collaboration",
            "partnership", "contract", "engagement", "agreement", "cooperation", "arrangement", "team", "work");

    private ToneGuard() {
    }

    private static boolean breaksUpAThing(String text, int end) {
        Matcher object = BREAK_UP_A_THING.matcher(text).region(end, Math.min(text.length(), end + 60));
        return object.lookingAt() && !RELATIONSHIP_WORDS.contains(object.group(1).toLowerCase(java.util.Locale.ROOT));
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
        Folded folded = Folded.of(text);
        String plain = folded.text();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(plain);
            while (matcher.find()) {
                if (rule.kind() == Kind.BREAK_UP && breaksUpAThing(plain, matcher.end())) {
                    continue;
                }
                findings.add(new Finding(folded.sourceStart(matcher.start()), folded.sourceEnd(matcher.end()),
                        rule.kind(), rule.suggestionKey()));
            }
        }
        return Spans.withoutOverlaps(findings, Finding::start, Finding::end);
    }
}
