package dev.offboard.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/** Spans of text found by the guards, kept in text order without overlaps. */
final class Spans {

    private Spans() {
    }

    /**
     * The spans in text order; where two overlap, the one that starts first (and, from the
     * same start, the longer) is kept.
     */
    static <T> List<T> withoutOverlaps(List<T> spans, ToIntFunction<T> start, ToIntFunction<T> end) {
        List<T> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(start).thenComparing(Comparator.comparingInt(end).reversed()));
        List<T> result = new ArrayList<>();
        int reached = -1;
        for (T span : sorted) {
            if (start.applyAsInt(span) >= reached) {
                result.add(span);
                reached = end.applyAsInt(span);
            }
        }
        return result;
    }
}
