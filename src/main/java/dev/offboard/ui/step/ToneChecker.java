package dev.offboard.ui.step;

import dev.offboard.plan.ToneGuard;
import java.util.List;

/**
 * The wizard's view of {@link ToneGuard}: the phrases to highlight as the user types. The
 * rules live in the plan layer, so the wizard, {@code offboard validate} and the export
 * checks flag exactly the same words.
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

    /** Every phrase to reconsider, in text order. */
    public List<Issue> check(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return ToneGuard.scan(text).stream()
                .map(f -> new Issue(f.start(), f.end(), text.substring(f.start(), f.end()),
                        f.kind() == ToneGuard.Kind.BREAK_UP ? Kind.BREAK_UP : Kind.BLAME))
                .toList();
    }
}
