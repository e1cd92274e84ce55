package dev.offboard.app;

import dev.offboard.cli.Cli;
import dev.offboard.ui.OffboardApp;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Starts Offboard: the window when there are no arguments, the command line otherwise. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            OffboardApp.launch();
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Cli.run(out, err, args));
    }
}
