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
                        || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
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
    void aFontWithoutTheTableIsReturnedAsItIs() {
        byte[] face = FontSet.roboto().faces().get(0).data();

        assertThat(FontSet.withoutTable(face, "GSUB")).isSameAs(face);
    }

    private static TrueTypeFont parse(byte[] data) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }
}
