package dev.offboard.ui.shell;

import dev.offboard.ui.core.Messages;
import java.awt.Component;
import java.nio.file.Path;
import java.util.Optional;

/** Asks where to read or write a file. The app shows file choosers; tests answer directly. */
public interface FileDialogs {

    Optional<Path> chooseOpen(Component parent, Messages messages);

    /**
     * @param suggested a file name to start from, such as {@code plan.json}
     * @param extension the extension without its dot, added when the user leaves it out
     */
    Optional<Path> chooseSave(Component parent, Messages messages, String suggested, String extension);
}
