package dev.offboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code offboard}: the top-level command; its subcommands do the work. */
@Command(name = "offboard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Helps you end a client relationship gracefully.",
            "With no command, opens the Offboard window."},
        subcommands = {SampleCommand.class, ValidateCommand.class, RenderCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 bad input, 2 wrong usage."})
public final class OffboardCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use sample, validate or render.");
    }
}
