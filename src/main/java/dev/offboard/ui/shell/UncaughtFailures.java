package dev.offboard.ui.shell;

import dev.offboard.ui.core.Failures;
import dev.offboard.ui.core.Messages;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The last resort for a failure nothing else caught (a bug): it goes to the log file and to
 * the window's banner, so the user sees that something went wrong and where the details are,
 * instead of a window that silently stops responding.
 */
final class UncaughtFailures implements Thread.UncaughtExceptionHandler {

    private final Messages messages;
    private final Consumer<String> banner;
    private final Path logFile;
    private final java.util.concurrent.Executor eventThread;
    /** Set while the banner is being shown: a failure in showing it is only logged. */
    private boolean reporting;

    UncaughtFailures(Messages messages, Consumer<String> banner, Path logFile) {
        this(messages, banner, logFile, SwingUtilities::invokeLater);
    }

    /** @param eventThread runs the banner's update on the event thread (at once in tests) */
    UncaughtFailures(Messages messages, Consumer<String> banner, Path logFile,
            java.util.concurrent.Executor eventThread) {
        this.eventThread = eventThread;
        this.messages = messages;
        this.banner = banner;
        this.logFile = logFile;
    }

    /** Makes this the handler of every thread, the event thread included. */
    void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        Failures.log("Uncaught failure on thread " + thread.getName(), failure);
        String reason = Failures.describe(failure);
        eventThread.execute(() -> report(reason));
    }

    private void report(String reason) {
        if (reporting) {
            return;
        }
        reporting = true;
        try {
            banner.accept(messages.text("error.unexpected", reason, logFile));
        } finally {
            reporting = false;
        }
    }
}
