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
 * media box (clipped when printed), characters drawn over each other, and the whole text
 * without white space (so a test can tell that nothing was lost).
 */
final class PagePlacement extends PDFTextStripper {

    private final List<String> outside = new ArrayList<>();
    private final List<String> overlaps = new ArrayList<>();
    private final List<Glyph> pageGlyphs = new ArrayList<>();

    private record Glyph(String text, float left, float top, float right, float bottom) {

        float area() {
            return Math.max(0, right - left) * Math.max(0, bottom - top);
        }

        float overlap(Glyph o) {
            float w = Math.min(right, o.right) - Math.max(left, o.left);
            float h = Math.min(bottom, o.bottom) - Math.max(top, o.top);
            return w <= 0 || h <= 0 ? 0 : w * h;
        }
    }
    private final StringBuilder compact = new StringBuilder();

    private PagePlacement() {
        // Every glyph counts, even one drawn exactly over the same one.
        setSuppressDuplicateOverlappingText(false);
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
            if (!p.getUnicode().isBlank()) {
                pageGlyphs.add(new Glyph(p.getUnicode(), left, top, right, baseline));
            }
        }
        compact.append(text.replaceAll("\\s+", ""));
    }

    @Override
    protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        for (int i = 0; i < pageGlyphs.size(); i++) {
            Glyph a = pageGlyphs.get(i);
            for (int j = i + 1; j < pageGlyphs.size(); j++) {
                Glyph b = pageGlyphs.get(j);
                float smaller = Math.min(a.area(), b.area());
                if (smaller > 0 && a.overlap(b) > 0.3f * smaller) {
                    overlaps.add("page " + getCurrentPageNo() + ": '" + a.text() + "' and '" + b.text() + "' at ("
                            + a.left() + ", " + a.bottom() + ")");
                }
            }
        }
        pageGlyphs.clear();
        super.endPage(page);
    }

    /** Pairs of characters drawn over each other (by more than 30% of the smaller one). */
    List<String> overlaps() {
        return overlaps;
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
