package dev.offboard.ui.testing;

import dev.offboard.ui.core.TaskRunner;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds each task until the test releases it, then runs it on the test thread: a test can act
 * while a save or a scan is still "in the background".
 */
public final class HeldTaskRunner implements TaskRunner {

    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        queue.add(() -> new CurrentThreadTaskRunner().run(work, onSuccess, onFailure));
    }

    /** How many tasks wait. */
    public int held() {
        return queue.size();
    }

    /** Runs the oldest waiting task and its completion. */
    public void releaseOne() {
        queue.remove().run();
    }

    /** Runs waiting tasks, and those they start, until none is left. */
    public void releaseAll() {
        while (!queue.isEmpty()) {
            releaseOne();
        }
    }
}
