package dev.offboard.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Turns a plan into its client-facing documents. Templates and fonts are loaded once per
 * instance; an instance is safe to share between threads.
 *
 * <p>Each document is a chain of pure steps: {@code Plan} → {@link ClientView} (client-facing
 * values only, formatted for the language) → template text → email or PDF bytes. Nothing
 * here reads the clock, the file system or the network.
 */
public final class Documents {

    private final Templates templates;
    private final LetterPdf pdf;

    public Documents() {
        this(FontSet.roboto(), (uri, type) -> { });
    }

    /** For tests: other fonts, and a witness of every external resource the renderer asks for. */
    Documents(FontSet fonts, BiConsumer<String, ExternalResourceType> deniedRequests) {
        RendererLog.quiet();
        this.templates = new Templates();
        this.pdf = new LetterPdf(fonts, deniedRequests);
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
}
