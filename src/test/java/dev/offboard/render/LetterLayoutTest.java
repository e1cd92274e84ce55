package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Client;
import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Language;
import dev.offboard.plan.PaperSize;
import dev.offboard.plan.Plan;
import dev.offboard.plan.WriteUp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The letter looks like a letter: sender's address, place and date, the right paper. */
class LetterLayoutTest {

    private static final Documents DOCUMENTS = new Documents();

    private static Plan withCity(String city) {
        Freelancer f = TestPlans.sample().freelancer();
        return TestPlans.sample().withFreelancer(new Freelancer(f.name(), f.businessName(), f.email(), f.phone(),
                f.signature(), f.postalAddress(), city));
    }

    @Test
    void senderBlockCarriesTheFreelancersPostalAddressLineByLine() throws Exception {
        PdfText pdf = PdfText.read(DOCUMENTS.letterPdf(TestPlans.sample(), Language.EN, TestPlans.TODAY));

        assertThat(pdf.text()).containsPattern("Studio Martin\\s*\\R\\s*8 rue des Carmes\\s*\\R\\s*75005 Paris"
                + "\\s*\\R\\s*France\\s*\\R\\s*camille@studiomartin.example");
    }

    @ParameterizedTest
    @CsvSource({
        "EN, Paris, 'Paris, 10\u00A0March\u00A02026'",
        "FR, Paris, 'Paris, le 10\u00A0mars\u00A02026'",
        "EN, '', '10\u00A0March\u00A02026'",
        "FR, '', 'Le 10\u00A0mars\u00A02026'",
    })
    void placeAndDateLineNamesTheCityWhenThereIsOne(Language language, String city, String expected) throws Exception {
        String xhtml = DOCUMENTS.letterXhtml(withCity(city), language, TestPlans.TODAY);

        assertThat(xhtml).contains("<p class=\"date\">" + expected + "</p>");
    }

    @ParameterizedTest
    @CsvSource({
        "AUTO, GB, A4",
        "AUTO, US, LETTER",
        "AUTO, CA, LETTER",
        "AUTO, CO, LETTER",
        "LETTER, FR, LETTER",
        "A4, US, A4",
    })
    void paperFollowsTheWriteUpOrTheClientsCountry(PaperSize chosen, String country, PaperSize expected)
            throws Exception {
        Plan sample = TestPlans.sample();
        Client c = sample.client();
        WriteUp w = sample.writeUp();
        Plan plan = sample
                .withClient(new Client(c.company(), c.contactName(), c.email(), c.postalAddress(), c.language(),
                        country, c.relationshipStart(), c.revenueSharePercent()))
                .withWriteUp(new WriteUp(w.otherConditions(), w.emailSubject(), w.closing(), w.signOff(), chosen));

        PDRectangle expectedBox = expected == PaperSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.letterPdf(plan, Language.EN, TestPlans.TODAY))) {
            for (var page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(expectedBox.getWidth(),
                        org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(expectedBox.getHeight(),
                        org.assertj.core.data.Offset.offset(1f));
            }
        }
    }
}
