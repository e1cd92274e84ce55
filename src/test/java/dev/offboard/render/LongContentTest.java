package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import java.util.List;
import java.util.stream.IntStream;
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
    void longLetterStaysInsideEveryPageAndKeepsEveryDeliverable(Language language) throws Exception {
        Plan plan = longPlan();
        byte[] pdf = DOCUMENTS.letterPdf(plan, language, TestPlans.TODAY);
        PagePlacement placement = PagePlacement.of(pdf);

        assertThat(placement.outside()).as("characters drawn off the page").isEmpty();
        for (Deliverable d : plan.deliverables()) {
            assertThat(placement.compactText()).contains(d.name().replaceAll("\\s+", ""));
        }
        assertThat(placement.compactText()).contains(URL);
        assertThat(PdfText.read(pdf).pages()).isGreaterThan(3);
    }
}
