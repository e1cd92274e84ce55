package dev.offboard.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts embedded in the letter, read once into memory: Roboto, as bundled with the
 * application. The renderer gets them as bytes, so it never has to open a URI for a font.
 *
 * <p>The glyph substitution table (GSUB) is taken out of each face as it is read. PDFBox
 * applies it to every run of text it draws by compiling a regular expression of all the
 * font's ligatures, each time: for Roboto that was most of the letter's render time. Without
 * it the letter has no automatic ligatures (an "fi" is drawn as two glyphs), which Latin text
 * does not need, and its text extracts exactly as typed.
 */
final class FontSet {

    /** The family name the letter's CSS asks for. */
    static final String FAMILY = "Roboto";

    private static final String DIR = "/com/formdev/flatlaf/fonts/roboto/";

    /** One face of the family. */
    record Face(String family, int weight, FontStyle style, byte[] data) {
    }

    private final List<Face> faces;
    /** The characters the regular face draws (every face here covers the same), read on first use. */
    private volatile Set<Integer> drawable;

    FontSet(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    /**
     * Whether the letter's typeface has a glyph for {@code codePoint}. Spaces and invisible
     * formatting characters count as drawable; with no fonts at all, every character does
     * (there is nothing to compare with).
     */
    boolean canDraw(int codePoint) {
        if (faces.isEmpty() || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        return drawable().contains(codePoint);
    }

    private Set<Integer> drawable() {
        Set<Integer> result = drawable;
        if (result == null) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(faces.get(0).data()))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                Set<Integer> codePoints = new HashSet<>();
                // Glyph by glyph (about 1,300) rather than asking for each of the 196,608 code points.
                int glyphs = font.getNumberOfGlyphs();
                for (int glyph = 1; glyph < glyphs; glyph++) {
                    List<Integer> mapped = cmap.getCharCodes(glyph);
                    if (mapped != null) {
                        codePoints.addAll(mapped);
                    }
                }
                result = Set.copyOf(codePoints);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the letter's font", e);
            }
            drawable = result;
        }
        return result;
    }

    /** Roboto regular, medium, bold, italic and bold italic. */
    static FontSet roboto() {
        List<Face> faces = new ArrayList<>();
        faces.add(load("Roboto-Regular.ttf", 400, FontStyle.NORMAL));
        faces.add(load("Roboto-Italic.ttf", 400, FontStyle.ITALIC));
        faces.add(load("Roboto-Medium.ttf", 500, FontStyle.NORMAL));
        faces.add(load("Roboto-Bold.ttf", 700, FontStyle.NORMAL));
        faces.add(load("Roboto-BoldItalic.ttf", 700, FontStyle.ITALIC));
        return new FontSet(faces);
    }

    /** No fonts at all: only for showing that rendering then fails cleanly. */
    static FontSet none() {
        return new FontSet(List.of());
    }

    List<Face> faces() {
        return faces;
    }

    private static Face load(String file, int weight, FontStyle style) {
        try (InputStream in = FontSet.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + DIR + file);
            }
            return new Face(FAMILY, weight, style, withoutTable(in.readAllBytes(), "GSUB"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    /**
     * A TrueType font file without the table {@code tag}; the font itself when it has none.
     * The other tables are copied unchanged, each at a 4-byte boundary as the format asks.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        int drop = -1;
        for (int i = 0; i < tables; i++) {
            if (tag.equals(new String(font, 12 + 16 * i, 4, StandardCharsets.US_ASCII))) {
                drop = i;
            }
        }
        if (drop < 0) {
            return font;
        }
        int kept = tables - 1;
        int dataStart = 12 + 16 * kept;
        int size = dataStart;
        for (int i = 0; i < tables; i++) {
            if (i != drop) {
                size += (in.getInt(12 + 16 * i + 12) + 3) & ~3;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int searchRange = Integer.highestOneBit(kept) * 16;
        out.putInt(in.getInt(0))
                .putShort((short) kept)
                .putShort((short) searchRange)
                .putShort((short) (31 - Integer.numberOfLeadingZeros(Integer.highestOneBit(kept))))
                .putShort((short) (kept * 16 - searchRange));
        int offset = dataStart;
        for (int i = 0; i < tables; i++) {
            if (i == drop) {
                continue;
            }
            int record = 12 + 16 * i;
            int from = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            out.putInt(in.getInt(record)).putInt(in.getInt(record + 4)).putInt(offset).putInt(length);
            out.put(offset, font, from, length);
            offset += (length + 3) & ~3;
        }
        return out.array();
    }
}
