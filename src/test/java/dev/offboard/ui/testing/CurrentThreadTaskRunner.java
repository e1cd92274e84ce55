package dev.offboard.ui.testing;

import dev.offboard.ui.core.SwingTaskRunner;
import dev.offboard.ui.core.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs each task at once on the calling thread: model and controller tests stay synchronous. */
public final class CurrentThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        SwingTaskRunner.completed(result, onSuccess, onFailure);
    }
}
