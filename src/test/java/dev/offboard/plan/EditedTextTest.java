package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The freelancer's own wording of a section: kept one a section, saved, and checked like any client-facing text. */
class EditedTextTest {

    private static final Plan SAMPLE = SamplePlan.create(LocalDate.of(2026, 3, 4));

    private static Plan edited(Section section, String text) {
        return SAMPLE.withWriteUp(SAMPLE.writeUp().withEdit(new EditedText(section, text, "generated", Language.EN)));
    }

    @Test
    void aSectionHasOneEditTheLatestAndEditsKeepSectionOrder() {
        WriteUp writeUp = WriteUp.empty()
                .withEdit(new EditedText(Section.CLOSING, "Bye.", "", Language.EN))
                .withEdit(new EditedText(Section.NOTICE, "First.", "", Language.EN))
                .withEdit(new EditedText(Section.NOTICE, "Second.", "", Language.EN));

        assertThat(writeUp.edits()).extracting(EditedText::section).containsExactly(Section.NOTICE, Section.CLOSING);
        assertThat(writeUp.edit(Section.NOTICE).orElseThrow().text()).isEqualTo("Second.");
        assertThat(writeUp.edit(Section.OPENING)).isEmpty();
    }

    @Test
    void revertingASectionRemovesItsEditAlone() {
        WriteUp writeUp = WriteUp.empty()
                .withEdit(new EditedText(Section.NOTICE, "Mine.", "", Language.EN))
                .withEdit(new EditedText(Section.THANKS, "Thanks.", "", Language.EN));

        WriteUp reverted = writeUp.withoutEdit(Section.NOTICE);

        assertThat(reverted.edit(Section.NOTICE)).isEmpty();
        assertThat(reverted.edit(Section.THANKS)).isPresent();
    }

    @Test
    void blankTextIsNoEdit() {
        WriteUp writeUp = WriteUp.empty().withEdit(new EditedText(Section.NOTICE, "Mine.", "", Language.EN))
                .withEdit(new EditedText(Section.NOTICE, "  \n ", "", Language.EN));

        assertThat(writeUp.edits()).isEmpty();
    }

    @Test
    void editedTextIsNormalisedAsEveryTextIs() {
        EditedText edit = new EditedText(Section.OPENING, "Tra\u0302\u0300n\r\nline", null, null);

        assertThat(edit.text()).isEqualTo("Tr\u1EA7n\nline");
        assertThat(edit.basedOn()).isEmpty();
        assertThat(edit.language()).isEqualTo(Language.EN);
    }

    @Test
    void editsSurviveSavingAndReopening(@TempDir Path dir) throws Exception {
        Plan plan = edited(Section.NOTICE, "My last day is the 24th.\n\n- one\n- two");
        Path file = dir.resolve("plan.offboard");

        PlanFile.write(file, plan);

        assertThat(PlanFile.read(file)).isEqualTo(plan);
    }

    @Test
    void aSecretInAnEditedParagraphIsASuspectedSecretNamingTheEdit() {
        Plan plan = edited(Section.HANDOVER, "The web host login is ready.\n\npassword: hunter2-Blue!");

        List<Problem> secrets = PlanCheck.suspectedSecrets(plan);

        assertThat(secrets).extracting(Problem::field).containsExactly("writeUp.edits[0].text");
        assertThat(secrets).extracting(Problem::code).containsExactly("secret.PASSWORD");
    }

    @Test
    void blamingWordsInAnEditedParagraphAreWarnedAbout() {
        Plan plan = edited(Section.OPENING, "It is time for us to break up.");

        assertThat(PlanCheck.check(plan)).anyMatch(p -> p.field().equals("writeUp.edits[0].text")
                && p.code().equals("tone.breakUp"));
    }

    @Test
    void privateNotesPastedIntoAnEditAreASuspectedSecret() {
        String script = "I have outgrown the print work and want to focus on identity systems.";
        Plan plan = edited(Section.OPENING, "Dear Priya,\n" + script + "\nThanks.");
        plan = plan.withConversation(plan.conversation().withScript(script));

        List<Problem> secrets = PlanCheck.suspectedSecrets(plan);

        assertThat(secrets).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("writeUp.edits[0].text");
            assertThat(p.code()).isEqualTo("secret.privateText");
            assertThat(p.message(java.util.Locale.UK)).contains("conversation.script");
        });
    }

    @Test
    void theGeneratedTextKeptForComparisonIsNotCheckedAsTheFreelancersOwn() {
        Plan plan = SAMPLE.withWriteUp(SAMPLE.writeUp().withEdit(new EditedText(Section.NOTICE, "Fine words.",
                "password: hunter2-Blue! and a break-up", Language.EN)));

        assertThat(PlanCheck.check(plan)).noneMatch(p -> p.field().startsWith("writeUp.edits"));
        assertThat(PlanText.clientFacing(plan)).extracting(PlanText.Entry::path)
                .contains("writeUp.edits[0].text").doesNotContain("writeUp.edits[0].basedOn");
        assertThat(PlanText.entries(plan)).extracting(PlanText.Entry::path).contains("writeUp.edits[0].basedOn");
    }
}
