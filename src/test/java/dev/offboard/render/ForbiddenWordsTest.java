package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The guide's rule: never "break up" (in French, "rompre", "rupture") towards the client. */
class ForbiddenWordsTest {

    private static final Documents DOCUMENTS = new Documents();
    private static final String[] FORBIDDEN = {"break up", "breakup", "break-up", "rompre", "rupture", "romp"};

    @ParameterizedTest
    @EnumSource(Language.class)
    void sampleEmailAvoidsBreakUpWords(Language language) {
        String text = DOCUMENTS.email(TestPlans.sample(), language).toText().toLowerCase(Locale.ROOT);

        assertThat(text).isNotBlank().doesNotContain(FORBIDDEN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void sampleLetterAvoidsBreakUpWords(Language language) throws Exception {
        PdfText pdf = PdfText.read(DOCUMENTS.letterPdf(TestPlans.sample(), language, TestPlans.TODAY));

        assertThat(pdf.flat().toLowerCase(Locale.ROOT)).contains("northwind").doesNotContain(FORBIDDEN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void emptyPlanEmailAvoidsBreakUpWords(Language language) {
        String text = DOCUMENTS.email(dev.offboard.plan.Plan.empty(), language).toText().toLowerCase(Locale.ROOT);

        assertThat(text).doesNotContain(FORBIDDEN);
    }
}
