package dev.offboard.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A letter read back with PDFBox, for assertions.
 *
 * @param text the text in drawing order
 * @param sortedText the text sorted by position on the page
 */
record PdfText(String text, String sortedText, int pages, String title, String author, String language, List<String> fonts,
        List<String> fontsWithoutFile) {

    static PdfText read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            List<String> withoutFile = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    PDFontDescriptor descriptor = font.getFontDescriptor();
                    if (descriptor == null || (descriptor.getFontFile() == null && descriptor.getFontFile2() == null
                            && descriptor.getFontFile3() == null)) {
                        withoutFile.add(font.getName());
                    }
                }
            }
            String text = new PDFTextStripper().getText(document);
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            String sorted = byPosition.getText(document);
            return new PdfText(text, sorted, document.getNumberOfPages(), document.getDocumentInformation().getTitle(),
                    document.getDocumentInformation().getAuthor(), document.getDocumentCatalog().getLanguage(),
                    fonts, withoutFile);
        }
    }

    /**
     * The text with every run of white space (no-break spaces included) as one space, read
     * twice: in drawing order (keeps side-by-side columns apart) and sorted by position (keeps
     * a sentence with a bold date in one piece), joined by a separator. A phrase is "in the
     * letter" when either reading has it.
     */
    String flat() {
        return flatten(text) + " \u00A6 " + flatten(sortedText);
    }

    static String flatten(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }
}
