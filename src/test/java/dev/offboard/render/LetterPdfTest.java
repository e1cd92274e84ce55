package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sample letter, read back with PDFBox. */
class LetterPdfTest {

    private static final Documents DOCUMENTS = new Documents();

    private static PdfText letter(Plan plan, Language language) throws IOException, RenderException {
        return PdfText.read(DOCUMENTS.letterPdf(plan, language, TestPlans.TODAY));
    }

    @Test
    void englishLetterCarriesThePartiesDatesWorkAndMoney() throws Exception {
        PdfText pdf = letter(TestPlans.sample(), Language.EN);

        assertThat(pdf.flat()).contains(
                "Northwind Books Ltd", "Priya Shah", "12 Harbour Street", "Bristol BS1 4QA",
                "Camille Martin", "Studio Martin", "camille@studiomartin.example",
                "Paris, 10 March 2026", "so my last working day will be 24 March 2026",
                "Autumn catalogue, print-ready files", "48 pages, CMYK PDF with bleed", "Web banner set",
                "Style guide update", "In progress", "Not started",
                "INV-2024-118", "€1,450.00", "INV-2024-124", "€2,300.00", "INV-2024-107", "Overdue", "Paid",
                "Outstanding total: €3,750.00",
                "Léa Dubois", "Tom Okafor", "Source files for every project (InDesign, Figma)",
                "Figma team editor seat", "The last catalogue revision round is included in the current quote",
                "Acknowledgement of receipt", "Signature");
    }

    @Test
    void frenchLetterUsesFrenchDatesAmountsAndWords() throws Exception {
        PdfText pdf = letter(TestPlans.sample(), Language.FR);

        assertThat(pdf.flat()).contains(
                "Paris, le 10 mars 2026", "Mon dernier jour de travail sera donc le 24 mars 2026",
                "1 450,00 €", "2 300,00 €", "Total restant dû : 3 750,00 €",
                "En cours", "Pas encore commencé", "En retard", "Réglé", "Accusé de réception");
    }

    @Test
    void postalAddressKeepsItsLineBreaks() throws Exception {
        PdfText pdf = letter(TestPlans.sample(), Language.EN);

        assertThat(pdf.text()).containsPattern("12 Harbour Street\\s*\\R\\s*Bristol BS1 4QA\\s*\\R\\s*United Kingdom");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFontIsEmbedded(Language language) throws Exception {
        PdfText pdf = letter(TestPlans.sample(), language);

        assertThat(pdf.fonts()).isNotEmpty().allMatch(name -> name.contains("Roboto"));
        assertThat(pdf.fontsWithoutFile()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void metadataNamesTheLetterItsAuthorAndLanguage(Language language) throws Exception {
        PdfText pdf = letter(TestPlans.sample(), language);

        String expectedTitle = language == Language.EN ? "Transition letter – Northwind Books Ltd"
                : "Lettre de transition – Northwind Books Ltd";
        assertThat(pdf.title()).isEqualTo(expectedTitle);
        assertThat(pdf.author()).isEqualTo("Camille Martin");
        assertThat(pdf.language()).isEqualTo(language.locale().toLanguageTag());
    }

    @Test
    void everyPageIsNumberedOutOfTheTotal() throws Exception {
        PdfText en = letter(TestPlans.sample(), Language.EN);
        PdfText fr = letter(TestPlans.sample(), Language.FR);

        assertThat(en.pages()).isGreaterThanOrEqualTo(1);
        for (int page = 1; page <= en.pages(); page++) {
            assertThat(en.flat()).contains("Page " + page + " of " + en.pages());
        }
        assertThat(fr.flat()).contains("Page 1 sur " + fr.pages());
    }

    @Test
    void sixtyDeliverablesSpreadOverMorePagesAndStayListed() throws Exception {
        List<Deliverable> many = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new Deliverable("Deliverable number " + i, "Description of item " + i,
                        TestPlans.TODAY.plusDays(i), Deliverable.Status.IN_PROGRESS))
                .toList();
        PdfText small = letter(TestPlans.sample(), Language.EN);
        PdfText large = letter(TestPlans.sample().withDeliverables(many), Language.EN);

        assertThat(large.pages()).isGreaterThan(small.pages());
        assertThat(large.flat()).contains("Deliverable number 1 ", "Deliverable number 60 ");
        assertThat(large.flat()).contains("Page " + large.pages() + " of " + large.pages());
        long headerRows = large.text().lines().filter(line -> line.contains("Deliverable Details Due date Status"))
                .count();
        assertThat(headerRows).as("table header repeated on each page the table spans").isGreaterThan(1);
    }

    @Test
    void aVeryLongUnbrokenWordWrapsInsteadOfRunningOffThePage() throws Exception {
        String longWord = "x".repeat(400);
        Plan plan = TestPlans.sample().withDeliverables(List.of(
                new Deliverable(longWord, longWord, TestPlans.TODAY, Deliverable.Status.NOT_STARTED)));

        PdfText pdf = letter(plan, Language.EN);

        assertThat(pdf.text().replaceAll("\\s+", "")).contains(longWord);
        assertThat(pdf.text().lines()).noneMatch(line -> line.contains("x".repeat(120)));
    }

    @Test
    void renderingTwiceGivesTheSameText() throws Exception {
        assertThat(letter(TestPlans.sample(), Language.EN).text())
                .isEqualTo(letter(TestPlans.sample(), Language.EN).text());
    }
}
