package dev.offboard.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where every character of a PDF was drawn: the characters that fall outside their page's
 * media box (clipped when printed), and the whole text without white space.
 */
final class PagePlacement extends PDFTextStripper {

    private final List<String> outside = new ArrayList<>();
    private final StringBuilder compact = new StringBuilder();

    private PagePlacement() {
    }

    static PagePlacement of(byte[] pdf) throws IOException {
        PagePlacement placement = new PagePlacement();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            placement.writeText(document, new StringWriter());
        }
        return placement;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        for (TextPosition p : positions) {
            float left = p.getXDirAdj();
            float right = left + p.getWidthDirAdj();
            float baseline = p.getYDirAdj();
            float top = baseline - p.getHeightDir();
            if (left < 0 || right > p.getPageWidth() + 0.5f || top < 0 || baseline > p.getPageHeight()) {
                outside.add("page " + getCurrentPageNo() + ": '" + p.getUnicode() + "' at (" + left + ", " + baseline
                        + ")");
            }
        }
        compact.append(text.replaceAll("\\s+", ""));
    }

    /** Characters drawn (partly) outside the page, with page and position. */
    List<String> outside() {
        return outside;
    }

    /** All the text, white space removed, so words broken across lines read whole. */
    String compactText() {
        return compact.toString();
    }
}
