package dev.offboard.cli;

import dev.offboard.plan.Language;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.SamplePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code offboard sample FILE}: writes a complete, realistic sample plan. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Writes a complete sample plan to FILE, to try Offboard or start from.")
final class SampleCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Where to write the plan (for example sample.offboard).")
    private Path file;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    private boolean force;

    @Option(names = "--lang", paramLabel = "en|fr", converter = RenderCommand.LanguageConverter.class,
            description = "An English-speaking (default) or a French-speaking sample.")
    private Language language = Language.EN;

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(file)) {
            throw new UserInputException(file + " is a folder; give a file name such as " + file.resolve("plan.json") + ".");
        }
        if (Files.exists(file) && !force) {
            throw new UserInputException(file + " already exists; it was left as it is. "
                    + "Choose another name, or add --force to replace it.");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserInputException("the folder " + parent + " does not exist; create it first.");
        }
        PlanFile.write(file, SamplePlan.create(LocalDate.now(), language));
        return 0;
    }
}
