package dev.offboard.render;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XHTML to PDF bytes, with nothing fetched from anywhere.
 *
 * <ul>
 *   <li>The XHTML is parsed here, by a parser that refuses a DOCTYPE and never resolves an
 *       external entity, and handed to openhtmltopdf as a DOM.</li>
 *   <li>Every external resource (stylesheet, image, font, any scheme) is denied, both before
 *       and after URI resolution. Fonts come from {@link FontSet} as bytes: Roboto, and the
 *       system's fonts for the characters it lacks, as fallbacks.</li>
 *   <li>Text with right-to-left letters goes through the Unicode bidi algorithm and Arabic
 *       shaping (openhtmltopdf's ICU4J module, decision 6).</li>
 *   <li>Elements marked {@code data-field} become PDF form fields over their boxes
 *       ({@link FormFields}, decision 14).</li>
 *   <li>A missing font (the renderer's empty-font-list diagnostic, any severe diagnostic
 *       about fonts, or a font in the finished document that is not embedded, which is what
 *       the renderer's built-in fallback gives) makes the letter fail with a
 *       {@link RenderException} instead of a PDF with unreadable or non-embedded text.</li>
 * </ul>
 */
final class LetterPdf {

    private static final String PRODUCER = "Offboard";
    private static final String BASE_URI = "about:blank";

    private final FontSet fonts;
    /** Font metrics survive from one letter to the next; the store is thread-safe. */
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();
    private final BiConsumer<String, ExternalResourceType> deniedRequests;

    /**
     * @param deniedRequests told of every external resource the renderer asked for (and was
     *     refused); tests use it, the application passes a no-op
     */
    /** The fonts the PDFs embed. */
    FontSet fonts() {
        return fonts;
    }

    LetterPdf(FontSet fonts, BiConsumer<String, ExternalResourceType> deniedRequests) {
        this.fonts = fonts;
        this.deniedRequests = deniedRequests;
    }

    byte[] render(String xhtml) throws RenderException {
        return render(xhtml, "");
    }

    /**
     * @param language the BCP 47 tag written as the PDF's document language (screen readers
     *     use it), or empty
     */
    byte[] render(String xhtml, String language) throws RenderException {
        Document document = parse(xhtml);
        Map<String, Element> fields = FormFields.marked(document);
        List<Diagnostic> fontProblems = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(document, BASE_URI)
                .withProducer(PRODUCER)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(ColorProfile.srgb())
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .useExternalResourceAccessControl(this::deny, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(this::deny, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(d -> {
                    if (isFontProblem(d)) {
                        fontProblems.add(d);
                    }
                })
                .toStream(out);
        for (FontSet.Face face : fonts.faces()) {
            byte[] data = face.data();
            builder.useFont(() -> new ByteArrayInputStream(data), face.family(), face.weight(), face.style(), true);
        }
        // Characters Roboto lacks: each is drawn by the first of these that has it, whatever
        // family the style sheet names. Only the fonts this text needs are given.
        for (FontSet.Face face : fonts.fallbacksFor(xhtml)) {
            byte[] data = face.data();
            builder.useFont(() -> new ByteArrayInputStream(data), face.family(), face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.FALLBACK_PRE));
        }
        if (hasRightToLeft(xhtml)) {
            // The Unicode bidi algorithm and Arabic shaping (ICU4J), only where needed: the
            // splitter looks at every paragraph, and left-to-right text needs none of it.
            directionFromText(document);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new ICUBidiReorderer())
                    .defaultTextDirection(TextDirection.LTR);
        }
        Set<String> unembeddedFonts;
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                unembeddedFonts = unembeddedFonts(pdf);
                // Positions are known once the pages are drawn.
                FormFields.add(pdf, FormFields.spots(fields, renderer));
                if (!language.isEmpty()) {
                    pdf.getDocumentCatalog().setLanguage(language);
                }
                pdf.save(out);
            }
        } catch (IOException | RuntimeException e) {
            throw new RenderException("The document could not be laid out as a PDF: " + e.getMessage(), e);
        }
        if (!fontProblems.isEmpty()) {
            throw new RenderException("The documents' font could not be used, so the PDF was not made ("
                    + fontProblems.get(0).getFormattedMessage() + ").");
        }
        if (!unembeddedFonts.isEmpty()) {
            throw new RenderException("The documents' font could not be used, so the PDF was not made (it would have"
                    + " fallen back to " + String.join(", ", unembeddedFonts) + ", not embedded).");
        }
        return out.toByteArray();
    }

    /**
     * The names of the fonts the document uses without embedding them. Fonts made from the
     * bundled TrueType files are Type 0 fonts whose subset is embedded when the file is
     * saved; anything else not embedded is the renderer's built-in fallback.
     */
    private static Set<String> unembeddedFonts(PDDocument document) {
        Set<String> names = new TreeSet<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                try {
                    PDFont font = resources.getFont(name);
                    if (font != null && !(font instanceof PDType0Font) && !font.isEmbedded()) {
                        names.add(font.getName());
                    }
                } catch (IOException e) {
                    names.add(name.getName());
                }
            }
        }
        return names;
    }

    /**
     * Gives every paragraph ({@code <p>}) that has no {@code dir} of its own {@code dir="auto"}:
     * its base direction is that of its first strong letter, so a thank-you typed in Arabic runs
     * right to left, aligned right with its full stop at its end, while an English sentence that
     * quotes an Arabic name stays left to right. Names and address lines keep the letter's
     * direction (a name alone reads the same either way, and the block stays aligned). Done here
     * rather than in each template, so a user's own template gets it too.
     */
    static void directionFromText(Document document) {
        NodeList paragraphs = document.getElementsByTagNameNS("*", "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element paragraph = (Element) paragraphs.item(i);
            if (!paragraph.hasAttribute("dir")) {
                paragraph.setAttribute("dir", "auto");
            }
        }
    }

    /** Whether the text holds a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, …). */
    static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(c -> {
            byte direction = Character.getDirectionality(c);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    private boolean deny(String uri, ExternalResourceType type) {
        deniedRequests.accept(uri, type);
        return false;
    }

    static boolean isFontProblem(Diagnostic diagnostic) {
        LogMessageId id = diagnostic.getLogMessageId();
        if (id == LogMessageId.LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY) {
            return true;
        }
        return diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()
                && String.valueOf(id).toLowerCase(Locale.ROOT).contains("font");
    }

    /** Parses the letter's XHTML with DOCTYPEs and external entities switched off. */
    static Document parse(String xhtml) throws RenderException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed: " + systemId);
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // A warning does not stop the letter.
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be configured safely", e);
        } catch (SAXException | IOException e) {
            throw new RenderException("The template produced invalid XHTML: " + e.getMessage(), e);
        }
    }
}
