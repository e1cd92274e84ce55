package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Clients and text in Arabic, Hebrew, Chinese, Japanese, Korean, Greek, Cyrillic and with emoji:
 * the letter draws every character with a real glyph, embedded, and its text layer gives back
 * the characters as typed. The fonts beyond Roboto come from the system: on Debian,
 * fonts-noto-core (Arabic, Hebrew), fonts-wqy-microhei (CJK) and fonts-symbola (emoji), which
 * {@code .ci/run} installs.
 *
 * <p>About right-to-left text: the PDF draws glyphs left to right, as they appear on the page
 * (the visual order), and Arabic as the presentation forms the shaping chose. PDFBox's text
 * extraction, like a PDF reader's copy, puts the runs back into reading order and folds the
 * presentation forms back into letters (NFKC); what a person copying the name gets is what was
 * typed, which is what these tests compare.
 */
class EveryScriptTest {

    private static final Documents DOCUMENTS = new Documents();

    @BeforeAll
    static void theSystemHasTheFontsTheTestsNeed() {
        FallbackFonts system = FallbackFonts.system();
        List<Integer> samples = List.of(0x0645, 0x05D0, 0x4E2D, 0x3042, 0xAC00, 0x1F64F);
        assertThat(system.resolve(samples).values()).as("fonts for Arabic, Hebrew, CJK and emoji: install "
                + "fonts-noto-core fonts-wqy-microhei fonts-symbola (see .ci/run)").allMatch(java.util.Optional::isPresent);
    }

    @ParameterizedTest
    @EnumSource(ScriptPlans.class)
    void theLetterDrawsEveryCharacterAndItsTextLayerGivesItBack(ScriptPlans script) throws Exception {
        for (Language language : Language.values()) {
            Plan plan = script.plan(language);

            assertThat(DOCUMENTS.unprintable(plan, language, TestPlans.TODAY)).as("unprintable").isEmpty();
            byte[] pdf = DOCUMENTS.letterPdf(plan, language, TestPlans.TODAY);
            PdfText text = PdfText.read(pdf);

            String flat = composed(text.flat());
            assertThat(flat).as(language.name()).contains(script.company).contains(script.contact)
                    .contains(script.thanks);
            assertThat(text.text()).doesNotContain("#");
            assertThat(text.fontsWithoutFile()).isEmpty();
            assertThat(subsetNames(pdf)).allMatch(name -> name.matches("[A-Z]{6}\\+.+"), "every font a subset");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ScriptPlans.class, names = {"ARABIC", "HEBREW", "CHINESE", "JAPANESE", "EMOJI"})
    void lettersInOtherScriptsStayArchivalAndAccessible(ScriptPlans script) throws Exception {
        byte[] letter = DOCUMENTS.letterPdf(script.plan(Language.EN), Language.EN, TestPlans.TODAY);
        assertThat(Conformance.violations(letter)).as("veraPDF violations, letter").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ScriptPlans.class, names = {"ARABIC", "KOREAN"})
    void privatePlansInOtherScriptsStayArchivalAndAccessible(ScriptPlans script) throws Exception {
        byte[] pdf = DOCUMENTS.privatePlanPdf(script.plan(Language.FR), Language.FR, TestPlans.TODAY);

        assertThat(Conformance.violations(pdf)).as("veraPDF violations, private plan").isEmpty();
        assertThat(composed(PdfText.read(pdf).flat())).contains(script.company);
    }

    @ParameterizedTest
    @EnumSource(value = ScriptPlans.class, names = {"ARABIC", "HEBREW"})
    void aRightToLeftParagraphEndsWithItsFullStopOnTheLeft(ScriptPlans script) throws Exception {
        byte[] pdf = DOCUMENTS.letterPdf(script.plan(Language.EN), Language.EN, TestPlans.TODAY);

        // In reading order, the sentence then its full stop; drawn right to left, the stop is leftmost.
        assertThat(composed(PdfText.read(pdf).text())).contains(script.thanks + ".");
        assertThat(LetterPdf.hasRightToLeft(script.thanks)).isTrue();
    }

    /** Text extraction hands back Arabic presentation forms folded (NFKC); compare composed text. */
    private static String composed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static List<String> subsetNames(byte[] pdf) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName());
                }
            }
        }
        return names;
    }
}
