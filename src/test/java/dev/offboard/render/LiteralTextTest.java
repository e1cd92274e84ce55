package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whatever the freelancer types comes out as text: never markup, never a template tag. */
class LiteralTextTest {

    private static final Documents DOCUMENTS = new Documents();

    private static final List<String> TRICKY = List.of(
            "<b>x</b>",
            "Smith &amp; Sons",
            "{{freelancer.name}}",
            "end ]]> here",
            "Καλημέρα",
            "Привет",
            "Éloïse Gaëlle Çağrı",
            "\"quoted\" and 'single'",
            "{{{sender.name}}} {{#client}}x{{/client}}",
            "<script>alert(1)</script>",
            "a < b > c & d");

    private static final Plan PLAN = TestPlans.withClientFacingTexts(TRICKY);

    @ParameterizedTest
    @EnumSource(Language.class)
    void emailShowsTrickyTextLiterally(Language language) {
        String text = DOCUMENTS.email(PLAN, language).toText();

        assertThat(text).contains(TRICKY);
        assertThat(text).doesNotContain("Camille Martin");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void letterShowsTrickyTextLiterally(Language language) throws Exception {
        PdfText pdf = PdfText.read(DOCUMENTS.letterPdf(PLAN, language, TestPlans.TODAY));

        for (String text : TRICKY) {
            assertThat(pdf.flat()).contains(PdfText.flatten(text));
        }
        assertThat(pdf.flat()).doesNotContain("&amp;amp;").doesNotContain("&lt;");
        assertThat(pdf.title()).endsWith("<b>x</b>");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void letterXhtmlEscapesMarkupInUserText(Language language) {
        String xhtml = DOCUMENTS.letterXhtml(PLAN, language, TestPlans.TODAY);

        assertThat(xhtml).contains("&lt;b&gt;x&lt;/b&gt;", "&lt;script&gt;", "Smith &amp;amp; Sons")
                .doesNotContain("<b>x</b>").doesNotContain("<script>");
    }
}
