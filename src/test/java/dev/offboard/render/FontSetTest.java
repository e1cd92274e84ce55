package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The bundled faces lose their glyph substitution table and nothing else. */
class FontSetTest {

    @Test
    void everyFaceLosesItsGlyphSubstitutionTableAndKeepsItsGlyphs() throws IOException {
        byte[] original;
        try (InputStream in = FontSet.class.getResourceAsStream("/com/formdev/flatlaf/fonts/roboto/Roboto-Regular.ttf")) {
            original = in.readAllBytes();
        }
        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(FontSet.roboto().faces().get(0).data())) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB")
                    .containsOnlyKeys(before.getTableMap().keySet().stream().filter(t -> !t.equals("GSUB")).toList());
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            assertThat(after.getUnicodeCmapLookup().getGlyphId('é'))
                    .isEqualTo(before.getUnicodeCmapLookup().getGlyphId('é'));
            assertThat(after.getAdvanceWidth(after.nameToGID("a"))).isEqualTo(before.getAdvanceWidth(before.nameToGID("a")));
        }
        assertThat(FontSet.roboto().faces()).allSatisfy(face -> {
            try (TrueTypeFont font = parse(face.data())) {
                assertThat(font.getTableMap()).doesNotContainKey("GSUB");
            }
        });
    }

    @Test
    void canDrawIsExactlyWhatTheCharacterMapHasForEveryCodePoint() throws IOException {
        FontSet fonts = FontSet.roboto();
        try (TrueTypeFont font = parse(fonts.faces().get(0).data())) {
            var cmap = font.getUnicodeCmapLookup();
            int drawable = 0;
            for (int c = 0; c <= 0x2FFFF; c++) {
                boolean blankOrControl = Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        || XmlText.isVariationSelector(c);
                boolean mapped = cmap.getGlyphId(c) != 0;
                assertThat(fonts.canDraw(c)).as("U+%04X", c).isEqualTo(mapped || blankOrControl);
                drawable += mapped ? 1 : 0;
            }
            assertThat(drawable).as("Roboto maps Latin, Greek and Cyrillic").isGreaterThan(800);
        }
        assertThat(fonts.canDraw('é')).isTrue();
        assertThat(fonts.canDraw(0x1F64F)).isFalse();
        assertThat(fonts.canDraw(0x4E2D)).isFalse();
    }

    @Test
    void aFaceOfATrueTypeCollectionIsCutOutAsAFontOfItsOwn() throws IOException {
        byte[] face = FontSet.robotoOnly().faces().get(0).data();
        // A collection of one face: its header, then the face with every table offset moved along.
        java.nio.ByteBuffer ttc = java.nio.ByteBuffer.allocate(16 + face.length);
        ttc.putInt(0x74746366).putInt(0x00010000).putInt(1).putInt(16).put(face);
        int tables = Short.toUnsignedInt(ttc.getShort(16 + 4));
        for (int i = 0; i < tables; i++) {
            int record = 16 + 12 + 16 * i + 8;
            ttc.putInt(record, ttc.getInt(record) + 16);
        }

        try (TrueTypeFont before = parse(face); TrueTypeFont after = parse(FontSet.fromCollection(ttc.array(), 0))) {
            assertThat(after.getTableMap().keySet()).isEqualTo(before.getTableMap().keySet());
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            assertThat(after.getUnicodeCmapLookup().getGlyphId('Ж'))
                    .isEqualTo(before.getUnicodeCmapLookup().getGlyphId('Ж')).isNotZero();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FontSet.fromCollection(ttc.array(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLargeFallbackFaceIsCutDownToTheLettersCharacters() throws IOException {
        FontSet.Face face = FontSet.robotoOnly().faces().get(0);

        FontSet.Face subset = FontSet.subset(face, java.util.Set.of((int) 'A', 0x0416));

        assertThat(subset.data().length).isLessThan(face.data().length / 4);
        try (TrueTypeFont font = parse(subset.data())) {
            assertThat(font.getUnicodeCmapLookup().getGlyphId('A')).isNotZero();
            assertThat(font.getUnicodeCmapLookup().getGlyphId(0x0416)).isNotZero();
            assertThat(font.getUnicodeCmapLookup().getGlyphId('B')).isZero();
        }
    }

    @Test
    void aFontWithoutTheTableIsReturnedAsItIs() {
        byte[] face = FontSet.roboto().faces().get(0).data();

        assertThat(FontSet.withoutTable(face, "GSUB")).isSameAs(face);
    }

    private static TrueTypeFont parse(byte[] data) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }
}
