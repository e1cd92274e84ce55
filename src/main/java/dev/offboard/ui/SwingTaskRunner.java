package dev.offboard.ui;

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

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        new SwingWorker<T, Void>() {
            @Override
            protected T doInBackground() throws Exception {
                return work.call();
            }

            @Override
            protected void done() {
                try {
                    onSuccess.accept(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    onFailure.accept(e);
                } catch (ExecutionException e) {
                    onFailure.accept(e.getCause() instanceof Exception cause ? cause
                            : new MachineFailure(e.getCause(), messages));
                }
            }
        }.execute();
    }
}
