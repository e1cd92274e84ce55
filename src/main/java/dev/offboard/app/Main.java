package dev.offboard.app;

import dev.offboard.cli.Cli;
import dev.offboard.ui.shell.OffboardApp;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Starts Offboard: the window when there are no arguments or only a plan file to open (as a
 * file manager passes it), the command line otherwise.
 */
public final class Main {

    private static final Set<String> COMMANDS = Set.of("sample", "validate", "render", "help");

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        if (opensTheWindow(args)) {
            Optional<String> noDisplay = OffboardApp.launch(args);
            if (noDisplay.isPresent()) {
                err.println("offboard: " + noDisplay.get() + " The command line needs none: offboard help.");
                System.exit(Cli.BAD_INPUT);
            }
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        // Libraries log through SLF4J to java.util.logging; the command line says what matters in
        // its own words, so their console lines (PDFBox's font notes, say) are dropped.
        java.util.logging.LogManager.getLogManager().reset();
        // A helper thread that fails (out of memory while loading fonts, say) says so in one line too.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            err.println("offboard: " + Cli.describe(e));
            err.flush();
            Runtime.getRuntime().halt(Cli.BAD_INPUT);
        });
        System.exit(Cli.run(out, err, args));
    }

    /** No arguments, or one that names an existing file and is neither a command nor an option. */
    static boolean opensTheWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || args[0].startsWith("-") || COMMANDS.contains(args[0])) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
