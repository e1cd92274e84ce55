package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Client;
import dev.offboard.plan.EditedText;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.Problem;
import dev.offboard.plan.SamplePlan;
import dev.offboard.plan.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The freelancer's own wording of a section reaches the real PDF and the email in place of
 * the generated text, only in its language; a revert brings the generated text back; a plan
 * that changes underneath an edit is warned about, naming what changed.
 */
class EditedWordingTest {

    private static final Documents DOCUMENTS = new Documents();
    private static final LocalDate TODAY = TestPlans.TODAY;

    private static Plan sample(Language language) {
        return SamplePlan.create(TODAY, language);
    }

    /** The plan with {@code section} worded as {@code text}, based on today's generated text. */
    private static Plan edited(Plan plan, Section section, String text, Language language) {
        String basedOn = DOCUMENTS.generatedWording(plan, language, TODAY).get(section);
        return plan.withWriteUp(plan.writeUp().withEdit(new EditedText(section, text, basedOn, language)));
    }

    private static String letterText(Plan plan, Language language) throws Exception {
        return PdfText.read(DOCUMENTS.letterPdf(plan, language, TODAY)).flat();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLetterSectionOfTheSampleIsOfferedAsPlainParagraphs(Language language) throws Exception {
        Plan plan = sample(language);
        Map<Section, String> generated = DOCUMENTS.generatedWording(plan, language, TODAY);
        String pdf = letterText(plan, language);

        assertThat(generated).containsKeys(Section.EMAIL_BODY, Section.OPENING, Section.NOTICE, Section.PAYMENTS,
                Section.HANDOVER, Section.SUPPORT, Section.THANKS, Section.CLOSING);
        for (Section section : Section.values()) {
            if (section.inLetter() && generated.containsKey(section)) {
                for (String paragraph : generated.get(section).split("\n\n")) {
                    for (String line : paragraph.split("\n")) {
                        assertThat(pdf).as(section + " in the PDF").contains(PdfText.flatten(line.replaceFirst("^- ", "")));
                    }
                }
            }
        }
        assertThat(generated.get(Section.HANDOVER)).contains("\n\n- ");
        assertThat(generated.get(Section.EMAIL_BODY)).isEqualTo(
                Wording.normal(DOCUMENTS.email(plan, language).body()));
    }

    @Test
    void anEditedNoticeReplacesTheGeneratedOneInThePdf() throws Exception {
        Plan plan = sample(Language.EN);
        Plan edited = edited(plan, Section.NOTICE, "As agreed on our call, I will stop on 24 March.\n"
                + "Second line of the same paragraph.\n\nUntil then <b>nothing</b> changes & all is well.", Language.EN);

        String pdf = letterText(edited, Language.EN);
        String xhtml = DOCUMENTS.letterXhtml(edited, Language.EN, TODAY);

        assertThat(pdf).contains("As agreed on our call, I will stop on 24 March.", "Second line of the same paragraph.",
                "Until then <b>nothing</b> changes & all is well.")
                .doesNotContain("I am giving you two weeks' notice");
        assertThat(xhtml).contains("&lt;b&gt;nothing&lt;/b&gt; changes &amp; all is well")
                .contains("Second line of the same paragraph.");
        // The tables stay generated from the plan.
        assertThat(pdf).contains("Autumn catalogue, print-ready files", "INV-2024-118");
    }

    @Test
    void linesStartingWithADashBecomeAList() throws Exception {
        Plan edited = edited(sample(Language.EN), Section.HANDOVER,
                "I will hand back:\n- the source files\n- the Figma team\n\nThat is all.", Language.EN);

        String xhtml = DOCUMENTS.letterXhtml(edited, Language.EN, TODAY);

        assertThat(xhtml.replaceAll("\\s+", " ")).contains("<p class=\"text intro\">I will hand back:</p> <ul class=\"bullets\"> "
                + "<li><span class=\"item\">the source files</span></li> <li><span class=\"item\">the Figma team</span></li>"
                + " </ul> <p class=\"text last\">That is all.</p>");
        assertThat(letterText(edited, Language.EN)).doesNotContain("Everything that belongs to you will be returned");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anEditedEmailBodyIsSentAsTyped(Language language) {
        Plan edited = edited(sample(language), Section.EMAIL_BODY, "Hi Priya,\n\nShort and kind.\n\nCamille",
                language);

        Email email = DOCUMENTS.email(edited, language);

        assertThat(email.body()).isEqualTo("Hi Priya,\n\nShort and kind.\n\nCamille\n");
        assertThat(email.subject()).isEqualTo(DOCUMENTS.email(sample(language), language).subject());
    }

    @Test
    void revertingASectionBringsTheGeneratedTextBack() throws Exception {
        Plan plan = sample(Language.EN);
        Plan edited = edited(plan, Section.THANKS, "Thanks for everything.", Language.EN);
        Plan reverted = edited.withWriteUp(edited.writeUp().withoutEdit(Section.THANKS));

        assertThat(letterText(edited, Language.EN)).contains("Thanks for everything.");
        assertThat(DOCUMENTS.letterXhtml(reverted, Language.EN, TODAY))
                .isEqualTo(DOCUMENTS.letterXhtml(plan, Language.EN, TODAY));
    }

    @Test
    void anEditForTheOtherLanguageIsLeftOutAndWarnedAbout() throws Exception {
        Plan plan = sample(Language.EN);
        Plan edited = edited(plan, Section.NOTICE, "My own English notice.", Language.EN);
        Plan nowFrench = edited.withClient(edited.client().withLanguage(Language.FR));

        assertThat(letterText(nowFrench, Language.FR)).doesNotContain("My own English notice.")
                .contains("Je vous donne");
        List<Problem> problems = DOCUMENTS.wordingProblems(nowFrench, Language.FR, TODAY);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("edit.otherLanguage.EN");
            assertThat(p.field()).isEqualTo("writeUp.edits[0].text");
            assertThat(p.message(Locale.FRANCE)).contains("anglais");
        });
    }

    @Test
    void aFreshEditIsNotStale() {
        Plan edited = edited(sample(Language.EN), Section.NOTICE, "Mine.", Language.EN);

        assertThat(DOCUMENTS.wordingProblems(edited, Language.EN, TODAY)).isEmpty();
    }

    @Test
    void aChangedLastDayMakesTheEditStaleAndTheWarningNamesTheNewDate() {
        Plan edited = edited(sample(Language.EN), Section.NOTICE, "My last day is 24 March.", Language.EN);
        Plan longer = edited.withNotice(edited.notice().withLength(3));

        List<Problem> problems = DOCUMENTS.wordingProblems(longer, Language.EN, TODAY);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("edit.stale");
            assertThat(p.message(Locale.UK)).contains("The plan changed since you edited this section")
                    .contains("now says “three weeks' … 31\u00A0March\u00A02026” where it said “two weeks' … "
                            + "24\u00A0March\u00A02026”");
        });
        // The edit itself still stands: the freelancer decides.
        assertThat(DOCUMENTS.letterXhtml(longer, Language.EN, TODAY)).contains("My last day is 24 March.");
    }

    @Test
    void manyChangesAreWarnedWithoutQuoting() {
        Plan edited = edited(sample(Language.EN), Section.OPENING, "Mine.", Language.EN);
        Plan changed = edited.withConversation(edited.conversation().withClientReason(
                "An entirely different reason, written from scratch, with many more words than the first one had, "
                        + "so that nothing of the old one is left to compare with at all."));

        assertThat(DOCUMENTS.wordingProblems(changed, Language.EN, TODAY)).extracting(Problem::code)
                .containsExactly("edit.staleMany");
    }

    @Test
    void anEditOfASectionTheLetterNoLongerHasIsWarnedAbout() {
        Plan edited = edited(sample(Language.EN), Section.PAYMENTS, "Pay me.", Language.EN);
        Plan noPayments = edited.withPayments(List.of());

        assertThat(DOCUMENTS.wordingProblems(noPayments, Language.EN, TODAY)).extracting(Problem::code)
                .containsExactly("edit.unused");
        assertThat(DOCUMENTS.letterXhtml(noPayments, Language.EN, TODAY)).doesNotContain("Pay me.");
    }

    @Test
    void theGeneratedWordingIgnoresEdits() {
        Plan plan = sample(Language.EN);
        Plan edited = edited(plan, Section.NOTICE, "Mine.", Language.EN);

        assertThat(DOCUMENTS.generatedWording(edited, Language.EN, TODAY))
                .isEqualTo(DOCUMENTS.generatedWording(plan, Language.EN, TODAY));
    }

    @Test
    void editedTextWithACharacterNoFontHasIsUnprintableNamingTheEdit() {
        Plan edited = edited(sample(Language.EN), Section.THANKS, "Thank you \uD83E\uDDA9 for all.", Language.EN);

        List<Problem> unprintable = DOCUMENTS.unprintable(edited, Language.EN, TODAY);

        assertThat(unprintable).extracting(Problem::field).contains("writeUp.edits[0].text");
    }

    @Test
    void thePrivatePlanListsTheEditedSections() throws Exception {
        Plan edited = edited(sample(Language.EN), Section.CLOSING, "Closing words of my own.", Language.EN);
        edited = edited.withWriteUp(edited.writeUp().withEdit(new EditedText(Section.OPENING, "Texte à moi.", "",
                Language.FR)));

        String text = PdfText.read(DOCUMENTS.privatePlanPdf(edited, Language.EN, TODAY)).flat();

        assertThat(text).contains("My own wording", "Closing", "Closing words of my own.", "Opening",
                "not used in documents in this language", "Texte à moi.");
    }

    @Test
    void privateTextStaysOutOfTheDocumentsWhateverIsEdited() throws Exception {
        Plan marked = TestPlans.withPrivateMarkers(TestPlans.sample());
        Plan edited = edited(marked, Section.OPENING, "A fresh opening of my own.", Language.EN);

        assertThat(letterText(edited, Language.EN)).contains("A fresh opening of my own.")
                .doesNotContain(TestPlans.MARKER);
        assertThat(DOCUMENTS.generatedWording(edited, Language.EN, TODAY).values())
                .noneMatch(text -> text.contains(TestPlans.MARKER));
    }

    @Test
    void aUserTemplateShowsAnEditedSectionThroughItsVariables(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en/letter.xhtml.mustache"), """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Letter</title>
                <style>{{> letter.css}}</style></head><body>
                <p>{{salutation}}</p>
                <!-- section notice -->
                {{#edited.notice}}{{> edited.xhtml.mustache}}{{/edited.notice}}{{^edited.notice}}<p>My notice ends on {{lastWorkingDay}}.</p>{{/edited.notice}}
                <!-- /section notice -->
                </body></html>
                """);
        Documents documents = Documents.withTemplates(dir);
        Plan plan = sample(Language.EN);

        Map<Section, String> generated = documents.generatedWording(plan, Language.EN, TODAY);
        assertThat(generated.get(Section.NOTICE)).isEqualTo("My notice ends on 24\u00A0March\u00A02026.");
        assertThat(generated).as("only the sections this template marks").doesNotContainKey(Section.OPENING);

        Plan edited = plan.withWriteUp(plan.writeUp().withEdit(new EditedText(Section.NOTICE,
                "Worded in my own template.", generated.get(Section.NOTICE), Language.EN)));
        String pdf = PdfText.read(documents.letterPdf(edited, Language.EN, TODAY)).flat();
        assertThat(pdf).contains("Worded in my own template.").doesNotContain("My notice ends on");
        assertThat(documents.templateWarnings()).isEmpty();
    }

    @Test
    void aClientWithOnlyAFrenchEditGetsEnglishDocumentsUntouched() throws Exception {
        Plan plan = sample(Language.EN);
        Plan edited = plan.withWriteUp(plan.writeUp().withEdit(new EditedText(Section.EMAIL_BODY, "Bonjour.", "",
                Language.FR)));

        assertThat(DOCUMENTS.email(edited, Language.EN)).isEqualTo(DOCUMENTS.email(plan, Language.EN));
        assertThat(edited.client().language()).isEqualTo(Language.EN);
        assertThat(edited.client().formality()).isEqualTo(Client.Formality.INFORMAL);
    }
}
