package dev.offboard.ui.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.slf4j.LoggerFactory;

/**
 * Failures the user can see and send: a reason in words for the banner (never "null"), and a
 * rotating log file in the user's data folder. The log keeps where a failure happened (its
 * type and stack) but never its message, which may quote what the user typed.
 */
public final class Failures {

    /** Log files kept, each up to this size, before the oldest is dropped. */
    static final int LOG_FILES = 3;
    static final int LOG_BYTES = 512 * 1024;

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** Why it failed, in a few words: the message, or the kind of failure when it has none. */
    public static String describe(Throwable e) {
        Throwable shown = e;
        while ((shown.getMessage() == null || shown.getMessage().isBlank()) && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage();
        return message == null || message.isBlank() ? shown.getClass().getSimpleName() : message.strip();
    }

    /** Writes a failure to the log: what was being done, then the failure without its messages. */
    public static void log(String doing, Throwable e) {
        LOG.error(doing, withoutMessages(e));
    }

    /**
     * The same failure, with every message left out (a message can quote the plan, say a
     * number that did not parse) and the stack kept.
     */
    static Throwable withoutMessages(Throwable e) {
        Throwable cause = e.getCause() == null || e.getCause() == e ? null : withoutMessages(e.getCause());
        Throwable copy = new Throwable(e.getClass().getName(), cause);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /**
     * Sends the app's log (SLF4J through java.util.logging) to {@code offboard-N.log} files in
     * {@code folder}, rotating; returns the current file's path pattern.
     */
    public static Path startLog(Path folder) throws IOException {
        Files.createDirectories(folder);
        String pattern = folder.resolve("offboard-%g.log").toString();
        FileHandler handler = new FileHandler(pattern, LOG_BYTES, LOG_FILES, true);
        handler.setFormatter(new SimpleFormatter());
        handler.setLevel(Level.INFO);
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        return folder.resolve("offboard-0.log");
    }

    /** {@code -Doffboard.logDir=DIR} moves the log folder; by default it sits beside the recovery folder. */
    public static Path logFolder() {
        String configured = System.getProperty("offboard.logDir");
        return configured != null ? Path.of(configured)
                : dev.offboard.plan.RecoveryStore.defaultFolder().resolveSibling("logs");
    }
}
