package dev.offboard.ui.shell;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures how long the event thread is busy with each event it dispatches: pushed in front
 * of the system event queue, it times every {@code dispatchEvent}. An event that keeps the
 * thread busy for longer than 50 ms is a visible hitch.
 */
final class EdtWatchdog extends EventQueue {

    private final List<Long> nanos = new ArrayList<>();
    private long slowest;
    private String slowestEvent = "";

    static EdtWatchdog install() {
        EdtWatchdog watchdog = new EdtWatchdog();
        Toolkit.getDefaultToolkit().getSystemEventQueue().push(watchdog);
        return watchdog;
    }

    @Override
    protected void dispatchEvent(AWTEvent event) {
        long start = System.nanoTime();
        try {
            super.dispatchEvent(event);
        } finally {
            record(System.nanoTime() - start, event);
        }
    }

    private synchronized void record(long duration, AWTEvent event) {
        nanos.add(duration);
        if (duration > slowest) {
            slowest = duration;
            String text = event.toString();
            slowestEvent = text.length() > 160 ? text.substring(0, 160) + "…" : text;
        }
    }

    /** Forgets what was measured so far. */
    synchronized void reset() {
        nanos.clear();
        slowest = 0;
        slowestEvent = "";
    }

    synchronized String report() {
        long over = nanos.stream().filter(n -> n > 50_000_000L).count();
        List<Long> sorted = nanos.stream().sorted().toList();
        double p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.99)) / 1e6;
        return String.format("%d events; longest %.1f ms; p99 %.2f ms; %d over 50 ms; longest was %s",
                nanos.size(), slowest / 1e6, p99, over, slowestEvent);
    }

    synchronized double longestMillis() {
        return slowest / 1e6;
    }
}
