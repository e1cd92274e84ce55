package dev.offboard.ui.shell;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/** Hands a file or a mail to the desktop; says false when the desktop cannot. */
public interface DesktopBridge {

    boolean open(Path file) throws IOException;

    boolean mail(URI mailto) throws IOException;

    /** The real desktop, where it is supported. */
    static DesktopBridge system() {
        return new DesktopBridge() {
            @Override
            public boolean open(Path file) throws IOException {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    return false;
                }
                Desktop.getDesktop().open(file.toFile());
                return true;
            }

            @Override
            public boolean mail(URI mailto) throws IOException {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.MAIL)) {
                    return false;
                }
                Desktop.getDesktop().mail(mailto);
                return true;
            }
        };
    }
}
