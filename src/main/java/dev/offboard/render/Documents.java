package dev.offboard.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import dev.offboard.plan.EditedText;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFacts;
import dev.offboard.plan.PlanText;
import dev.offboard.plan.Problem;
import dev.offboard.plan.SamplePlan;
import dev.offboard.plan.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
        Optional<EditedText> edited = plan.writeUp().edit(Section.EMAIL_BODY).filter(e -> e.language() == language);
        // An edited body ends with a line break, as the template's does (and as a text file should).
        String body = edited.isPresent() ? edited.get().text().stripTrailing() + "\n"
                : set.emailBody().execute(view, check);
        return new Email(PlainText.oneLine(set.emailSubject().execute(view, check)),
                PlainText.tidy(body), new Words(language).get("email.subjectLabel"));
    }

    /**
     * The generated text of every section the documents hold, as plain paragraphs (see
     * {@link Wording}), whatever the freelancer edited: what the Write-up step offers to edit,
     * and what an edit is compared with. The email body is the whole generated body; a letter
     * section comes from the letter template in use, which marks it (see docs/templates.md):
     * a template of the user's own offers the sections it marks. A section the documents do
     * not hold (no payments, say) is absent.
     */
    public Map<Section, String> generatedWording(Plan plan, Language language, LocalDate today) {
        Objects.requireNonNull(plan, "plan");
        Plan generated = plan.writeUp().edits().isEmpty() ? plan
                : plan.withWriteUp(plan.writeUp().withEdits(List.of()));
        Map<Section, String> texts = new EnumMap<>(Section.class);
        texts.put(Section.EMAIL_BODY, Wording.normal(email(generated, language).body()));
        LocalDate date = PlanFacts.letterDate(generated, today);
        ClientView view = ClientView.forLetter(generated, language, date);
        Templates.Slot letter = loaded().templates().of(language).letter();
        texts.putAll(sectionsOf(letter.execute(view, OutputCheck.of(generated))));
        return texts;
    }

    private static Map<Section, String> sectionsOf(String xhtml) {
        try {
            return Wording.sections(LetterPdf.parse(xhtml));
        } catch (RenderException e) {
            return Map.of();
        }
    }

    /**
     * Warnings about the freelancer's edited sections in documents in {@code language}: an edit
     * made for the other language (the generated text is used instead), an edit of a section
     * the documents no longer hold, and an edit whose generated text has changed since, saying
     * what changed where it can ("now says '7 April 2027' where it said '31 March 2027'").
     */
    public List<Problem> wordingProblems(Plan plan, Language language, LocalDate today) {
        List<EditedText> edits = plan.writeUp().edits();
        if (edits.isEmpty()) {
            return List.of();
        }
        Map<Section, String> generated = generatedWording(plan, language, today);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            EditedText edit = edits.get(i);
            String path = "writeUp.edits[" + i + "].text";
            String now = generated.get(edit.section());
            if (edit.language() != language) {
                problems.add(Problem.warning(path, "edit.otherLanguage." + edit.language().name()));
            } else if (now == null || now.isBlank()) {
                problems.add(Problem.warning(path, "edit.unused"));
            } else if (!Wording.normal(edit.basedOn()).equals(Wording.normal(now))) {
                problems.add(Wording.change(edit.basedOn(), now)
                        .map(change -> Problem.warning(path, "edit.stale", change.get(0), change.get(1)))
                        .orElseGet(() -> Problem.warning(path, "edit.staleMany")));
            }
        }
        return problems;
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
