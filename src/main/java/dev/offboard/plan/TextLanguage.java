package dev.offboard.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses whether a text the freelancer typed is English or French, from the small words every
 * sentence of a language uses ("the", "for", "you"; "les", "pour", "vous"). The documents quote
 * such text as written, so a French letter can carry an English paragraph; the plan check warns
 * about it. The guess is cautious: a few words, names, addresses or a text that mixes both
 * languages give no guess.
 */
public final class TextLanguage {

    /** Small words found in a language's sentences and rare in the other's. */
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "you", "your", "for", "with", "is",
            "are", "was", "were", "will", "would", "have", "has", "had", "this", "that", "these", "those", "it", "its",
            "my", "our", "we", "i", "be", "been", "at", "in", "by", "from", "not", "all", "but", "if", "so", "they",
            "their", "them", "which", "what", "who", "can", "could", "should", "thank", "thanks", "into", "about",
            "there", "here", "any", "each", "also", "after", "before", "until", "when");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "sont", "pour",
            "avec", "vous", "votre", "vos", "nous", "notre", "nos", "je", "j", "mon", "ma", "mes", "un", "une", "dans",
            "sur", "au", "aux", "ce", "cette", "ces", "qui", "que", "qu", "pas", "ne", "n", "l", "merci", "été", "être",
            "très", "mais", "ou", "où", "leur", "leurs", "il", "elle", "ils", "elles", "à", "chez", "depuis", "déjà",
            "aussi", "tout", "tous", "toute", "toutes", "jusqu", "après", "avant", "lors", "afin");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    /** Fewer words than this give no guess. */
    private static final int MIN_WORDS = 4;
    /** The small words of the guessed language found at least this often... */
    private static final int MIN_HITS = 3;
    /** ... and this many times more often than the other language's. */
    private static final int MARGIN = 3;

    private TextLanguage() {
    }

    /** The language {@code text} is written in, when its small words say so clearly. */
    public static Optional<Language> guess(String text) {
        int words = 0;
        int english = 0;
        int french = 0;
        for (String word : NOT_A_LETTER.split(text.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (FRENCH.contains(word)) {
                french++;
            }
        }
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        if (english >= MIN_HITS && english >= MARGIN * french) {
            return Optional.of(Language.EN);
        }
        if (french >= MIN_HITS && french >= MARGIN * english) {
            return Optional.of(Language.FR);
        }
        return Optional.empty();
    }
}
