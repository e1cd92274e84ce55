package dev.offboard.ui.core;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.SwingWorker;

/**
 * Runs each task in a {@link SwingWorker}; outcomes arrive on the event thread. An error of
 * the machine (out of memory, say) arrives as a failure with a message, like any other.
 */
public final class SwingTaskRunner implements TaskRunner {

    private final Messages messages;

    /** With messages in the system's language. */
    public SwingTaskRunner() {
        this(new Messages(java.util.Locale.getDefault()));
    }

    public SwingTaskRunner(Messages messages) {
        this.messages = messages;
    }

    /**
     * Hands the result on; should showing it fail (a bug), the failure is logged and goes to
     * {@code onFailure}, so it is shown like any other instead of vanishing on the event thread.
     */
    public static <T> void completed(T result, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        try {
            onSuccess.accept(result);
        } catch (RuntimeException e) {
            Failures.log("Showing the result of a background task failed", e);
            onFailure.accept(e);
        }
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        new SwingWorker<T, Void>() {
            @Override
            protected T doInBackground() throws Exception {
                return work.call();
            }

            @Override
            protected void done() {
                T result;
                try {
                    result = get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    onFailure.accept(e);
                    return;
                } catch (ExecutionException e) {
                    onFailure.accept(e.getCause() instanceof Exception cause ? cause
                            : new MachineFailure(e.getCause(), messages));
                    return;
                }
                completed(result, onSuccess, onFailure);
            }
        }.execute();
    }
}
