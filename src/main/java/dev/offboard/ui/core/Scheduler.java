package dev.offboard.ui.core;

/**
 * Runs an action on the event thread after a pause; debounced work (problems shown as the
 * user types, previews) goes through it. The app uses {@link SwingScheduler}; tests use a
 * clock they move by hand.
 */
public interface Scheduler {

    /** Runs {@code action} once after {@code millis}; the returned handle cancels it if it has not run. */
    Cancel after(int millis, Runnable action);

    /** Cancels a scheduled action. */
    interface Cancel {
        void cancel();
    }
}
