package dev.offboard.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Turns a plan into its client-facing documents. Templates and fonts are loaded once per
 * instance, on first use rather than on construction, so creating one costs nothing at
 * startup; {@link #warmUp()} loads them ahead of time. An instance is safe to share between
 * threads.
 *
 * <p>Each document is a chain of pure steps: {@code Plan} → {@link ClientView} (client-facing
 * values only, formatted for the language) → template text → email or PDF bytes. Nothing
 * here reads the clock, the file system or the network.
 */
public final class Documents {

    /** A day for the warm-up letter; any day does. */
    private static final LocalDate WARM_UP_DAY = LocalDate.of(2026, 1, 5);

    private final Supplier<FontSet> fonts;
    private final BiConsumer<String, ExternalResourceType> deniedRequests;
    private volatile Loaded loaded;

    /** The templates and the PDF renderer with its fonts, made once. */
    private record Loaded(Templates templates, LetterPdf pdf) {
    }

    public Documents() {
        this(FontSet::roboto, (uri, type) -> { });
    }

    /** For tests: other fonts, and a witness of every external resource the renderer asks for. */
    Documents(FontSet fonts, BiConsumer<String, ExternalResourceType> deniedRequests) {
        this(() -> fonts, deniedRequests);
    }

    private Documents(Supplier<FontSet> fonts, BiConsumer<String, ExternalResourceType> deniedRequests) {
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
                    result = new Loaded(new Templates(), new LetterPdf(fonts.get(), deniedRequests));
                    loaded = result;
                }
            }
        }
        return result;
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

    /** The termination email in the given language. */
    public Email email(Plan plan, Language language) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
        ClientView view = ClientView.forEmail(plan, language);
        Templates.Set set = loaded().templates().of(language);
        return new Email(PlainText.oneLine(set.emailSubject().execute(view)),
                PlainText.tidy(set.emailBody().execute(view)));
    }

    /** The transition letter as PDF bytes, dated {@code date}. */
    public byte[] letterPdf(Plan plan, Language language, LocalDate date) throws RenderException {
        return loaded().pdf().render(letterXhtml(plan, language, date), language.locale().toLanguageTag());
    }

    /** The letter before it becomes a PDF: what the tests and the template docs look at. */
    String letterXhtml(Plan plan, Language language, LocalDate date) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        return loaded().templates().of(language).letter().execute(ClientView.forLetter(plan, language, date));
    }
}
