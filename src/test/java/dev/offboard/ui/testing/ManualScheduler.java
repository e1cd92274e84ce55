package dev.offboard.ui.testing;

import dev.offboard.ui.core.Scheduler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler whose clock moves only when a test says so. */
public final class ManualScheduler implements Scheduler {

    private record Entry(long due, Runnable action, boolean[] cancelled) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private long now;

    @Override
    public Cancel after(int millis, Runnable action) {
        boolean[] cancelled = new boolean[1];
        entries.add(new Entry(now + millis, action, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves the clock on by {@code millis}, running what falls due, in order. */
    public void advance(long millis) {
        long until = now + millis;
        while (true) {
            Entry next = entries.stream().filter(e -> e.due() <= until).min(Comparator.comparingLong(Entry::due))
                    .orElse(null);
            if (next == null) {
                break;
            }
            entries.remove(next);
            now = Math.max(now, next.due());
            if (!next.cancelled()[0]) {
                next.action().run();
            }
        }
        now = until;
    }

    /** Actions waiting and not cancelled. */
    public long pending() {
        return entries.stream().filter(e -> !e.cancelled()[0]).count();
    }
}
