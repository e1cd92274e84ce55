package dev.offboard.ui.widget;

import dev.offboard.plan.Plan;
import dev.offboard.plan.Problem;
import dev.offboard.render.Documents;
import dev.offboard.render.Email;
import dev.offboard.render.RenderException;
import dev.offboard.ui.core.Failures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The previews' slow parts, made off the event thread: the email, and the letter in steps,
 * its first page (what the user sees first) and then each page after it once scrolled to.
 */
public final class Preview {

    /**
     * The letter with its first page drawn.
     *
     * @param pdf the letter, for drawing the other pages
     * @param pageCount how many pages it has
     * @param first the first page as an image
     * @param unprintable client-facing text the letter's typeface cannot draw
     */
    public record Letter(byte[] pdf, int pageCount, BufferedImage first, List<Problem> unprintable) {
    }

    private Preview() {
    }

    public static Email email(Documents documents, Plan plan) {
        return documents.email(plan, plan.client().language());
    }

    public static Letter letter(Documents documents, Plan plan, LocalDate today, float scale)
            throws RenderException, IOException {
        byte[] pdf = documents.letterPdf(plan, plan.client().language(), today);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new Letter(pdf, document.getNumberOfPages(), new PDFRenderer(document).renderImage(0, scale),
                    documents.unprintable(plan, plan.client().language(), today));
        }
    }

    /** The given pages (numbered from 0), drawn in that order. */
    public static Map<Integer, BufferedImage> pages(byte[] pdf, List<Integer> pages, float scale) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            Map<Integer, BufferedImage> images = new LinkedHashMap<>();
            for (int page : pages) {
                if (page >= 0 && page < document.getNumberOfPages()) {
                    images.put(page, renderer.renderImage(page, scale));
                }
            }
            return images;
        }
    }

    public static String reason(Exception e) {
        return Failures.describe(e);
    }
}
