package dev.offboard.app;

import dev.offboard.ui.OffboardApp;

/** Temporary entry point for the desktop app; the real one, with the command line, lives on main. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        OffboardApp.launch(args);
    }
}
