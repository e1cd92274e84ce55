package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanText;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every private component of the plan is filled with a marker; no marker, and no private
 * date, may appear in any client-facing output, in any language.
 */
class PrivateNeverReachesTheClientTest {

    private static final Documents DOCUMENTS = new Documents();
    private static Plan marked;

    @BeforeAll
    static void markEveryPrivateComponent() {
        marked = TestPlans.withPrivateMarkers(TestPlans.sample());
    }

    @Test
    void everyPrivateTextOfThePlanHoldsAMarker() {
        List<PlanText.Entry> privateEntries = PlanText.entries(marked).stream().filter(PlanText.Entry::isPrivate)
                .toList();

        assertThat(privateEntries).hasSizeGreaterThanOrEqualTo(8)
                .allMatch(e -> e.text().startsWith(TestPlans.MARKER), "holds a marker");
        assertThat(marked.conversation().date()).isEqualTo(TestPlans.PRIVATE_DATE);
        assertThat(marked.assessment().firstConsidered()).isEqualTo(TestPlans.PRIVATE_DATE);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void emailShowsTheClientReasonButNoPrivateText(Language language) {
        Email email = DOCUMENTS.email(marked, language);

        assertThat(email.toText())
                .contains(marked.conversation().clientReason())
                .doesNotContain(TestPlans.MARKER)
                .doesNotContain("1987");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void letterShowsTheClientReasonButNoPrivateText(Language language) throws Exception {
        String xhtml = DOCUMENTS.letterXhtml(marked, language, TestPlans.TODAY);
        PdfText pdf = PdfText.read(DOCUMENTS.letterPdf(marked, language, TestPlans.TODAY));

        assertThat(xhtml).contains("My studio now focuses on brand identity systems")
                .doesNotContain(TestPlans.MARKER).doesNotContain("1987");
        assertThat(pdf.flat()).contains(PdfText.flatten(marked.conversation().clientReason()))
                .doesNotContain(TestPlans.MARKER).doesNotContain("1987");
        assertThat(pdf.title() + " " + pdf.author()).doesNotContain(TestPlans.MARKER);
    }

    @Test
    void theViewItselfHoldsNoPrivateText() {
        String view = ClientView.forLetter(marked, Language.EN, TestPlans.TODAY).toString();

        assertThat(view).contains("Northwind Books Ltd").doesNotContain(TestPlans.MARKER).doesNotContain("1987");
    }
}
