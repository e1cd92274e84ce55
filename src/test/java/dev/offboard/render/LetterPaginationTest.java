package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Client;
import dev.offboard.plan.Confirmation;
import dev.offboard.plan.EditedText;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import dev.offboard.plan.Section;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the letter's pages break, read back from the PDF: no page but the last is left half
 * empty while the ending spills onto another page, no page ends on a list's introduction
 * ("… will be returned:") with the list overleaf, and the bullets are Roboto's whatever
 * script the client's name is in.
 */
class LetterPaginationTest {

    private static final Documents DOCUMENTS = new Documents();

    /** The page margins of letter.css, top and bottom, in points. */
    private static final float TOP = mm(15);
    private static final float BOTTOM = mm(17);

    /** How far down its text area a page that is not the last must be filled. */
    private static final float LEAST_FILL = 0.6f;

    /**
     * Every region's sample, asking for receipt or for agreement, as it is; with one more line
     * in the client's address; and, the case once reported, the British sample sent to a
     * Chinese-named client in the United States with the Bristol address left as typed (so the
     * address gains "United States").
     */
    static List<Arguments> variants() {
        List<Arguments> cases = new ArrayList<>();
        for (String region : List.of("en-GB", "en-US", "fr-FR", "fr-CA")) {
            for (Confirmation confirmation : Confirmation.values()) {
                Plan sample = SamplePlan.forRegion(TestPlans.TODAY, region);
                cases.add(Arguments.of(region + " sample, " + confirmation, asking(sample, confirmation)));
                cases.add(Arguments.of(region + " one more address line, " + confirmation,
                        asking(withAddressLine(sample), confirmation)));
                cases.add(Arguments.of(region + " Chinese client in the US, UK address, " + confirmation,
                        asking(chineseClientInTheUnitedStates(sample), confirmation)));
            }
        }
        return cases;
    }

    static Plan asking(Plan plan, Confirmation confirmation) {
        return plan.withWriteUp(plan.writeUp().withConfirmation(confirmation));
    }

    static Plan withAddressLine(Plan plan) {
        Client c = plan.client();
        return plan.withClient(new Client(c.company(), c.contactName(), c.email(), "Floor 3\n" + c.postalAddress(),
                c.language(), c.country(), c.relationshipStart(), c.revenueSharePercent(), c.greetingName(),
                c.formality(), c.title()));
    }

    static Plan chineseClientInTheUnitedStates(Plan plan) {
        Client c = plan.client();
        return plan.withClient(new Client("上海明远设计有限公司", "王芳", c.email(),
                "12 Harbour Street\nBristol BS1 4QA\nUnited Kingdom", c.language(), "US", c.relationshipStart(),
                c.revenueSharePercent(), "", c.formality(), c.title()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void noPageButTheLastIsLeftHalfEmpty(String name, Plan plan) throws Exception {
        List<Page> pages = pages(letter(plan));

        for (Page page : pages.subList(0, pages.size() - 1)) {
            assertThat(page.fill()).as("%s: page %d filled to %.0f%% of its height, ending '%s'", name, page.number(),
                    100 * page.fill(), page.lastLine()).isGreaterThanOrEqualTo(LEAST_FILL);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void noPageEndsOnTheIntroductionOfAListOverleaf(String name, Plan plan) throws Exception {
        for (Page page : pages(letter(plan))) {
            assertThat(page.lastLine().strip()).as("%s: the last line of page %d", name, page.number())
                    .doesNotEndWith(":");
        }
    }

    /**
     * The opening made one line longer at a time, so every list's introduction, generated or
     * typed in an edited section, comes to the foot of a page at some point, and so does the
     * ending: wherever the break falls, no page ends on an introduction and none but the last
     * is left half empty.
     */
    @ParameterizedTest(name = "{0} more lines")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 18, 20, 22, 24, 26, 28})
    void noPageEndsOnTheIntroductionOfAListWhereverItFalls(int moreLines) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String region : List.of("en-GB", "fr-CA")) {
            Plan sample = SamplePlan.forRegion(TestPlans.TODAY, region);
            Language language = sample.client().language();
            String opening = "A line that only moves the rest of the letter down.\n".repeat(moreLines) + "Thank you.";
            String handover = language == Language.FR
                    ? "Voici ce qui vous revient :\n- Les fichiers sources\n- Les droits d'administration\n"
                            + "- L'accès à l'hébergement\n\nJe renoncerai ensuite à mes propres accès."
                    : "Here is what comes back to you:\n- The source files\n- The admin rights\n- The web host login"
                            + "\n\nI will then give up my own access.";
            Plan longer = sample.withWriteUp(sample.writeUp()
                    .withEdit(new EditedText(Section.OPENING, opening, "", language)));
            Plan edited = longer.withWriteUp(longer.writeUp()
                    .withEdit(new EditedText(Section.HANDOVER, handover, "", language)));
            for (Plan plan : List.of(longer, edited)) {
                List<Page> pages = pages(letter(plan));
                String variant = plan == edited ? "handover edited" : "generated";
                for (Page page : pages) {
                    softly.assertThat(page.lastLine().strip()).as("%s, %d more lines, %s: the last line of page %d",
                            region, moreLines, variant, page.number()).doesNotEndWith(":");
                }
                for (Page page : pages.subList(0, pages.size() - 1)) {
                    softly.assertThat(page.fill()).as("%s, %d more lines, %s: page %d filled to %.0f%%, ending '%s'",
                            region, moreLines, variant, page.number(), 100 * page.fill(), page.lastLine())
                            .isGreaterThanOrEqualTo(LEAST_FILL);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void theReportedLetterToAChineseClientInTheUnitedStatesKeepsToTwoPages() throws Exception {
        Plan plan = chineseClientInTheUnitedStates(SamplePlan.create(TestPlans.TODAY));

        List<Page> pages = pages(letter(plan));

        assertThat(pages).as("pages ending %s", pages.stream().map(Page::lastLine).toList()).hasSize(2);
    }

    @Test
    void bulletsAreRobotosWhateverScriptTheClientsNameIsIn() throws Exception {
        Set<String> latin = bulletFonts(letter(TestPlans.sample()));

        assertThat(latin).singleElement().asString().endsWith("Roboto-Regular");
        for (ScriptPlans script : List.of(ScriptPlans.ARABIC, ScriptPlans.HEBREW, ScriptPlans.CHINESE)) {
            for (Language language : Language.values()) {
                assertThat(bulletFonts(DOCUMENTS.letterPdf(script.plan(language), language, TestPlans.TODAY)))
                        .as("%s, %s", script, language).isEqualTo(latin);
            }
        }
    }

    private static byte[] letter(Plan plan) throws Exception {
        return DOCUMENTS.letterPdf(plan, plan.client().language(), TestPlans.TODAY);
    }

    /** The fonts of the bullet characters drawn, without their subset prefix. */
    private static Set<String> bulletFonts(byte[] pdf) throws IOException {
        Set<String> fonts = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (text.getUnicode().equals("\u2022")) {
                        fonts.add(text.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        }
        assertThat(fonts).as("the letter draws its bullets as text").isNotEmpty();
        return fonts;
    }

    /**
     * A page's last line of text above the footer and how far down its text area that line
     * ends (0 at the top margin, 1 at the bottom margin).
     */
    record Page(int number, String lastLine, float fill) {
    }

    static List<Page> pages(byte[] pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int n = 1; n <= document.getNumberOfPages(); n++) {
                float height = document.getPage(n - 1).getMediaBox().getHeight();
                List<String> lines = new ArrayList<>();
                float[] lowest = {0};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        float baseline = positions.get(0).getYDirAdj();
                        if (baseline < height - BOTTOM && !text.isBlank()) {
                            lines.add(text.replace('\u00A0', ' ').replace('\u202F', ' '));
                            lowest[0] = Math.max(lowest[0], baseline);
                        }
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                stripper.writeText(document, new StringWriter());
                pages.add(new Page(n, lines.isEmpty() ? "" : lines.get(lines.size() - 1),
                        (lowest[0] - TOP) / (height - TOP - BOTTOM)));
            }
        }
        return pages;
    }

    private static float mm(float millimetres) {
        return millimetres * 72 / 25.4f;
    }
}
