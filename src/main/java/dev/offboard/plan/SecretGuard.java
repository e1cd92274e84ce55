package dev.offboard.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text that looks like a secret (a password, an API key or token, a private key, a
 * card number) so it can be flagged before it reaches a client-facing document.
 *
 * <p>It errs on the side of flagging: a false alarm costs the freelancer one look, a missed
 * password costs far more. Credentials belong in the plan by name only.
 */
public final class SecretGuard {

    /** One suspicious span of text: {@code [start, end)}, and what it looks like. */
    public record Finding(int start, int end, Kind kind) {
    }

    public enum Kind { PASSWORD, PRIVATE_KEY, API_KEY, TOKEN, CARD_NUMBER }

    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)\\b(pass(?:word|wd|phrase)?|pwd|mot de passe|mdp|secret|api[ _-]?key|cl[ée] d['’]api|token|jeton)"
                    + "\\s*(?:is|est|=|:|：)\\s*[\"'“«]?\\s*(\\S{3,})");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern KNOWN_TOKENS = Pattern.compile(
            "\\b(?:AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abposr]-[A-Za-z0-9-]{10,}"
                    + "|sk_(?:live|test)_[A-Za-z0-9]{16,}|sk-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{35}"
                    + "|eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})");
    private static final Pattern LONG_WORD = Pattern.compile("[A-Za-z0-9+/=_\\-]{20,}");
    private static final Pattern CARD = Pattern.compile("(?<![\\d-])(?:\\d[ -]?){12,18}\\d(?![\\d-])");

    private SecretGuard() {
    }

    /** Every suspicious span, in text order, without overlaps. */
    public static List<Finding> scan(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return findings;
        }
        Matcher labelled = LABELLED.matcher(text);
        while (labelled.find()) {
            String label = labelled.group(1).toLowerCase(Locale.ROOT);
            Kind kind = label.contains("key") || label.contains("api") ? Kind.API_KEY
                    : label.contains("token") || label.contains("jeton") ? Kind.TOKEN : Kind.PASSWORD;
            findings.add(new Finding(labelled.start(), labelled.end(), kind));
        }
        addAll(findings, PRIVATE_KEY.matcher(text), Kind.PRIVATE_KEY);
        addAll(findings, KNOWN_TOKENS.matcher(text), Kind.TOKEN);
        Matcher word = LONG_WORD.matcher(text);
        while (word.find()) {
            if (looksRandom(word.group())) {
                findings.add(new Finding(word.start(), word.end(), Kind.API_KEY));
            }
        }
        Matcher card = CARD.matcher(text);
        while (card.find()) {
            if (passesLuhn(card.group().replaceAll("[ -]", ""))) {
                findings.add(new Finding(card.start(), card.end(), Kind.CARD_NUMBER));
            }
        }
        return Spans.withoutOverlaps(findings, Finding::start, Finding::end);
    }

    public static boolean containsSecret(String text) {
        return !scan(text).isEmpty();
    }

    /**
     * A key-shaped string: long, mixing letters and digits (or cases), and high in entropy,
     * unlike a long word, a file name or a date-stamped reference.
     */
    static boolean looksRandom(String word) {
        if (word.length() < 20) {
            return false;
        }
        boolean digit = word.chars().anyMatch(Character::isDigit);
        boolean upper = word.chars().anyMatch(Character::isUpperCase);
        boolean lower = word.chars().anyMatch(Character::isLowerCase);
        int classes = (digit ? 1 : 0) + (upper ? 1 : 0) + (lower ? 1 : 0);
        return classes >= 2 && (digit || upper && lower) && entropyBitsPerChar(word) >= 3.7;
    }

    static double entropyBitsPerChar(String word) {
        int[] counts = new int[128];
        int other = 0;
        for (char c : word.toCharArray()) {
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double entropy = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / word.length();
                entropy -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = (double) other / word.length();
            entropy -= p * Math.log(p) / Math.log(2);
        }
        return entropy;
    }

    static boolean passesLuhn(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static void addAll(List<Finding> findings, Matcher matcher, Kind kind) {
        while (matcher.find()) {
            findings.add(new Finding(matcher.start(), matcher.end(), kind));
        }
    }
}
