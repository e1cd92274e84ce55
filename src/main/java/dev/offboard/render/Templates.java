package dev.offboard.render;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.SAXParseException;

/**
 * The JMustache templates of every language, compiled once: the bundled ones, and the
 * user's own where a {@link TemplateSource} supplies them. A compiled template is immutable
 * and safe to execute from several threads.
 *
 * <p>Email templates are plain text: values are inserted as they are. The letter and the
 * private plan are XHTML: values go through {@link XmlText#escape}, so whatever the freelancer
 * typed comes out as text, never as markup. Missing variables and sections fail loudly
 * ({@code strictSections}, no default value) so a typo in a template cannot silently drop a
 * paragraph.
 *
 * <p>A user template is tried when loaded, against the sample plan and an empty plan. If it
 * cannot be read, does not compile, names an unknown variable or makes invalid XHTML, a
 * warning naming the file and line goes to {@link TemplateWarnings} and the bundled template
 * is used; the same happens if it fails later, with a real plan.
 *
 * <p>The user's folder is a sandbox ({@link TemplateFolder}): a template or partial outside it,
 * reached by an absolute path, {@code ..} or a symbolic link, is refused and reported with
 * the line that names it. What a user template makes for the client passes the
 * {@link OutputCheck} (private text, secrets, tone) before it is used.
 */
final class Templates {

    private static final String ROOT = "templates/";
    private static final Pattern PARTIAL = Pattern.compile("\\{\\{>\\s*([^}\\s]+)\\s*}}");
    /** Any tag that loads another file: a partial {@code {{> x}}} or a parent {@code {{< x}}}. */
    private static final Pattern INCLUDE = Pattern.compile("\\{\\{\\s*[<>]\\s*([^}]*?)\\s*}}");
    /** The files the application bundles, which any template may include by name. */
    private static final java.util.Set<String> BUNDLED = java.util.Set.of("letter.css", "private-plan.css", "edited.xhtml.mustache",
            "en/email-subject.mustache", "en/email-body.mustache", "en/letter.xhtml.mustache",
            "en/private-plan.xhtml.mustache", "fr/email-subject.mustache", "fr/email-body.mustache",
            "fr/letter.xhtml.mustache", "fr/private-plan.xhtml.mustache");
    /**
     * How many partials the user's templates may load in all: each include is loaded once, so
     * only a partial that includes itself, directly or not, comes near it.
     */
    private static final int MAX_PARTIAL_LOADS = 500;
    private static final Pattern AT_LINE = Pattern.compile("\\s*@\\s*line\\s+(\\d+)\\s*$");
    /** Fixed, so that loading templates never reads the clock. */
    private static final LocalDate TRIAL_DATE = LocalDate.of(2026, 1, 5);

    /** The four templates of one language. */
    record Set(Slot emailSubject, Slot emailBody, Slot letter, Slot privatePlan) {
    }

    private final Map<Language, Set> byLanguage = new EnumMap<>(Language.class);
    private final TemplateWarnings warnings;
    private final Optional<Path> overrides;
    private final Optional<TemplateFolder> folder;
    private final java.util.concurrent.atomic.AtomicInteger partialLoads = new java.util.concurrent.atomic.AtomicInteger();

    Templates() {
        this(TemplateSource.bundled(), new TemplateWarnings());
    }

    Templates(TemplateSource source, TemplateWarnings warnings) {
        this.warnings = warnings;
        this.overrides = source.overrides();
        this.folder = TemplateFolder.of(overrides);
        Mustache.Compiler bundledText = compiler(Templates::openBundled);
        Mustache.Compiler userText = compiler(this::openPartial);
        for (Language language : Language.values()) {
            String dir = language.code() + "/";
            List<Plan> trials = List.of(SamplePlan.create(TRIAL_DATE, language), Plan.empty());
            byLanguage.put(language, new Set(
                    slot(bundledText, userText, false, dir + "email-subject.mustache",
                            trials, p -> ClientView.forEmail(p, language), OutputCheck::of),
                    slot(bundledText, userText, false, dir + "email-body.mustache",
                            trials, p -> ClientView.forEmail(p, language), OutputCheck::of),
                    slot(bundledText, userText, true, dir + "letter.xhtml.mustache",
                            trials, p -> ClientView.forLetter(p, language, TRIAL_DATE), OutputCheck::of),
                    slot(bundledText, userText, true, dir + "private-plan.xhtml.mustache",
                            trials, p -> PrivatePlanView.of(p, language, TRIAL_DATE), p -> OutputCheck.NONE)));
        }
    }

    Set of(Language language) {
        return byLanguage.get(language);
    }

    private static Mustache.Compiler compiler(Mustache.TemplateLoader loader) {
        return Mustache.compiler()
                .escapeHTML(false)
                .emptyStringIsFalse(true)
                .strictSections(true)
                .withLoader(loader);
    }

    private Slot slot(Mustache.Compiler bundledText, Mustache.Compiler userText, boolean xhtml, String name,
            List<Plan> trials, Function<Plan, Object> view, Function<Plan, OutputCheck> check) {
        Mustache.Compiler bundledCompiler = xhtml ? bundledText.withEscaper(XmlText::escape) : bundledText;
        Mustache.Compiler userCompiler = xhtml ? userText.withEscaper(XmlText::escape) : userText;
        List<Candidate> candidates = new ArrayList<>();
        Template user = userTemplate(userCompiler, name);
        if (user != null) {
            candidates.add(new Candidate(name, user));
        }
        List<String> userPartials = userPartialsOf(name);
        if (!userPartials.isEmpty()) {
            candidates.add(new Candidate(String.join(", ", userPartials), compileBundled(userCompiler, name)));
        }
        return new Slot(candidates.stream().filter(c -> passesTrials(c, xhtml, trials, view, check)).toList(),
                compileBundled(bundledCompiler, name), xhtml);
    }

    private boolean passesTrials(Candidate candidate, boolean xhtml, List<Plan> trials, Function<Plan, Object> view,
            Function<Plan, OutputCheck> check) {
        for (Plan trial : trials) {
            try {
                run(candidate.template(), xhtml, view.apply(trial), check.apply(trial));
            } catch (MustacheException | RenderException | StackOverflowError e) {
                warnings.add(describe(candidate.label(), e));
                return false;
            }
        }
        return true;
    }

    /** The partials the bundled template {@code name} includes that the user has a file for. */
    private List<String> userPartialsOf(String name) {
        if (overrides.isEmpty()) {
            return List.of();
        }
        String text;
        try (Reader reader = openBundled(name)) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            text = out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
        List<String> names = new ArrayList<>();
        Matcher include = PARTIAL.matcher(text);
        while (include.find()) {
            String partial = include.group(1);
            if (folder.get().lookUp(partial) instanceof TemplateFolder.Found) {
                names.add(partial);
            }
        }
        return names;
    }

    /** Runs a user's template and checks what it made; a failure is the template's fault. */
    private static String run(Template template, boolean xhtml, Object view, OutputCheck check) throws RenderException {
        String text = template.execute(view);
        String words = xhtml ? LetterPdf.parse(text).getDocumentElement().getTextContent() : text;
        Optional<String> fault = check.fault(words);
        if (fault.isPresent()) {
            throw new RenderException("what it makes " + fault.get(), null);
        }
        return text;
    }

    /** The user's template {@code name}, compiled, or null when there is none or it is broken. */
    private Template userTemplate(Mustache.Compiler compiler, String name) {
        Optional<String> text = readUser(name);
        if (text.isEmpty()) {
            return null;
        }
        Optional<String> refused = refusedInclude(name, text.get());
        if (refused.isPresent()) {
            warnings.add(refused.get());
            return null;
        }
        try {
            return compiler.compile(text.get());
        } catch (MustacheException | StackOverflowError e) {
            warnings.add(describe(name, e));
            return null;
        }
    }

    /**
     * A warning for the first include in {@code text} (the user's file {@code name}) that
     * names a file the sandbox refuses, with its line; empty when every include is allowed.
     * The loader refuses such names too (an include written after a change of delimiters is
     * not seen here); this finds the line to name.
     */
    private Optional<String> refusedInclude(String name, String text) {
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            String partial = include.group(1);
            Optional<String> why = refusal(partial);
            if (why.isPresent()) {
                int line = (int) text.substring(0, include.start()).chars().filter(c -> c == '\n').count() + 1;
                return Optional.of(fileLabel(name) + ", line " + line + ": the partial '"
                        + PlainText.oneLine(partial) + "' " + why.get() + ". The bundled " + name + " is used instead.");
            }
        }
        return Optional.empty();
    }

    /** Why a template may not include {@code partial}, or empty when it may. */
    private Optional<String> refusal(String partial) {
        TemplateFolder.Lookup lookup = folder.isPresent() ? folder.get().lookUp(partial)
                : TemplateFolder.isPlainRelative(partial) ? new TemplateFolder.Absent()
                : new TemplateFolder.Refused("names a file outside the templates folder");
        if (lookup instanceof TemplateFolder.Refused refused) {
            return Optional.of(refused.why());
        }
        if (lookup instanceof TemplateFolder.Absent && !BUNDLED.contains(partial)) {
            return Optional.of("is not a file in the templates folder");
        }
        return Optional.empty();
    }

    /** A user file's text, or empty when there is none or it cannot be read (with a warning). */
    private Optional<String> readUser(String name) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        TemplateFolder.Lookup lookup = folder.get().lookUp(name);
        if (lookup instanceof TemplateFolder.Refused refused) {
            warnings.add(fileLabel(name) + " is not used: it " + refused.why() + ". The bundled " + name
                    + " is used instead.");
            return Optional.empty();
        }
        if (!(lookup instanceof TemplateFolder.Found found)) {
            return Optional.empty();
        }
        Path file = found.file();
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            warnings.add(fileLabel(name) + " is not UTF-8 text; the bundled " + name + " is used instead.");
        } catch (IOException e) {
            warnings.add(fileLabel(name) + " cannot be read (" + e.getMessage() + "); the bundled " + name
                    + " is used instead.");
        }
        return Optional.empty();
    }

    /**
     * Opens a partial (such as {@code letter.css}) for a user's template: the user's file, if it
     * is inside the folder and compiles, else the bundled one. A name outside the folder, or
     * neither the user's nor bundled, fails the including template, which is then not used.
     */
    private Reader openPartial(String name) {
        if (partialLoads.incrementAndGet() > MAX_PARTIAL_LOADS) {
            throw new MustacheException("the partial '" + PlainText.oneLine(name)
                    + "' is included too many times; does a partial include itself?");
        }
        Optional<String> why = refusal(name);
        if (why.isPresent()) {
            throw new MustacheException("the partial '" + PlainText.oneLine(name) + "' " + why.get());
        }
        Optional<String> text = readUser(name);
        if (text.isPresent()) {
            Optional<String> refused = refusedInclude(name, text.get());
            if (refused.isPresent()) {
                warnings.add(refused.get());
            } else {
                try {
                    compiler(Templates::openBundled).compile(text.get());
                    return new StringReader(text.get());
                } catch (MustacheException | StackOverflowError e) {
                    warnings.add(describe(name, e));
                }
            }
        }
        if (!BUNDLED.contains(name)) {
            throw new MustacheException("the partial '" + PlainText.oneLine(name) + "' cannot be used");
        }
        return openBundled(name);
    }

    String fileLabel(String name) {
        return "The template " + name + overrides.map(dir -> " in " + dir).orElse("");
    }

    /** One message naming the file, the line and the fault, and saying what is used instead. */
    String describe(String name, Throwable e) {
        String where;
        String what;
        if (e instanceof MustacheException.Context context) {
            where = "line " + context.lineNo;
            what = "'" + context.key + "' is not a variable or section this template can use";
        } else if (e instanceof StackOverflowError) {
            where = "";
            what = "it nests sections or partials too deeply";
        } else if (e instanceof RenderException && e.getCause() instanceof SAXParseException sax) {
            where = "";
            what = "what it makes is not valid XHTML (line " + sax.getLineNumber() + " of the output: "
                    + sax.getMessage() + ")";
        } else {
            String message = String.valueOf(e.getMessage());
            Matcher line = AT_LINE.matcher(message);
            where = line.find() ? "line " + line.group(1) : "";
            what = line.replaceFirst("");
        }
        return fileLabel(name) + (where.isEmpty() ? "" : ", " + where) + ": " + what + ". The bundled " + name
                + " is used instead.";
    }

    private static Template compileBundled(Mustache.Compiler compiler, String name) {
        try (Reader reader = openBundled(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }

    /** Opens a bundled template, or a partial, named relative to the templates folder. */
    private static Reader openBundled(String name) {
        String path = ROOT + name;
        InputStream in = Templates.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("template missing from the application: " + path);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** A user's template, or a bundled one that includes a user's partial, with the files to name. */
    private record Candidate(String label, Template template) {
    }

    /**
     * One template: the first candidate using the user's files that works, else the bundled
     * one. Executing it never fails because of the user's files: a failure is reported and the
     * next candidate runs instead.
     */
    final class Slot {

        private final List<Candidate> candidates;
        private final Template bundled;
        private final boolean xhtml;

        Slot(List<Candidate> candidates, Template bundled, boolean xhtml) {
            this.candidates = List.copyOf(candidates);
            this.bundled = bundled;
            this.xhtml = xhtml;
        }

        /**
         * The text for {@code view}; {@code check} is what the user's templates' output must
         * pass (the bundled templates' own is checked by the tests).
         */
        String execute(Object view, OutputCheck check) {
            for (Candidate candidate : candidates) {
                try {
                    return run(candidate.template(), xhtml, view, check);
                } catch (MustacheException | RenderException | StackOverflowError e) {
                    warnings.add(describe(candidate.label(), e));
                }
            }
            return bundled.execute(view);
        }
    }
}
