package dev.offboard.cli;

import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanCheck;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.Problem;
import dev.offboard.plan.PublicHolidays;
import dev.offboard.render.CalendarFile;
import dev.offboard.render.Documents;
import dev.offboard.render.Email;
import dev.offboard.render.EmailDraft;
import dev.offboard.render.TemplateSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offboard render PLAN --out DIR}: writes the documents. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Makes the documents for PLAN in DIR:",
            "  email.txt   the email: 'Subject: ...', a blank line, the body",
            "  email.eml   the email as a draft with the letter attached, ready to send",
            "  letter.pdf  the transition letter for the client",
            "  plan-private.pdf  your own copy of the whole plan; never send it",
            "  dates.ics   the dates for your calendar, with reminders",
            "Every document is made before any is written; they replace the earlier ones",
            "as one set, listed with their checksums in " + OutputFolder.MANIFEST + ", written last."})
final class RenderCommand implements Callable<Integer> {

    /** The documents {@code render} can make, by the name {@code --only} takes. */
    enum Output {
        EMAIL("email.txt"),
        EML("email.eml"),
        LETTER("letter.pdf"),
        PRIVATE("plan-private.pdf"),
        CALENDAR("dates.ics");

        final String fileName;

        Output(String fileName) {
            this.fileName = fileName;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(paramLabel = "PLAN", description = "The plan file (.offboard, or .json).")
    private Path planFile;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder for the documents; created if missing.")
    private Path out;

    @Option(names = "--lang", paramLabel = "en|fr", converter = LanguageConverter.class,
            description = "The documents' language; defaults to the client's.")
    private Language language;

    @Option(names = "--only", paramLabel = "LIST", split = ",", converter = OutputConverter.class,
            description = "Make only these, comma-separated: email, eml, letter, private, calendar.")
    private List<Output> only;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Your own templates, each replacing the bundled file of the same name "
                    + "(default: the templates folder in your configuration folder, if it exists).")
    private Path templatesDir;

    @Option(names = "--send-suspected-secrets",
            description = "Make the documents even though some text looks like a password, key or card number.")
    private boolean allowSecrets;

    @Option(names = "--accept-missing-glyphs",
            description = "Make the letter even though no font on this computer draws some of its "
                    + "characters; they print as # (the check names them, field by field).")
    private boolean acceptMissingGlyphs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        Documents renderer = templatesDir != null ? Documents.withTemplates(templatesDir)
                : new Documents(TemplateSource.userOverrides(TemplateSource.userTemplatesDirectory()));
        // The templates and fonts load while the plan is read and checked; a failure there
        // happens again, and is reported, when the first document asks for them.
        inBackground("offboard-prepare", () -> {
            renderer.prepare();
            return null;
        });
        // The public holidays' tables load meanwhile too; the plan's check counts business days.
        inBackground("offboard-holidays", () -> {
            PublicHolidays.prepare();
            return null;
        });
        settleEarlierRun();
        PlanFile.Opened opened = PlanFile.open(planFile);
        Plan plan = opened.plan();
        List<Problem> problems = PlanCheck.check(plan);
        PrintWriter err = spec.commandLine().getErr();
        ValidateCommand.print(err, planFile, problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new UserInputException(planFile + ": the documents cannot be made until the errors above are fixed.");
        }
        if (!allowSecrets && !PlanCheck.suspectedSecrets(problems).isEmpty()) {
            throw new UserInputException(planFile + ": some client-facing text looks like a secret (see the warnings "
                    + "above). Remove it, or add --send-suspected-secrets if it is not one.");
        }
        Set<Output> wanted = only == null || only.isEmpty() ? EnumSet.allOf(Output.class) : EnumSet.copyOf(only);
        Language lang = language != null ? language : plan.client().language();
        if (lang != plan.client().language()) {
            // The documents' own words follow --lang; the freelancer's text cannot be translated.
            ValidateCommand.print(err, planFile, List.of(Problem.warning("client.language", "render.otherLanguage",
                    lang.locale().getDisplayLanguage(Messages.locale()))));
        }
        // Edited sections the plan changed under, or written for the other language: worth a look, never a stop.
        ValidateCommand.print(err, planFile, renderer.wordingProblems(plan, lang, LocalDate.now()));
        if (wanted.contains(Output.LETTER) || wanted.contains(Output.EML)) {
            List<Problem> unprintable = renderer.unprintable(plan, lang, LocalDate.now());
            ValidateCommand.print(err, planFile, unprintable);
            if (!unprintable.isEmpty() && !acceptMissingGlyphs) {
                throw new UserInputException(planFile + ": no font on this computer draws some characters of the "
                        + "letter (see above). Change the text, install a font that has them, or add "
                        + "--accept-missing-glyphs to print # in their place.");
            }
        }
        prepareFolder();
        Map<Output, byte[]> documents = make(renderer, plan, lang, wanted);
        renderer.templateWarnings().forEach(w -> err.println("offboard: " + w));
        OutputFolder.Outcome outcome = write(documents, opened.stamp().sha256(), lang);
        for (String name : outcome.removed()) {
            err.println("offboard: removed " + out.resolve(name) + ": it was made from another version of the plan"
                    + " or in another language, and this run did not make it again.");
        }
        for (String name : outcome.leftChanged()) {
            err.println("offboard: warning: " + out.resolve(name) + " was made by an earlier run and changed since;"
                    + " it was left as it is, but it is not part of this set (see " + OutputFolder.MANIFEST + ").");
        }
        return 0;
    }

    /** The documents as one set: all of them, or, after a full disk or a kill, none. */
    private OutputFolder.Outcome write(Map<Output, byte[]> documents, String planSha256, Language lang)
            throws UserInputException {
        List<OutputFolder.Document> set = documents.entrySet().stream()
                .map(d -> new OutputFolder.Document(d.getKey().fileName, d.getValue())).toList();
        try {
            return folder().replaceSet(set, planFile.getFileName().toString(), planSha256, lang.name());
        } catch (IOException e) {
            throw new UserInputException("cannot write the documents in " + out + " (" + reason(e) + "); "
                    + "the documents already there, if any, were left as they were.", e);
        }
    }

    private OutputFolder folder() {
        return new OutputFolder(out);
    }

    /**
     * Makes every wanted document in memory first, so a failure writes nothing. The private
     * plan is laid out on a second thread while this one makes the letter.
     */
    private static Map<Output, byte[]> make(Documents documents, Plan plan, Language lang, Set<Output> wanted)
            throws Exception {
        ZonedDateTime now = ZonedDateTime.now();
        LocalDate today = now.toLocalDate();
        Map<Output, byte[]> made = new LinkedHashMap<>();
        FutureTask<byte[]> privatePlan = wanted.contains(Output.PRIVATE)
                ? inBackground("offboard-private-plan", () -> documents.privatePlanPdf(plan, lang, today)) : null;
        Email email = documents.email(plan, lang);
        byte[] letter = wanted.contains(Output.LETTER) || wanted.contains(Output.EML)
                ? documents.letterPdf(plan, lang, today) : null;
        if (wanted.contains(Output.EMAIL)) {
            made.put(Output.EMAIL, email.toText().getBytes(StandardCharsets.UTF_8));
        }
        if (wanted.contains(Output.EML)) {
            made.put(Output.EML, EmailDraft.eml(plan, email, letter, EmailDraft.letterFileName(lang), now));
        }
        if (wanted.contains(Output.LETTER)) {
            made.put(Output.LETTER, letter);
        }
        if (wanted.contains(Output.PRIVATE)) {
            made.put(Output.PRIVATE, result(privatePlan));
        }
        if (wanted.contains(Output.CALENDAR)) {
            made.put(Output.CALENDAR, CalendarFile.ics(plan, lang, now.toInstant()));
        }
        return made;
    }

    private static <T> FutureTask<T> inBackground(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The background task's result, or the exception it threw, as if it had run here. */
    private static <T> T result(FutureTask<T> task) throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Options picocli takes as given but that name nothing: checked before any work. */
    private void checkOptions() throws UserInputException {
        if (out.toString().isBlank()) {
            throw new ParameterException(spec.commandLine(),
                    "--out was given an empty name; give it the folder for the documents.");
        }
        if (only != null && only.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--only names no document; use one or more of "
                    + Arrays.stream(Output.values()).map(Output::key).collect(Collectors.joining(", ")) + ".");
        }
        if (templatesDir != null && Files.exists(templatesDir) && !Files.isDirectory(templatesDir)) {
            throw new UserInputException(templatesDir + " is a file, not a folder; give --templates the folder "
                    + "that holds your templates.");
        }
        if (templatesDir != null && !Files.isDirectory(templatesDir)) {
            throw new UserInputException("the templates folder " + templatesDir + " does not exist.");
        }
    }

    /** Finishes, or removes, what a render into this folder killed part-way left behind. */
    private void settleEarlierRun() throws UserInputException {
        try {
            folder().settle();
        } catch (IOException e) {
            throw new UserInputException("cannot tidy up what an interrupted run left in " + out + " ("
                    + reason(e) + ").", e);
        }
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

    /** Why a write failed, without the name of the temporary file it went through. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "you are not allowed to write there";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Accepts {@code en} or {@code fr}, in any case. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            for (Language language : Language.values()) {
                if (language.code().equalsIgnoreCase(value.strip())) {
                    return language;
                }
            }
            throw new TypeConversionException("'" + Messages.oneLine(value) + "' is not a language Offboard writes; "
                    + "use en or fr");
        }
    }

    /** Accepts an output's name, in any case. */
    static final class OutputConverter implements ITypeConverter<Output> {
        @Override
        public Output convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("an empty name; use "
                        + Arrays.stream(Output.values()).map(Output::key).collect(Collectors.joining(", ")));
            }
            for (Output output : Output.values()) {
                if (output.key().equalsIgnoreCase(value.strip())) {
                    return output;
                }
            }
            throw new TypeConversionException("unknown document '" + Messages.oneLine(value) + "'; use "
                    + Arrays.stream(Output.values()).map(Output::key).collect(Collectors.joining(", ")));
        }
    }
}
