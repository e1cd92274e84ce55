package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A plan far longer than any real one (dozens of deliverables, long names, unbroken words and
 * URLs in every field) flows over pages: nothing is drawn off the page and nothing is lost.
 */
class LongContentTest {

    private static final Documents DOCUMENTS = new Documents();

    private static final String URL = "https://files.example.test/projects/northwind/2026/handover/"
            + "final-deliverables-and-source-files-for-every-campaign-" + "z".repeat(60);

    static Plan longPlan() {
        List<String> texts = List.of(
                "Northwind Books and Stationery International Holdings Limited, Publishing Division " + URL,
                "Supercalifragilisticexpialidocious".repeat(6),
                URL,
                "An ordinary sentence that goes on for quite a while, " .repeat(8) + URL);
        List<Deliverable> many = IntStream.rangeClosed(1, 45)
                .mapToObj(i -> new Deliverable("Deliverable " + i + " " + "W".repeat(i % 3 == 0 ? 90 : 12)
                        + " " + URL.substring(0, 40 + i),
                        "Details " + i + " " + "d".repeat(70), TestPlans.TODAY.plusDays(i),
                        Deliverable.Status.IN_PROGRESS))
                .toList();
        return TestPlans.withClientFacingTexts(texts).withDeliverables(many);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void longLetterStaysInsideEveryPageWithoutOverlapsAndKeepsEveryDeliverable(Language language) throws Exception {
        Plan plan = longPlan();
        byte[] pdf = DOCUMENTS.letterPdf(plan, language, TestPlans.TODAY);
        PagePlacement placement = PagePlacement.of(pdf);

        assertThat(placement.outside()).as("characters drawn off the page").isEmpty();
        assertThat(placement.overlaps()).as("characters drawn over each other").isEmpty();
        for (Deliverable d : plan.deliverables()) {
            assertThat(placement.compactText()).contains(d.name().replaceAll("\\s+", ""));
        }
        assertThat(placement.compactText()).contains(URL);
        assertThat(PdfText.read(pdf).pages()).isGreaterThan(3);
    }

    /**
     * The checks above can fail: text drawn over text is seen, and text pushed off the page is
     * not drawn at all by the renderer, so "every name appears" is what catches clipping.
     */
    @Test
    void theChecksSeeTextDrawnOverTextAndTextLostOffThePage() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title>"
                + "<style>body { font-family: Roboto; font-size: 12pt; } p { margin: 0; }</style></head><body>"
                + "<p>OVERLAPPING</p><p style=\"margin-top: -10pt\">UNDERNEATH</p>"
                + "<p style=\"margin-left: 190mm; white-space: nowrap\">OFFPAGE OFFPAGE OFFPAGE</p></body></html>";
        PagePlacement placement = PagePlacement.of(new LetterPdf(FontSet.roboto(), (uri, type) -> { })
                .render(xhtml));

        assertThat(placement.overlaps()).isNotEmpty();
        assertThat(placement.compactText()).contains("OVERLAPPING", "UNDERNEATH").doesNotContain("OFFPAGE");
    }
}
