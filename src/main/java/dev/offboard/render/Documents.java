package dev.offboard.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Turns a plan into its documents: the client-facing email and letter, and the freelancer's
 * private plan. Templates and fonts are loaded once per
 * instance; an instance is safe to share between threads.
 *
 * <p>Each document is a chain of pure steps: {@code Plan} → {@link ClientView} (client-facing
 * values only, formatted for the language) → template text → email or PDF bytes; the private
 * plan goes through {@link PrivatePlanView} instead, the one view that reads private parts. Nothing
 * here reads the clock, the file system or the network.
 */
public final class Documents {

    private final TemplateWarnings warnings = new TemplateWarnings();
    private final Templates templates;
    private final LetterPdf pdf;

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
        this(source, FontSet.roboto(), (uri, type) -> { });
    }

    /** With the bundled templates, each overridden by a file of the same name in {@code dir}. */
    public static Documents withTemplates(Path dir) {
        return new Documents(TemplateSource.userOverrides(dir));
    }

    /** For tests: other fonts, and a witness of every external resource the renderer asks for. */
    Documents(FontSet fonts, BiConsumer<String, ExternalResourceType> deniedRequests) {
        this(TemplateSource.bundled(), fonts, deniedRequests);
    }

    private Documents(TemplateSource source, FontSet fonts, BiConsumer<String, ExternalResourceType> deniedRequests) {
        RendererLog.quiet();
        this.templates = new Templates(source, warnings);
        this.pdf = new LetterPdf(fonts, deniedRequests);
    }

    /**
     * What went wrong with the user's templates so far, one message each, naming the file and
     * the line, and saying the bundled template was used instead. Empty with the bundled
     * templates. Grows when a user template fails with a real plan.
     */
    public List<String> templateWarnings() {
        return warnings.list();
    }

    /** The termination email in the given language. */
    public Email email(Plan plan, Language language) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
        ClientView view = ClientView.forEmail(plan, language);
        Templates.Set set = templates.of(language);
        return new Email(PlainText.oneLine(set.emailSubject().execute(view)),
                PlainText.tidy(set.emailBody().execute(view)));
    }

    /** The transition letter as PDF bytes, dated {@code date}. */
    public byte[] letterPdf(Plan plan, Language language, LocalDate date) throws RenderException {
        return pdf.render(letterXhtml(plan, language, date), language.locale().toLanguageTag());
    }

    /** The letter before it becomes a PDF: what the tests and the template docs look at. */
    String letterXhtml(Plan plan, Language language, LocalDate date) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        return templates.of(language).letter().execute(ClientView.forLetter(plan, language, date));
    }

    /**
     * The freelancer's own copy of the whole plan as PDF bytes, dated {@code date}: the
     * assessment, the conversation, the timeline and the checklists, marked private on every
     * page. Never for the client.
     */
    public byte[] privatePlanPdf(Plan plan, Language language, LocalDate date) throws RenderException {
        return pdf.render(privatePlanXhtml(plan, language, date), language.locale().toLanguageTag());
    }

    /** The private plan before it becomes a PDF. */
    String privatePlanXhtml(Plan plan, Language language, LocalDate date) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        return templates.of(language).privatePlan().execute(PrivatePlanView.of(plan, language, date));
    }
}
