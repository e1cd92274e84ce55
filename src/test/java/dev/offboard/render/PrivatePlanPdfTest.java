package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanText;
import dev.offboard.plan.SamplePlan;
import java.io.StringWriter;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The freelancer's own copy of the plan: complete, marked private on every page, conformant. */
class PrivatePlanPdfTest {

    private static final Documents DOCUMENTS = new Documents();

    private static byte[] privatePlan(Plan plan, Language language) throws RenderException {
        return DOCUMENTS.privatePlanPdf(plan, language, TestPlans.TODAY);
    }

    private static String mark(Language language) {
        return language == Language.EN ? "Private — for your eyes only" : "Privé — pour vous seul";
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySectionOfTheSamplePlanIsInItsPrivateCopy(Language language) throws Exception {
        Plan plan = SamplePlan.create(TestPlans.TODAY, language);
        PdfText pdf = PdfText.read(privatePlan(plan, language));

        List<String> headings = language == Language.EN
                ? List.of("Assessment", "Signs that it is time", "Impact on my work and creativity",
                        "Impact on revenue", "Decision", "The conversation", "Talking points",
                        "Expectations not met", "My script", "If the client pushes back",
                        "The reason the client hears", "Timeline", "Checklists", "To return to the client, and how",
                        "My access to give up", "Briefing the replacement", "Referrals to offer",
                        "Part ways", "by video call", "Last working day", "Notice given")
                : List.of("Bilan", "Les signes qu'il est temps", "Effet sur mon travail et ma créativité",
                        "Effet sur mon chiffre d'affaires", "Décision", "L'échange avec le client",
                        "Points à aborder", "Attentes non satisfaites", "Mon texte", "Si le client insiste",
                        "La raison donnée au client", "Calendrier", "Listes de contrôle",
                        "À restituer au client, et comment", "Mes accès à abandonner",
                        "Présenter le travail à la relève", "Recommandations à proposer",
                        "Mettre fin à la collaboration", "en visioconférence", "Dernier jour de travail",
                        "Préavis donné");
        assertThat(pdf.flat()).contains(headings);
        for (PlanText.Entry entry : PlanText.entries(plan)) {
            if (entry.isPrivate() && !entry.text().isBlank()) {
                for (String line : entry.text().split("\n")) {
                    assertThat(PdfText.flatten(pdf.text()).replace(" ", ""))
                            .as(entry.path()).contains(PdfText.flatten(line).replace(" ", ""));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPrivateTextOfThePlanIsInThePrivateCopy(Language language) throws Exception {
        Plan marked = TestPlans.withPrivateMarkers(TestPlans.sample());
        String text = PdfText.flatten(PdfText.read(privatePlan(marked, language)).text());

        List<String> markers = PlanText.entries(marked).stream().filter(PlanText.Entry::isPrivate)
                .map(PlanText.Entry::text).toList();
        assertThat(markers).isNotEmpty();
        for (String marker : markers) {
            assertThat(text).as("private text " + marker).containsPattern(marker + "(?!\\d)");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPageCarriesThePrivateMark(Language language) throws Exception {
        byte[] pdf = privatePlan(LongContentTest.longPlan(), language);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                StringWriter out = new StringWriter();
                stripper.writeText(document, out);
                assertThat(PdfText.flatten(out.toString())).as("page " + page).contains(mark(language));
            }
        }
    }

    @Test
    void timelineIsSortedByDate() throws Exception {
        PrivatePlanView view = PrivatePlanView.of(TestPlans.sample(), Language.EN, TestPlans.TODAY);

        assertThat(view.timeline()).extracting(PrivatePlanView.TimelineRow::event).contains("Conversation with the client",
                "Notice given", "Due", "Payment due", "Payment (paid)", "Last working day");
        Plan plan = TestPlans.sample();
        List<java.time.LocalDate> dates = new java.util.ArrayList<>();
        dates.add(plan.conversation().date());
        dates.add(plan.notice().givenOn());
        plan.deliverables().forEach(d -> dates.add(d.dueDate()));
        plan.payments().forEach(p -> dates.add(p.dueDate()));
        dates.add(plan.notice().lastWorkingDay().orElseThrow());
        Formats formats = new Formats(Language.EN);
        assertThat(view.timeline()).extracting(PrivatePlanView.TimelineRow::date)
                .containsExactlyElementsOf(dates.stream().sorted().map(formats::date).toList());
    }

    @Test
    void anEmptyPlanStillMakesAPrivateCopySayingWhatIsMissing() throws Exception {
        PdfText pdf = PdfText.read(privatePlan(Plan.empty(), Language.EN));

        assertThat(pdf.flat()).contains("this client", "None checked.", "No dates set yet.", "Not offered.");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void longPrivatePlanStaysInsideEveryPageWithoutOverlaps(Language language) throws Exception {
        PagePlacement placement = PagePlacement.of(privatePlan(LongContentTest.longPlan(), language));

        assertThat(placement.outside()).isEmpty();
        assertThat(placement.overlaps()).isEmpty();
    }

    /**
     * The private plan is the whole plan: every text of every section (notice terms, interim
     * tools, other conditions, thanks, the write-up's own words, edited sections …), found by walking the plan's
     * records, reaches the PDF's text. A field added later is covered without being listed.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFilledTextOfThePlanReachesThePrivateCopy(Language language) throws Exception {
        Plan sample = SamplePlan.create(TestPlans.TODAY, language);
        Plan marked = TestPlans.withMarkersEverywhere(sample.withNotice(sample.notice().withAgreement("a")
                .withNoticeClause("b").withMilestoneName("c")).withWriteUp(sample.writeUp().withEmailSubject("d")
                .withClosing("e").withSignOff("f").withPaymentDetails("g").withEdit(new dev.offboard.plan.EditedText(
                dev.offboard.plan.Section.NOTICE, "j", "k", language))).withThanks(new dev.offboard.plan.Thanks(
                "h", "i", true)));
        String text = PdfText.flatten(PdfText.read(privatePlan(marked, language)).text());

        List<PlanText.Entry> entries = PlanText.entries(marked);
        assertThat(entries).hasSizeGreaterThan(40);
        for (PlanText.Entry entry : entries) {
            if (entry.isDerived()) {
                // The generated text an edit was based on is Offboard's own, kept for comparison only.
                continue;
            }
            assertThat(entry.text()).startsWith(TestPlans.FIELD_MARKER);
            assertThat(text).as(entry.path() + " in the private plan").containsPattern(entry.text() + "(?!\\d)");
        }
    }
}
