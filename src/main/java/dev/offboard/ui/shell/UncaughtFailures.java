package dev.offboard.ui.shell;

import dev.offboard.ui.core.Failures;
import dev.offboard.ui.core.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The last resort for a failure nothing else caught (a bug): it goes to the log file and to
 * the window's banner, so the user sees that something went wrong and where the details are,
 * instead of a window that silently stops responding.
 */
final class UncaughtFailures implements Thread.UncaughtExceptionHandler {

    /** The window's words now: the user may have changed the language since the start. */
    private final java.util.function.Supplier<Messages> messages;
    private final Consumer<String> banner;
    /** The log file, when one could be started; named in the banner only while it exists. */
    private final Optional<Path> logFile;
    private final java.util.concurrent.Executor eventThread;
    /** Set while the banner is being shown: a failure in showing it is only logged. */
    private boolean reporting;

    UncaughtFailures(java.util.function.Supplier<Messages> messages, Consumer<String> banner, Optional<Path> logFile) {
        this(messages, banner, logFile, SwingUtilities::invokeLater);
    }

    /** With fixed words (tests). */
    UncaughtFailures(Messages messages, Consumer<String> banner, Optional<Path> logFile,
            java.util.concurrent.Executor eventThread) {
        this(() -> messages, banner, logFile, eventThread);
    }

    /** @param eventThread runs the banner's update on the event thread (at once in tests) */
    UncaughtFailures(java.util.function.Supplier<Messages> messages, Consumer<String> banner,
            Optional<Path> logFile, java.util.concurrent.Executor eventThread) {
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
            banner.accept(logFile.filter(Files::isRegularFile)
                    .map(file -> messages.get().text("error.unexpected", reason, file))
                    .orElseGet(() -> messages.get().text("error.unexpected.noLog", reason)));
        } finally {
            reporting = false;
        }
    }
}
