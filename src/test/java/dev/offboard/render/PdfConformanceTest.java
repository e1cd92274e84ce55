package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import dev.offboard.plan.SamplePlan;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every PDF we make, the letter and the private plan, in every language, is an archival
 * (PDF/A-2u) and accessible (PDF/UA-1) document, checked by veraPDF.
 */
class PdfConformanceTest {

    private static final Documents DOCUMENTS = new Documents();

    @ParameterizedTest
    @EnumSource(Language.class)
    void sampleLetterMeetsPdfAAndPdfUa(Language language) throws Exception {
        byte[] pdf = DOCUMENTS.letterPdf(SamplePlan.create(TestPlans.TODAY, language), language, TestPlans.TODAY);

        assertThat(Conformance.violations(pdf)).as("veraPDF violations").isEmpty();
    }

    /** A letter and a private plan with every section in the freelancer's words, paragraphs and lists. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void aLetterWithEverySectionEditedMeetsPdfAAndPdfUa(Language language) throws Exception {
        dev.offboard.plan.Plan plan = SamplePlan.create(TestPlans.TODAY, language);
        dev.offboard.plan.WriteUp writeUp = plan.writeUp();
        for (dev.offboard.plan.Section section : dev.offboard.plan.Section.values()) {
            writeUp = writeUp.withEdit(new dev.offboard.plan.EditedText(section, "My own words for " + section
                    + ".\nA second line.\n\nWhat follows:\n- one point\n- another point", "", language));
        }
        plan = plan.withWriteUp(writeUp);

        assertThat(Conformance.violations(DOCUMENTS.letterPdf(plan, language, TestPlans.TODAY)))
                .as("veraPDF violations, letter").isEmpty();
        assertThat(Conformance.violations(DOCUMENTS.privatePlanPdf(plan, language, TestPlans.TODAY)))
                .as("veraPDF violations, private plan").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void longLetterOverManyPagesMeetsPdfAAndPdfUa(Language language) throws Exception {
        byte[] pdf = DOCUMENTS.letterPdf(LongContentTest.longPlan(), language, TestPlans.TODAY);

        assertThat(Conformance.violations(pdf)).as("veraPDF violations").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void samplePrivatePlanMeetsPdfAAndPdfUa(Language language) throws Exception {
        byte[] pdf = DOCUMENTS.privatePlanPdf(SamplePlan.create(TestPlans.TODAY, language), language,
                TestPlans.TODAY);

        assertThat(Conformance.violations(pdf)).as("veraPDF violations").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void longAndEmptyPrivatePlansMeetPdfAAndPdfUa(Language language) throws Exception {
        assertThat(Conformance.violations(DOCUMENTS.privatePlanPdf(LongContentTest.longPlan(), language,
                TestPlans.TODAY))).as("veraPDF violations, long plan").isEmpty();
        assertThat(Conformance.violations(DOCUMENTS.privatePlanPdf(dev.offboard.plan.Plan.empty(), language,
                TestPlans.TODAY))).as("veraPDF violations, empty plan").isEmpty();
    }

    @Test
    void aPlainUntaggedPdfIsReportedWithItsRules() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            plain.save(out);
        }

        assertThat(Conformance.violations(out.toByteArray()))
                .anyMatch(line -> line.startsWith("2u rule"))
                .anyMatch(line -> line.startsWith("ua1 rule"));
    }
}
