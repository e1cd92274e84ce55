package dev.offboard.ui.shell;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Plans the system asks the running app to open. On macOS a double-clicked {@code .offboard}
 * file (or one dropped on the Dock icon) arrives as an event, not as a command-line argument;
 * elsewhere the launcher passes it as an argument and no event comes.
 */
final class OpenFileEvents {

    private OpenFileEvents() {
    }

    /**
     * Sends the files of each open-file event to {@code open}, on the event thread, where the
     * desktop delivers such events. Does nothing where it does not ({@code false}).
     */
    static boolean listen(Consumer<Path> open) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
            return false;
        }
        Desktop.getDesktop().setOpenFileHandler(event -> opened(event.getFiles(), open, SwingUtilities::invokeLater));
        return true;
    }

    /**
     * Opens the first of {@code files}: the window edits one plan at a time, so of several files
     * chosen together the first is opened (and the open asks about unsaved changes as usual).
     */
    static void opened(List<File> files, Consumer<Path> open, Consumer<Runnable> onEventThread) {
        if (files == null || files.isEmpty()) {
            return;
        }
        Path first = files.get(0).toPath();
        onEventThread.accept(() -> open.accept(first));
    }
}
