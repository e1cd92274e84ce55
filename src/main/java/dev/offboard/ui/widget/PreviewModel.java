package dev.offboard.ui.widget;

import dev.offboard.ui.core.Scheduler;
import dev.offboard.ui.core.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One preview kept up to date with the plan, off the event thread: at most one render runs at
 * a time; requests made meanwhile collapse into one more, of the latest plan only; requests
 * closer together than the delay make one render; while inactive (its tab not shown) the
 * latest request waits. Plain Java: the work runs on the {@link TaskRunner}, the delay on the
 * {@link Scheduler}, so a test drives it with a hand-moved clock.
 *
 * @param <T> what a render gives, e.g. the email or the letter's first page
 */
public final class PreviewModel<T> {

    /** What the preview line says. */
    public enum State { EMPTY, UPDATING, READY, FAILED }

    private final TaskRunner tasks;
    private final Scheduler scheduler;
    private final int delayMs;
    private final Consumer<T> onResult;
    private final Consumer<Exception> onFailure;
    private Runnable onStateChange = () -> { };
    private Callable<T> wanted;
    private Scheduler.Cancel waiting;
    private boolean running;
    private boolean active = true;
    private boolean disposed;
    private State settled = State.EMPTY;

    /**
     * @param delayMs requests closer together than this make one render; 0 renders at once
     * @param onResult shows a render's result, on the event thread
     * @param onFailure shows why a render failed, on the event thread
     */
    public PreviewModel(TaskRunner tasks, Scheduler scheduler, int delayMs, Consumer<T> onResult,
            Consumer<Exception> onFailure) {
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.delayMs = delayMs;
        this.onResult = onResult;
        this.onFailure = onFailure;
    }

    /** Told each time {@link #state()} may have changed. */
    public void onStateChange(Runnable listener) {
        this.onStateChange = listener;
    }

    /** Asks for a render of {@code work}, which replaces any request not yet started. */
    public void request(Callable<T> work) {
        wanted = work;
        cancelWaiting();
        if (delayMs == 0) {
            start();
        } else {
            waiting = scheduler.after(delayMs, () -> {
                waiting = null;
                start();
                onStateChange.run();
            });
        }
        onStateChange.run();
    }

    /**
     * Whether renders may start (the preview is on screen). A request made while inactive
     * starts once active again.
     */
    public void setActive(boolean value) {
        active = value;
        if (active && waiting == null) {
            start();
        }
        onStateChange.run();
    }

    public State state() {
        if (running || waiting != null || (wanted != null && active)) {
            return State.UPDATING;
        }
        return settled;
    }

    /** Whether a request waits for the preview to be shown. */
    boolean isStale() {
        return wanted != null;
    }

    /** Stops: no render starts, and a running one's result is not shown. */
    public void dispose() {
        disposed = true;
        cancelWaiting();
        wanted = null;
    }

    private void start() {
        if (running || wanted == null || !active || disposed) {
            return;
        }
        Callable<T> work = wanted;
        wanted = null;
        running = true;
        tasks.run(work, this::succeeded, this::failed);
    }

    private void succeeded(T result) {
        finished(State.READY, () -> onResult.accept(result));
    }

    private void failed(Exception failure) {
        finished(State.FAILED, () -> onFailure.accept(failure));
    }

    /**
     * Shows a render's outcome; then a request made while it ran gives one more, unless that
     * request still waits for its delay.
     */
    private void finished(State outcome, Runnable show) {
        running = false;
        if (disposed) {
            return;
        }
        settled = outcome;
        show.run();
        if (waiting == null) {
            start();
        }
        onStateChange.run();
    }

    private void cancelWaiting() {
        if (waiting != null) {
            waiting.cancel();
            waiting = null;
        }
    }
}
