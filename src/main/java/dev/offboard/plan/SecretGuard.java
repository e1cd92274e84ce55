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

    /** What may stand between a label and its value: {@code is}, {@code est}, {@code =}, a colon. */
    private static final String SEPARATOR = "\\s{0,3}+(is|est|=|:|\uff1a)\\s{0,3}+";
    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}_])(p[a4@][s5$][s5$](?:w[o0]rd|wd|phrase)?|pwd|pw|pin|passwort|kennwort"
                    + "|contrase\u00f1a|mot de passe|mdp|secret|api[ _-]?key|cl[\u00e9e] d['\u2019]api|token|jeton)"
                    + SEPARATOR + "[\"'\u201c\u00ab]?+\\s{0,2}+([^\\s\"'\u201d\u00bb]{1,200}+)");
    /** Words after a label that say how a secret travels, or that there is none: not a secret. */
    private static final java.util.Set<String> HANDOVER_WORDS = java.util.Set.of(
            "none", "n/a", "na", "nil", "no", "not", "nothing", "tbd", "tba", "-", "\u2014", "see", "ask", "handed",
            "hand", "given", "give", "shared", "share", "sent", "send", "via", "through", "by", "in", "on", "to", "will",
            "stored", "kept", "separately", "later", "provided", "delivered", "transferred",
            "aucun", "aucune", "n\u00e9ant", "voir", "remis", "remise", "transmis", "transmise", "donn\u00e9",
            "envoy\u00e9", "par", "dans", "en", "sera", "seront", "communiqu\u00e9", "demander", "keine", "siehe");
    /** A URL with a password in it: {@code https://user:password@host}. */
    private static final Pattern URL = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]{1,15}+://[^\\s]{1,2000}+");
    private static final Pattern URL_CREDENTIALS = Pattern.compile("^[^:/]*+://([^/?#@\\s:]{1,200}+):([^/?#@\\s]{1,200}+)@");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern KNOWN_TOKENS = Pattern.compile(
            "\\b(?:AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,255}+|github_pat_[A-Za-z0-9_]{30,255}+"
                    + "|xox[abposr]-[A-Za-z0-9-]{10,255}+|sk_(?:live|test)_[A-Za-z0-9]{16,255}+|sk-[A-Za-z0-9_-]{20,255}+"
                    + "|AIza[0-9A-Za-z_-]{35}|eyJ[A-Za-z0-9_-]{8,4000}+\\.eyJ[A-Za-z0-9_-]{8,4000}+\\.[A-Za-z0-9_-]{8,4000}+)");
    private static final Pattern CAMEL_CASE = Pattern.compile("(?:[A-Z][a-z]{1,30}+){1,6}+");
    private static final Pattern PART_SEPARATORS = Pattern.compile("[_./\\-]+");
    private static final Pattern LONG_WORD = Pattern.compile("[A-Za-z0-9+/=_\\-]{20,}+");
    /**
     * A card number: 13 to 19 digits in a row (also inside a reference such as
     * {@code INV-4111111111111111}), or groups of four (Amex: 4-6-5) split by spaces, dots or
     * dashes, one or two of them.
     */
    private static final Pattern CARD = Pattern.compile("(?<![0-9])(?:[0-9]{13,19}+"
            + "|[0-9]{4}(?:[ .-]{1,2}+[0-9]{4}){2,3}+(?:[ .-]{1,2}+[0-9]{1,3})?+"
            + "|[0-9]{4}[ .-]{1,2}+[0-9]{6}[ .-]{1,2}+[0-9]{5})(?![0-9])");

    private SecretGuard() {
    }

    /** Every suspicious span, in text order, without overlaps. Runs in time linear in the text. */
    public static List<Finding> scan(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return findings;
        }
        Folded folded = Folded.of(text);
        String plain = folded.text();
        Matcher labelled = LABELLED.matcher(plain);
        while (labelled.find()) {
            if (describesAHandover(labelled.group(2), labelled.group(3), plain.substring(labelled.start(3)))) {
                continue;
            }
            String label = labelled.group(1).toLowerCase(Locale.ROOT);
            Kind kind = label.contains("key") || label.contains("api") ? Kind.API_KEY
                    : label.contains("token") || label.contains("jeton") ? Kind.TOKEN : Kind.PASSWORD;
            findings.add(new Finding(labelled.start(), labelled.end(), kind));
        }
        List<int[]> urls = new ArrayList<>();
        Matcher url = URL.matcher(plain);
        while (url.find()) {
            urls.add(new int[] {url.start(), url.end()});
            Matcher credentials = URL_CREDENTIALS.matcher(url.group());
            if (credentials.find()) {
                findings.add(new Finding(url.start(), url.start() + credentials.end(), Kind.PASSWORD));
            }
        }
        addAll(findings, PRIVATE_KEY.matcher(plain), Kind.PRIVATE_KEY);
        addAll(findings, KNOWN_TOKENS.matcher(plain), Kind.TOKEN);
        Matcher word = LONG_WORD.matcher(plain);
        while (word.find()) {
            // A folder or file id in a link (a shared drive's, say) is an address, not a key.
            if (!inside(urls, word.start()) && looksRandom(word.group())) {
                findings.add(new Finding(word.start(), word.end(), Kind.API_KEY));
            }
        }
        Matcher card = CARD.matcher(plain);
        while (card.find()) {
            if (!inside(urls, card.start()) && passesLuhn(card.group().replaceAll("[^0-9]", ""))) {
                findings.add(new Finding(card.start(), card.end(), Kind.CARD_NUMBER));
            }
        }
        List<Finding> inSource = new ArrayList<>(findings.size());
        for (Finding finding : Spans.withoutOverlaps(findings, Finding::start, Finding::end)) {
            inSource.add(new Finding(folded.sourceStart(finding.start()), folded.sourceEnd(finding.end()), finding.kind()));
        }
        return inSource;
    }

    /**
     * Whether a label's value says how the secret travels or that there is none ("handed over
     * in person", "see the shared vault", "none"), or, after {@code is}, reads as a sentence
     * ("the secret is that…"): a value after "is" must look like a password, with a digit,
     * a symbol or a capital letter.
     */
    private static boolean describesAHandover(String separator, String value, String rest) {
        String first = value.toLowerCase(Locale.ROOT).replaceAll("[.,;!]+$", "");
        if (HANDOVER_WORDS.contains(first)) {
            return true;
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("password manager") || lower.startsWith("1password") || lower.startsWith("bitwarden")
                || lower.startsWith("gestionnaire")) {
            return true;
        }
        boolean prose = separator.equalsIgnoreCase("is") || separator.equalsIgnoreCase("est");
        return prose && value.chars().allMatch(c -> Character.isLowerCase(c) || c == '\'' || c == '\u2019');
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] span : spans) {
            if (at >= span[0] && at < span[1]) {
                return true;
            }
        }
        return false;
    }

    public static boolean containsSecret(String text) {
        return !scan(text).isEmpty();
    }

    /**
     * A key-shaped string: long, mixing letters and digits (or cases), and high in entropy,
     * unlike a long word, a file name or a date-stamped reference.
     */
    static boolean looksRandom(String word) {
        if (word.length() < 20 || isNamedOfWords(word)) {
            return false;
        }
        boolean digit = word.chars().anyMatch(Character::isDigit);
        boolean upper = word.chars().anyMatch(Character::isUpperCase);
        boolean lower = word.chars().anyMatch(Character::isLowerCase);
        int classes = (digit ? 1 : 0) + (upper ? 1 : 0) + (lower ? 1 : 0);
        return classes >= 2 && (digit || upper && lower) && entropyBitsPerChar(word) >= 3.7;
    }

    /**
     * A long file or folder name made of words: {@code Autumn_Catalogue_2026_v3.pdf}. Every
     * part between separators is letters of one case (or capitalised), digits, or short.
     */
    static boolean isNamedOfWords(String word) {
        String[] parts = PART_SEPARATORS.split(word);
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            boolean letters = part.chars().allMatch(Character::isLetter)
                    && (part.equals(part.toLowerCase(Locale.ROOT)) || part.equals(part.toUpperCase(Locale.ROOT))
                    || part.substring(1).equals(part.substring(1).toLowerCase(Locale.ROOT))
                    || CAMEL_CASE.matcher(part).matches());
            boolean digits = part.chars().allMatch(Character::isDigit);
            if (!letters && !digits && part.length() > 4) {
                return false;
            }
        }
        return true;
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
