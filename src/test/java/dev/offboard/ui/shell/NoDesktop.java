package dev.offboard.ui.shell;

import java.net.URI;
import java.nio.file.Path;

/** A desktop that opens nothing, for tests. */
final class NoDesktop implements DesktopBridge {

    @Override
    public boolean open(Path file) {
        return false;
    }

    @Override
    public boolean mail(URI mailto) {
        return false;
    }
}
