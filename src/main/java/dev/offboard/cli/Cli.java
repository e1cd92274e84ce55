package dev.offboard.cli;

import dev.offboard.plan.PlanFile;
import dev.offboard.plan.PlanFileException;
import dev.offboard.render.RenderException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs the command line and maps failures to exit codes: 1 bad input, 2 wrong usage. */
public final class Cli {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    /** Runs {@code offboard args…} and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length > 0 && (args[0].equals("render") || args[0].equals("validate"))) {
            // Jackson builds its plan reader while picocli builds its command model (docs/performance.md).
            Thread reader = new Thread(PlanFile::prepare, "offboard-plan-reader");
            reader.setDaemon(true);
            reader.start();
        }
        CommandLine commandLine = new CommandLine(new OffboardCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(Cli::exitCode);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (isUserError(e)) {
                line.getErr().println("offboard: " + e.getMessage());
            } else {
                line.getErr().println("offboard: something unexpected went wrong (" + e + "). "
                        + "Nothing was overwritten; please report this with the command you ran.");
            }
            line.getErr().flush();
            return BAD_INPUT;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println("offboard: " + describe(e));
            code = BAD_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * One line for an error of the Java machine itself: out of memory, or a stack too deep.
     * What was being written stays as it was: every file is replaced whole or not at all.
     */
    public static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory making the documents. Nothing was overwritten; shorten the longest texts, "
                    + "or give Java more memory (for example -Xmx1g).";
        }
        if (e instanceof StackOverflowError) {
            return "the plan or a template nests too deeply to be processed. Nothing was overwritten.";
        }
        return "something unexpected went wrong (" + e.getClass().getSimpleName() + "). "
                + "Nothing was overwritten; please report this with the command you ran.";
    }

    private static boolean isUserError(Exception e) {
        return e instanceof UserInputException || e instanceof PlanFileException || e instanceof RenderException;
    }

    private static int exitCode(Throwable e) {
        return e instanceof CommandLine.ParameterException ? USAGE : BAD_INPUT;
    }
}
