package dev.offboard.ui.core;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (render, load, save) away from the event thread and hands the outcome
 * back on it. The app uses {@link SwingTaskRunner}; tests run tasks on the current thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);
}
