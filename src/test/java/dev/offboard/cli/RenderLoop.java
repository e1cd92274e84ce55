package dev.offboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Run in its own JVM by {@link RenderKillTest}: renders two plans into one folder in turn,
 * for ever, saying {@code ready} once the first set is written, until it is killed.
 *
 * <p>Arguments: plan A, plan B, the output folder.
 */
public final class RenderLoop {

    private RenderLoop() {
    }

    public static void main(String[] args) {
        // As Main does for the command line: libraries' console logging is dropped.
        java.util.logging.LogManager.getLogManager().reset();
        for (long run = 0; ; run++) {
            StringWriter err = new StringWriter();
            int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                    "render", args[(int) (run % 2)], "--out", args[2], "--only", "email,letter,calendar");
            if (code != 0) {
                System.out.println("failed: " + err);
                return;
            }
            if (run == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
