package dev.offboard.cli;

import dev.offboard.plan.AtomicFile;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanCheck;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.Problem;
import dev.offboard.render.Documents;
import dev.offboard.render.Email;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offboard render PLAN --out DIR}: writes the email and the letter. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Makes the documents for PLAN in DIR: email.txt (subject, blank line, body)",
            "and letter.pdf. Existing files are replaced only once the new ones are complete."})
final class RenderCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PLAN", description = "The plan file (.json).")
    private Path planFile;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder for the documents; created if missing.")
    private Path out;

    @Option(names = "--lang", paramLabel = "en|fr", converter = LanguageConverter.class,
            description = "The documents' language; defaults to the client's.")
    private Language language;

    @Option(names = "--send-suspected-secrets",
            description = "Make the documents even though some text looks like a password, key or card number.")
    private boolean allowSecrets;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Plan plan = PlanFile.read(planFile);
        List<Problem> problems = PlanCheck.check(plan);
        PrintWriter err = spec.commandLine().getErr();
        ValidateCommand.print(err, planFile, problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new UserInputException(planFile + ": the documents cannot be made until the errors above are fixed.");
        }
        if (!allowSecrets && !PlanCheck.suspectedSecrets(plan).isEmpty()) {
            throw new UserInputException(planFile + ": some client-facing text looks like a secret (see the warnings "
                    + "above). Remove it, or add --send-suspected-secrets if it is not one.");
        }
        prepareFolder();
        Language lang = language != null ? language : plan.client().language();
        Documents documents = new Documents();
        Email email = documents.email(plan, lang);
        byte[] letter = documents.letterPdf(plan, lang, LocalDate.now());
        write(out.resolve("email.txt"), email.toText().getBytes(StandardCharsets.UTF_8));
        write(out.resolve("letter.pdf"), letter);
        return 0;
    }

    private void prepareFolder() throws UserInputException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException(out + " is a file, not a folder; give --out a folder.");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserInputException("cannot create the folder " + out + " (" + e.getMessage() + ").", e);
        }
    }

    private static void write(Path target, byte[] content) throws UserInputException {
        try {
            AtomicFile.write(target, content);
        } catch (IOException e) {
            throw new UserInputException("cannot write " + target + " (" + e.getMessage() + "); "
                    + "the previous file, if any, was left as it is.", e);
        }
    }

    /** Accepts {@code en} or {@code fr}, in any case. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromCode(value);
        }
    }
}
