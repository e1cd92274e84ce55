package dev.offboard.render;

import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanText;
import dev.offboard.plan.SecretGuard;
import dev.offboard.plan.ToneGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks what a user's template made for a client document before it is used: the same
 * privacy scan, secret guard and tone guard the plan's own text goes through. Text the
 * freelancer typed in a client-facing field is the plan check's business (it is flagged
 * there, and {@code render} stops for it); what is left came from the template, which then
 * is not used.
 */
final class OutputCheck {

    /** Checks nothing: for the private plan, which is the freelancer's own. */
    static final OutputCheck NONE = new OutputCheck(List.of(), List.of());

    /**
     * Private text shorter than this is not looked for: a word such as "none" may well be in a
     * template's own wording, and says nothing about the freelancer.
     */
    private static final int MIN_PRIVATE_LENGTH = 16;

    private record PrivateLine(String path, String text) {
    }

    private final List<String> clientTexts;
    private final List<PrivateLine> privateLines;

    private OutputCheck(List<String> clientTexts, List<PrivateLine> privateLines) {
        this.clientTexts = clientTexts;
        this.privateLines = privateLines;
    }

    static OutputCheck of(Plan plan) {
        List<String> client = new ArrayList<>();
        List<PrivateLine> secret = new ArrayList<>();
        for (PlanText.Entry entry : PlanText.entries(plan)) {
            if (entry.text().isBlank()) {
                continue;
            }
            if (!entry.isPrivate()) {
                client.add(normal(entry.text()));
                continue;
            }
            entry.text().lines().map(OutputCheck::normal).map(String::strip)
                    .filter(line -> line.codePointCount(0, line.length()) >= MIN_PRIVATE_LENGTH)
                    .forEach(line -> secret.add(new PrivateLine(entry.path(), line)));
        }
        return new OutputCheck(List.copyOf(client), List.copyOf(secret));
    }

    /**
     * What is wrong with {@code made}, the text of a client document, in words that fit
     * "what it makes …"; empty when nothing is.
     */
    Optional<String> fault(String made) {
        if (this == NONE) {
            return Optional.empty();
        }
        String text = normal(made);
        for (PrivateLine line : privateLines) {
            if (text.contains(line.text()) && !typedForTheClient(line.text())) {
                return Optional.of("shows private text of the plan (" + line.path() + ")");
            }
        }
        for (SecretGuard.Finding finding : SecretGuard.scan(text)) {
            String words = text.substring(finding.start(), finding.end());
            if (!typedForTheClient(words)) {
                return Optional.of("says '" + PlainText.oneLine(shorten(words)) + "', which looks like a "
                        + describe(finding.kind()));
            }
        }
        for (ToneGuard.Finding finding : ToneGuard.scan(text)) {
            String words = text.substring(finding.start(), finding.end());
            if (!typedForTheClient(words)) {
                return Optional.of("says '" + PlainText.oneLine(words) + "', which "
                        + (finding.kind() == ToneGuard.Kind.BREAK_UP ? "talks of a break-up" : "can read as blame"));
            }
        }
        return Optional.empty();
    }

    private boolean typedForTheClient(String words) {
        for (String typed : clientTexts) {
            if (typed.contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(SecretGuard.Kind kind) {
        return switch (kind) {
            case PASSWORD -> "password";
            case PRIVATE_KEY -> "private key";
            case API_KEY -> "secret key";
            case TOKEN -> "access token";
            case CARD_NUMBER -> "card number";
        };
    }

    private static String shorten(String words) {
        return words.codePointCount(0, words.length()) <= 40 ? words
                : words.substring(0, words.offsetByCodePoints(0, 40)) + "…";
    }

    /**
     * Text as both the plan and a document hold it: every kind of space one space, control
     * characters gone (the letter drops them), U+202F as U+00A0 is the same space.
     */
    static String normal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (!Character.isISOControl(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
