package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Client;
import dev.offboard.plan.Language;
import dev.offboard.plan.PaperSize;
import dev.offboard.plan.Payment;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each client is greeted as a professional would, in each language and formality, and the
 * documents follow the client's region: dates, money, spelling, paper, French spacing,
 * address lines. Checked in the real PDF text and the email.
 */
class GreetingAndRegionTest {

    private static final Documents DOCUMENTS = new Documents();
    private static final LocalDate TODAY = TestPlans.TODAY;

    private static Plan withClient(Language language, String country, String company, String contact, String greeting,
            Client.Formality formality, Client.Title title) {
        Plan sample = SamplePlan.create(TODAY, language);
        return sample.withClient(new Client(company, contact, "x@client.example", "1 Main Street", language, country,
                null, null, greeting, formality, title));
    }

    private static String letter(Plan plan) throws Exception {
        return PdfText.read(DOCUMENTS.letterPdf(plan, plan.client().language(), TODAY)).flat();
    }

    private static String email(Plan plan) {
        return DOCUMENTS.email(plan, plan.client().language()).body();
    }

    @ParameterizedTest(name = "{0} {1} {4} {5} {6}: letter ''{7}'', email ''{8}''")
    @CsvSource(delimiter = '|', value = {
        "EN|GB|Northwind Books Ltd|Priya Shah|      |INFORMAL|NONE|Dear Priya,|Dear Priya,",
        "EN|GB|Northwind Books Ltd|Priya Shah|Priya |INFORMAL|MS  |Dear Priya,|Dear Priya,",
        "EN|GB|Northwind Books Ltd|Priya Shah|      |FORMAL  |MS  |Dear Ms Shah,|Dear Ms Shah,",
        "EN|GB|Northwind Books Ltd|Priya Shah|      |FORMAL  |NONE|Dear Priya Shah,|Dear Priya Shah,",
        "EN|US|Brightloop Labs Inc.|Jordan Ellis|Ellis|FORMAL|MR |Dear Mr. Ellis:|Dear Mr. Ellis,",
        "EN|GB|Northwind Books Ltd|          |      |INFORMAL|NONE|Dear Northwind Books team,|Dear Northwind Books team,",
        "EN|US|Brightloop Labs Inc.|        |      |INFORMAL|NONE|Dear Brightloop Labs team,|Dear Brightloop Labs team,",
        "FR|FR|Les Éditions du Port|Hélène Marchand|   |FORMAL|MS|Madame,|Madame,",
        "FR|FR|Les Éditions du Port|Paul Marchand|     |FORMAL|MR|Monsieur,|Monsieur,",
        "FR|CA|Agence Boréale|Émilie Tremblay|Émilie|INFORMAL|MS|Chère Émilie,|Bonjour Émilie,",
        "FR|CA|Agence Boréale|Priya Shah|       |INFORMAL|NONE|Bonjour Priya,|Bonjour Priya,",
        "FR|FR|Les Éditions du Port|       |      |INFORMAL|NONE|Madame, Monsieur,|Madame, Monsieur,"})
    void theGreetingFollowsLanguageAndFormality(Language language, String country, String company, String contact,
            String greeting, Client.Formality formality, Client.Title title, String inLetter, String inEmail)
            throws Exception {
        Plan plan = withClient(language, country, company, contact == null ? "" : contact,
                greeting == null ? "" : greeting, formality, title);
        assertThat(letter(plan)).contains(" " + inLetter + " ");
        assertThat(email(plan)).startsWith(inEmail + "\n");
    }

    @Test
    void theFullNameIsNeverTheInformalGreeting() throws Exception {
        Plan plan = withClient(Language.EN, "GB", "Northwind Books Ltd", "Priya Shah", "", Client.Formality.INFORMAL,
                Client.Title.NONE);
        assertThat(email(plan)).doesNotContain("Dear Priya Shah");
        Plan french = withClient(Language.FR, "CA", "Agence Boréale", "Émilie Tremblay", "", Client.Formality.INFORMAL,
                Client.Title.NONE);
        assertThat(letter(french) + email(french)).doesNotContain("Bonjour Émilie Tremblay");
    }

    @Test
    void theAddressNamesTheContactAsEachRegionDoes() throws Exception {
        assertThat(letter(withClient(Language.EN, "GB", "Northwind Books Ltd", "Priya Shah", "Priya",
                Client.Formality.INFORMAL, Client.Title.MS))).contains("For the attention of Ms Priya Shah");
        assertThat(letter(withClient(Language.EN, "US", "Brightloop Labs Inc.", "Jordan Ellis", "",
                Client.Formality.FORMAL, Client.Title.MR))).contains("Attention: Mr. Jordan Ellis")
                .doesNotContain("For the attention of");
        assertThat(letter(withClient(Language.FR, "FR", "Les Éditions du Port", "Hélène Marchand", "",
                Client.Formality.FORMAL, Client.Title.MS))).contains("À l'attention de Mme Hélène Marchand");
        assertThat(letter(withClient(Language.FR, "CA", "Agence Boréale", "Émilie Tremblay", "",
                Client.Formality.INFORMAL, Client.Title.NONE))).contains("À l'attention d'Émilie Tremblay")
                .doesNotContain("de Émilie");
    }

    @Test
    void aMultiLineSignatureKeepsItsLinesAndACustomSignOffGetsItsComma() throws Exception {
        Plan sample = SamplePlan.create(TODAY);
        Plan plan = sample.withFreelancer(sample.freelancer().withSignature("Camille Martin\nBrand designer\nStudio M"))
                .withWriteUp(sample.writeUp().withSignOff("Warm wishes"));
        String text = PdfText.read(DOCUMENTS.letterPdf(plan, Language.EN, TODAY)).text();
        assertThat(text).contains("Warm wishes,\nCamille Martin\nBrand designer\nStudio M\n");
        assertThat(email(plan)).contains("Warm wishes,\nCamille Martin\nBrand designer\nStudio M\n");

        Plan punctuated = plan.withWriteUp(plan.writeUp().withSignOff("With thanks!"));
        assertThat(email(punctuated)).contains("With thanks!\n").doesNotContain("With thanks!,");
    }

    @Test
    void anAmericanClientReadsAmericanDatesMoneyAndSpelling() throws Exception {
        Plan plan = SamplePlan.forRegion(TODAY, "en-US");
        String letter = letter(plan);
        String email = email(plan);
        assertThat(letter).contains("March 10, 2026", "$1,450.00", "Acknowledgment of receipt", "acknowledgment below",
                "Attention: Mr. Jordan Ellis").doesNotContain("US$", "10 March 2026", "Acknowledgement",
                "For the attention of");
        assertThat(email).contains("March 24, 2026", "$3,750.00").doesNotContain("US$");
    }

    @Test
    void aBritishClientReadsBritishDatesAndSpelling() throws Exception {
        Plan plan = SamplePlan.forRegion(TODAY, "en-GB");
        assertThat(letter(plan)).contains("10 March 2026", "€1,450.00", "Acknowledgement of receipt")
                .doesNotContain("March 10, 2026", "Acknowledgment");
    }

    @Test
    void aQuebecClientReadsQuebecMoneyAndSpacing() throws Exception {
        Plan plan = SamplePlan.forRegion(TODAY, "fr-CA");
        String email = email(plan);
        assertThat(email).contains("3\u00A0200,00\u00A0$,").doesNotContain("$\u00A0CA", "$CA");
        assertThat(email).contains("et la lettre?").doesNotContainPattern("[\u202F\u00A0 ][;!?]");
        assertThat(email).contains("ce message").doesNotContain("e-mail");
        assertThat(letter(plan)).contains("3 200,00 $", "en répondant à mon courriel").doesNotContain("$ CA", "e-mail");
    }

    @Test
    void aFormalFrenchLetterClosesWithTheFormulaThatEchoesItsGreeting() throws Exception {
        Plan plan = SamplePlan.forRegion(TODAY, "fr-FR");
        assertThat(letter(plan)).contains("Madame,", "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.")
                .doesNotContain("Bien cordialement");
        assertThat(email(plan)).contains("Bien cordialement,");
        assertThat(letter(SamplePlan.forRegion(TODAY, "fr-CA"))).contains("Bien cordialement,")
                .doesNotContain("salutations distinguées");
    }

    @Test
    void aClientInFranceReadsFrenchSpacing() {
        Plan plan = SamplePlan.forRegion(TODAY, "fr-FR");
        String email = email(plan);
        assertThat(email).contains("et la lettre\u202F?", "Total dû\u00A0: 5\u202F050,00\u00A0€.")
                .doesNotContainPattern("[^\u202F][;!?]");
    }

    @ParameterizedTest
    @CsvSource({"en-GB,A4", "fr-FR,A4", "en-US,LETTER", "fr-CA,LETTER"})
    void thePaperFollowsTheClientsCountryUnlessChosen(String region, PaperSize expected) throws Exception {
        Plan plan = SamplePlan.forRegion(TODAY, region);
        assertThat(paper(plan)).isEqualTo(expected);
        PaperSize other = expected == PaperSize.A4 ? PaperSize.LETTER : PaperSize.A4;
        assertThat(paper(plan.withWriteUp(plan.writeUp().withPaperSize(other)))).isEqualTo(other);
    }

    private static PaperSize paper(Plan plan) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.letterPdf(plan, plan.client().language(), TODAY))) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            return Math.abs(box.getHeight() - PDRectangle.LETTER.getHeight()) < 2 ? PaperSize.LETTER : PaperSize.A4;
        }
    }

    @Test
    void aLetterAbroadEndsTheAddressWithTheCountryAndAtHomeLeavesItOut() throws Exception {
        Plan sample = SamplePlan.create(TODAY);
        Plan abroad = sample.withClient(sample.client().withPostalAddress("12 Harbour Street\nBristol BS1 4QA"));
        assertThat(PdfText.read(DOCUMENTS.letterPdf(abroad, Language.EN, TODAY)).text())
                .contains("Bristol BS1 4QA\nUnited Kingdom\n");
        Plan home = sample.withFreelancer(sample.freelancer().withCountry("GB"));
        assertThat(PdfText.read(DOCUMENTS.letterPdf(home, Language.EN, TODAY)).text())
                .contains("Bristol BS1 4QA\n").doesNotContain("Bristol BS1 4QA\nUnited Kingdom");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "fr-FR", "fr-CA"})
    void theSampleLetterKeepsToTwoPagesWithItsAcknowledgementBesideTheSignature(String region) throws Exception {
        Plan plan = SamplePlan.forRegion(TODAY, region);
        byte[] bytes = DOCUMENTS.letterPdf(plan, plan.client().language(), TODAY);
        assertThat(PdfText.read(bytes).pages()).isEqualTo(2);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String lastPage = pageText(pdf, pdf.getNumberOfPages());
            boolean french = plan.client().language() == Language.FR;
            assertThat(lastPage).contains(french ? "Accusé de réception" : "of receipt",
                    plan.freelancer().name(), french ? "Merci de me confirmer" : "Please confirm");
        }
    }

    @Test
    void aLongLetterMovesItsAcknowledgementWithTheTextBeforeIt() throws Exception {
        for (Language language : Language.values()) {
            byte[] bytes = DOCUMENTS.letterPdf(LongContentTest.longPlan(), language, TODAY);
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                String lastPage = pageText(pdf, pdf.getNumberOfPages());
                assertThat(lastPage).as(language.name())
                        .contains(language == Language.FR ? "Bien cordialement" : "Kind regards");
            }
        }
    }

    private static String pageText(PDDocument pdf, int page) throws Exception {
        var stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "fr-FR"})
    void datesInTablesNeverWrap(String region) throws Exception {
        Plan plan = SamplePlan.forRegion(TODAY, region);
        // No-break spaces read as spaces; a line break inside a date would remain a line break.
        String text = PdfText.read(DOCUMENTS.letterPdf(plan, plan.client().language(), TODAY)).sortedText()
                .replace('\u00A0', ' ');
        for (var payment : plan.payments()) {
            String date = new Formats(DocumentLocale.of(plan.client().language(), plan.client().country()))
                    .date(payment.dueDate());
            assertThat(text).contains(date);
        }
        Plan longNames = plan.withPayments(List.of(new Payment("INV-" + "9".repeat(20), new BigDecimal("123456.78"),
                Currency.getInstance("EUR"), LocalDate.of(2026, 9, 30), Payment.Status.OVERDUE)));
        String wide = PdfText.read(DOCUMENTS.letterPdf(longNames, plan.client().language(), TODAY)).sortedText()
                .replace('\u00A0', ' ');
        assertThat(wide).contains(plan.client().language() == Language.FR ? "30 septembre 2026" : "30 September 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "fr-CA"})
    void emailAddressesInTheLetterAreLinksWithADescription(String region) throws Exception {
        Plan plan = SamplePlan.forRegion(TODAY, region);
        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.letterPdf(plan, plan.client().language(), TODAY))) {
            List<String> links = new java.util.ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                        assertThat(link.getContents()).as(uri.getURI()).isNotBlank();
                    }
                }
            }
            assertThat(links).contains("mailto:" + plan.freelancer().email(),
                    "mailto:" + plan.options().referrals().get(0).contact());
        }
    }
}
