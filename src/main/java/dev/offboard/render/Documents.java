package dev.offboard.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFacts;
import dev.offboard.plan.PlanText;
import dev.offboard.plan.Problem;
import dev.offboard.plan.SamplePlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Turns a plan into its documents: the client-facing email and letter, and the freelancer's
 * private plan. Templates and fonts are loaded once per instance, on first use rather than
 * on construction, so creating one costs nothing at startup; {@link #warmUp()} loads them
 * ahead of time. An instance is safe to share between threads.
 *
 * <p>Each document is a chain of pure steps: {@code Plan} → {@link ClientView} (client-facing
 * values only, formatted for the language) → template text → email or PDF bytes; the private
 * plan goes through {@link PrivatePlanView} instead, the one view that reads private parts. Nothing
 * here reads the clock, the file system or the network.
 */
public final class Documents {

    /** A day for the warm-up letter; any day does. */
    private static final LocalDate WARM_UP_DAY = LocalDate.of(2026, 1, 5);

    private final TemplateWarnings warnings = new TemplateWarnings();
    private final TemplateSource source;
    private final Supplier<FontSet> fonts;
    private final BiConsumer<String, ExternalResourceType> deniedRequests;
    private volatile Loaded loaded;
    private volatile LetterText lastLetter;

    /** The templates and the PDF renderer with its fonts, made once. */
    private record Loaded(Templates templates, LetterPdf pdf) {
    }

    /** A letter's text, with what it was made from: the plan (the same instance), language and date. */
    private record LetterText(Plan plan, Language language, LocalDate date, String xhtml) {
    }

    /** With the bundled templates only. */
    public Documents() {
        this(TemplateSource.bundled());
    }

    /**
     * With the templates of {@code source}: the user's own where they work, else the bundled
     * ones. Problems with the user's templates never stop a document; they are reported by
     * {@link #templateWarnings()}.
     */
    public Documents(TemplateSource source) {
        this(source, FontSet::roboto, (uri, type) -> { });
    }

    /** With the bundled templates, each overridden by a file of the same name in {@code dir}. */
    public static Documents withTemplates(Path dir) {
        return new Documents(TemplateSource.userOverrides(dir));
    }

    /** For tests: other fonts, and a witness of every external resource the renderer asks for. */
    Documents(FontSet fonts, BiConsumer<String, ExternalResourceType> deniedRequests) {
        this(TemplateSource.bundled(), () -> fonts, deniedRequests);
    }

    private Documents(TemplateSource source, Supplier<FontSet> fonts,
            BiConsumer<String, ExternalResourceType> deniedRequests) {
        this.source = source;
        this.fonts = fonts;
        this.deniedRequests = deniedRequests;
    }

    private Loaded loaded() {
        Loaded result = loaded;
        if (result == null) {
            synchronized (this) {
                result = loaded;
                if (result == null) {
                    RendererLog.quiet();
                    result = new Loaded(new Templates(source, warnings), new LetterPdf(fonts.get(), deniedRequests));
                    loaded = result;
                }
            }
        }
        return result;
    }

    /** Loads the templates and the fonts now rather than at the first document. */
    public void prepare() {
        loaded();
    }

    /**
     * Loads the templates and fonts and makes the sample's email and letter once, so that the
     * first real document does not pay for loading classes and compiling code. For a
     * background thread at startup.
     *
     * @throws RenderException if the sample letter cannot be made; the real letter would fail too
     */
    public void warmUp() throws RenderException {
        Plan sample = SamplePlan.create(WARM_UP_DAY);
        email(sample, sample.client().language());
        letterPdf(sample, sample.client().language(), WARM_UP_DAY);
    }

    /**
     * What went wrong with the user's templates so far, one message each, naming the file and
     * the line, and saying the bundled template was used instead. Empty with the bundled
     * templates. Grows when a user template fails with a real plan.
     */
    public List<String> templateWarnings() {
        loaded();
        return warnings.list();
    }

    /** The termination email in the given language. */
    public Email email(Plan plan, Language language) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
        ClientView view = ClientView.forEmail(plan, language);
        Templates.Set set = loaded().templates().of(language);
        OutputCheck check = OutputCheck.of(plan);
        return new Email(PlainText.oneLine(set.emailSubject().execute(view, check)),
                PlainText.tidy(set.emailBody().execute(view, check)), new Words(language).get("email.subjectLabel"));
    }

    /**
     * The transition letter as PDF bytes. It is dated as {@link PlanFacts#letterDate} says: the
     * date chosen in the write-up, else the day notice is given, else {@code today}.
     */
    public byte[] letterPdf(Plan plan, Language language, LocalDate today) throws RenderException {
        return loaded().pdf().render(letterXhtml(plan, language, today), documentLocale(plan, language));
    }

    /** The documents' language tag, with the client's region: {@code en-US}, {@code fr-CA} … */
    private static String documentLocale(Plan plan, Language language) {
        return DocumentLocale.of(language, plan.client().country()).tag();
    }

    /**
     * Client-facing text that reaches the letter but that no font can draw, neither Roboto nor
     * any of the system's fonts (a newer emoji, say): the PDF would print {@code #} in its
     * place. One warning a field, naming the characters with their codes. {@code render} and
     * the wizard's exports refuse such a letter unless the user accepts it.
     */
    public List<Problem> unprintable(Plan plan, Language language, LocalDate today) {
        Set<Integer> missing = loaded().pdf().fonts().missing(letterXhtml(plan, language, today));
        if (missing.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (PlanText.Entry entry : PlanText.clientFacing(plan)) {
            // With its code, as a screen font may lack the character too.
            String characters = entry.text().codePoints().filter(missing::contains).distinct()
                    .mapToObj(c -> Character.toString(c) + " (U+" + String.format("%04X", c) + ")")
                    .collect(Collectors.joining(", "));
            if (!characters.isEmpty()) {
                problems.add(Problem.warning(entry.path(), "letter.unprintable", characters));
            }
        }
        return problems;
    }

    /**
     * The letter before it becomes a PDF: what the tests and the template docs look at. The
     * last one made is kept, since the check of its characters and its PDF ask for the same
     * letter one after the other.
     */
    String letterXhtml(Plan plan, Language language, LocalDate today) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(today, "today");
        LocalDate date = PlanFacts.letterDate(plan, today);
        LetterText last = lastLetter;
        if (last != null && last.plan() == plan && last.language() == language && last.date().equals(date)) {
            return last.xhtml();
        }
        String xhtml = loaded().templates().of(language).letter()
                .execute(ClientView.forLetter(plan, language, date), OutputCheck.of(plan));
        lastLetter = new LetterText(plan, language, date, xhtml);
        return xhtml;
    }

    /**
     * The freelancer's own copy of the whole plan as PDF bytes, dated {@code date}: the
     * assessment, the conversation, the timeline and the checklists, marked private on every
     * page. Never for the client.
     */
    public byte[] privatePlanPdf(Plan plan, Language language, LocalDate date) throws RenderException {
        return loaded().pdf().render(privatePlanXhtml(plan, language, date), documentLocale(plan, language));
    }

    /** The private plan before it becomes a PDF. */
    String privatePlanXhtml(Plan plan, Language language, LocalDate date) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        return loaded().templates().of(language).privatePlan()
                .execute(PrivatePlanView.of(plan, language, date), OutputCheck.NONE);
    }
}
