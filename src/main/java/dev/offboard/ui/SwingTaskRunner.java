package dev.offboard.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.SwingWorker;

/** Runs each task in a {@link SwingWorker}; outcomes arrive on the event thread. */
public final class SwingTaskRunner implements TaskRunner {

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
                    onFailure.accept(e.getCause() instanceof Exception cause ? cause : e);
                }
            }
        }.execute();
    }
}
