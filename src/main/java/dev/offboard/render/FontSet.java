package dev.offboard.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts embedded in the letter: Roboto, bundled with the application and read once into
 * memory, and, for characters Roboto lacks (Arabic, Hebrew, CJK, emoji…), fonts of the system
 * found by {@link FallbackFonts} when a letter needs them. The renderer gets every font as
 * bytes, so it never has to open a URI for a font.
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
    private final FallbackFonts fallbacks;
    /** The characters the regular face draws (every face here covers the same), read on first use. */
    private volatile Set<Integer> drawable;

    /** These faces and no fallback. */
    FontSet(List<Face> faces) {
        this(faces, FallbackFonts.none());
    }

    FontSet(List<Face> faces, FallbackFonts fallbacks) {
        this.faces = List.copyOf(faces);
        this.fallbacks = fallbacks;
    }

    /**
     * Whether the letter's main typeface (Roboto) has a glyph for {@code codePoint}. Spaces and
     * invisible formatting characters count as drawable; with no fonts at all, every character
     * does (there is nothing to compare with).
     */
    boolean canDraw(int codePoint) {
        if (faces.isEmpty() || isInvisible(codePoint)) {
            return true;
        }
        return drawable().contains(codePoint);
    }

    private static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
                || XmlText.isVariationSelector(codePoint);
    }

    /** The characters of {@code text} that no font draws, the main one or a fallback, in order. */
    Set<Integer> missing(String text) {
        Set<Integer> needed = needsFallback(text);
        Set<Integer> missing = new LinkedHashSet<>();
        fallbacks.resolve(needed).forEach((c, source) -> {
            if (source.isEmpty()) {
                missing.add(c);
            }
        });
        return missing;
    }

    /**
     * The fallback faces {@code text} needs, best first: none for text the main typeface draws
     * whole, which is the usual letter.
     */
    List<Face> fallbacksFor(String text) {
        Set<Integer> needed = needsFallback(text);
        if (needed.isEmpty()) {
            return List.of();
        }
        List<FallbackFonts.Source> sources = new ArrayList<>();
        fallbacks.resolve(needed).values().forEach(source -> source.ifPresent(sources::add));
        List<Face> result = new ArrayList<>();
        for (Face face : fallbacks.faces(sources)) {
            // PDFBox cuts down fonts for the BMP only; emoji are beyond it.
            boolean bmp = needed.stream().allMatch(Character::isBmpCodePoint);
            result.add(face.data().length > SUBSET_ABOVE && bmp ? subset(face, needed) : face);
        }
        return result;
    }

    /**
     * Fallback fonts larger than this (a CJK font is 5 to 20 MB) are cut down to the letter's
     * characters before the renderer sees them: PDFBox then reads a few kilobytes instead of
     * the whole font for every letter. Smaller ones, such as an Arabic font, are given whole,
     * since shaping asks for forms of the letters that are not in the text itself.
     */
    static final int SUBSET_ABOVE = 1 << 20;

    /** The face with only the glyphs of {@code codePoints} (and the empty glyph). */
    static Face subset(Face face, Set<Integer> codePoints) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.data()))) {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            codePoints.forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return new Face(face.family(), face.weight(), face.style(), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut down the font " + face.family(), e);
        }
    }

    private Set<Integer> needsFallback(String text) {
        Set<Integer> needed = new LinkedHashSet<>();
        text.codePoints().filter(c -> !canDraw(c)).forEach(needed::add);
        return needed;
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

    /** Roboto regular, medium, bold, italic and bold italic, and the system's fonts for the rest. */
    static FontSet roboto() {
        return new FontSet(robotoFaces(), FallbackFonts.system());
    }

    /** Roboto alone: what a system without any other font gives. */
    static FontSet robotoOnly() {
        return new FontSet(robotoFaces());
    }

    private static List<Face> robotoFaces() {
        List<Face> faces = new ArrayList<>();
        faces.add(load("Roboto-Regular.ttf", 400, FontStyle.NORMAL));
        faces.add(load("Roboto-Italic.ttf", 400, FontStyle.ITALIC));
        faces.add(load("Roboto-Medium.ttf", 500, FontStyle.NORMAL));
        faces.add(load("Roboto-Bold.ttf", 700, FontStyle.NORMAL));
        faces.add(load("Roboto-BoldItalic.ttf", 700, FontStyle.ITALIC));
        return faces;
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
     * Face {@code index} of a TrueType collection ({@code .ttc}) as a font file of its own: its
     * tables, which faces of a collection may share, copied after a table directory of its own.
     */
    static byte[] fromCollection(byte[] collection, int index) {
        ByteBuffer in = ByteBuffer.wrap(collection);
        int count = in.getInt(8);
        if (in.getInt(0) != 0x74746366 || index < 0 || index >= count) {
            throw new IllegalArgumentException("no face " + index + " in this font collection");
        }
        int directory = in.getInt(12 + 4 * index);
        int tables = Short.toUnsignedInt(in.getShort(directory + 4));
        int dataStart = 12 + 16 * tables;
        int size = dataStart;
        for (int i = 0; i < tables; i++) {
            size += (in.getInt(directory + 12 + 16 * i + 12) + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(0, collection, directory, 12);
        int offset = dataStart;
        for (int i = 0; i < tables; i++) {
            int record = directory + 12 + 16 * i;
            int from = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            out.putInt(12 + 16 * i, in.getInt(record)).putInt(12 + 16 * i + 4, in.getInt(record + 4))
                    .putInt(12 + 16 * i + 8, offset).putInt(12 + 16 * i + 12, length);
            out.put(offset, collection, from, length);
            offset += (length + 3) & ~3;
        }
        return out.array();
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
