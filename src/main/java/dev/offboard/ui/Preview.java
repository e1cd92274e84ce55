package dev.offboard.ui;

import dev.offboard.plan.Plan;
import dev.offboard.render.Documents;
import dev.offboard.render.Email;
import dev.offboard.render.RenderException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The email and the letter's pages for one plan, made off the event thread.
 *
 * @param email the email, or null when it could not be made
 * @param pages the letter's pages as images; empty when it could not be made
 * @param problem why a part is missing, in the user's words, or empty
 */
record Preview(Email email, List<BufferedImage> pages, String problem) {

    /** Renders {@code plan}; never throws: failures become {@link #problem()}. */
    static Preview render(Documents documents, Plan plan, LocalDate today, Messages messages, float scale) {
        Email email;
        try {
            email = documents.email(plan, plan.client().language());
        } catch (RuntimeException e) {
            return new Preview(null, List.of(), messages.text("preview.unavailable", reason(e)));
        }
        try {
            byte[] pdf = documents.letterPdf(plan, plan.client().language(), today);
            return new Preview(email, pages(pdf, scale), "");
        } catch (RenderException | IOException | RuntimeException e) {
            return new Preview(email, List.of(), messages.text("preview.letterUnavailable", reason(e)));
        }
    }

    static List<BufferedImage> pages(byte[] pdf, float scale) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> images = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                images.add(renderer.renderImage(page, scale));
            }
            return images;
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
