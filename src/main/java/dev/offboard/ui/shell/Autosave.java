package dev.offboard.ui.shell;

import dev.offboard.plan.Plan;
import dev.offboard.plan.RecoveryStore;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.Timer;

/**
 * Writes unsaved work to the {@link RecoveryStore} every few seconds, so a crash loses at
 * most the last few seconds of typing, and removes the copy once the plan is saved, replaced
 * or deliberately closed without saving.
 *
 * <p>Every method runs on the event thread; the writing itself goes through the
 * {@link TaskRunner}, one write at a time, so an older copy never overtakes a newer one.
 */
final class Autosave {

    /** Seconds between checks; {@code -Doffboard.autosaveSeconds=N} changes it (tests use 1). */
    static final int DEFAULT_SECONDS = 5;

    private final PlanHolder holder;
    private final RecoveryStore store;
    private final TaskRunner tasks;
    private final Supplier<Instant> clock;
    private final Timer timer;
    private final java.util.function.Consumer<Exception> onFailure;
    private Plan written;
    private boolean writing;
    private boolean copyOnDisk;
    private Instant lastWrite;
    /** Waiting for the plan as it is now to be on disk, while an older copy is still being written. */
    private final java.util.List<Runnable> afterWrite = new java.util.ArrayList<>();
    private java.util.function.Consumer<Instant> onWritten = when -> { };

    /**
     * @param onFailure told once per failed write (a full disk, a folder that cannot be made);
     *     the next change tries again
     */
    Autosave(PlanHolder holder, RecoveryStore store, TaskRunner tasks, Supplier<Instant> clock, int seconds,
            java.util.function.Consumer<Exception> onFailure) {
        this.onFailure = onFailure;
        this.holder = holder;
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
        this.timer = new Timer(Math.max(1, seconds) * 1000, e -> tick());
        this.timer.setRepeats(true);
        holder.addListener((plan, replaced) -> {
            if (!holder.isModified()) {
                forget();
            }
        });
    }

    static int configuredSeconds() {
        return Integer.getInteger("offboard.autosaveSeconds", DEFAULT_SECONDS);
    }

    void start() {
        timer.start();
    }

    /**
     * Stops, removes this session's copy and gives up its claim on the recovery folder: the
     * window closed with the work saved or let go.
     */
    void stop() {
        timer.stop();
        boolean removeCopy = copyOnDisk;
        copyOnDisk = false;
        written = null;
        lastWrite = null;
        // One task, in this order: the copy goes before the session stops claiming it.
        tasks.run(() -> {
            if (removeCopy) {
                store.clear();
            }
            store.release();
            return true;
        }, done -> { }, onFailure);
    }

    /** Writes the plan if it changed since the last copy and is not saved. */
    void tick() {
        tick(() -> { });
    }

    /**
     * As {@link #tick()}, then runs {@code then} once the copy is on disk (at once when there
     * was nothing to write); not after a failed write.
     */
    void tick(Runnable then) {
        if (writing) {
            // The copy being written may be older than the plan now: wait for it, then write again.
            afterWrite.add(then);
            return;
        }
        Plan plan = holder.plan();
        if (!holder.isModified() || plan.equals(written)) {
            then.run();
            return;
        }
        writing = true;
        copyOnDisk = true;
        Optional<Path> file = holder.file();
        Optional<dev.offboard.plan.FileStamp> stamp = holder.stamp();
        Instant now = clock.get();
        tasks.run(() -> {
            store.save(plan, file, stamp, now);
            return plan;
        }, saved -> {
            writing = false;
            written = saved;
            lastWrite = now;
            onWritten.accept(now);
            if (!holder.isModified()) {
                forget();
            }
            then.run();
            if (!afterWrite.isEmpty()) {
                java.util.List<Runnable> waiting = java.util.List.copyOf(afterWrite);
                afterWrite.clear();
                tick(() -> waiting.forEach(Runnable::run));
            }
        }, e -> {
            writing = false;
            // As promised: nothing that waited for a copy runs after a failed write.
            afterWrite.clear();
            onFailure.accept(e);
        });
    }

    /** Tells {@code listener} when each copy is on disk. */
    void onWritten(java.util.function.Consumer<Instant> listener) {
        this.onWritten = listener;
    }

    /** When the last copy was written, if any. */
    Optional<Instant> lastWrite() {
        return Optional.ofNullable(lastWrite);
    }

    private void forget() {
        if (!copyOnDisk) {
            return;
        }
        copyOnDisk = false;
        written = null;
        lastWrite = null;
        tasks.run(() -> {
            store.clear();
            return true;
        }, done -> { }, onFailure);
    }
}
