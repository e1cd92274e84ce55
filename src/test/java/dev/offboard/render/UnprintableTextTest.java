package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.Problem;
import dev.offboard.plan.SamplePlan;
import dev.offboard.plan.Thanks;
import dev.offboard.plan.WriteUp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Text no font can draw is named, field by field, before it becomes a # in a PDF. Most tests
 * here use Roboto alone, as on a computer with no other font, so they do not depend on the
 * fonts installed.
 */
class UnprintableTextTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private final Documents documents = new Documents(FontSet.robotoOnly(), (uri, type) -> { });

    @Test
    void theSamplesInBothLanguagesPrintWhole() {
        for (Language language : Language.values()) {
            Plan sample = SamplePlan.create(DAY, language);
            assertThat(documents.unprintable(sample, language, DAY)).as(language.name()).isEmpty();
        }
    }

    @Test
    void anEmojiOrAChineseCharacterInTheLetterIsNamedWithItsField() {
        Plan sample = SamplePlan.create(DAY);
        Thanks t = sample.thanks();
        Plan plan = sample.withThanks(new Thanks(t.message() + " Thank you 🙏 王", t.referencesOffered(),
                t.keepReferring()));

        List<Problem> problems = documents.unprintable(plan, Language.EN, DAY);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.field()).isEqualTo("thanks.message");
            assertThat(p.message(Locale.ENGLISH)).contains("🙏 (U+1F64F), 王 (U+738B)")
                    .contains("print # in its place");
            assertThat(p.message(Locale.FRENCH)).contains("🙏 (U+1F64F), 王 (U+738B)")
                    .contains("imprimerait # à la place");
        });
    }

    @Test
    void theCheckAndThePdfShareOneLetterTextButAnEditedPlanGetsItsOwn() throws Exception {
        Plan sample = SamplePlan.create(DAY);
        Thanks t = sample.thanks();
        Plan edited = sample.withThanks(new Thanks(t.message() + " 🙏", t.referencesOffered(), t.keepReferring()));

        String letter = documents.letterXhtml(sample, Language.EN, DAY);
        assertThat(documents.unprintable(sample, Language.EN, DAY)).isEmpty();
        assertThat(documents.letterXhtml(sample, Language.EN, DAY)).as("made once, kept").isSameAs(letter);
        assertThat(documents.unprintable(edited, Language.EN, DAY)).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("thanks.message"));
        assertThat(PdfText.read(documents.letterPdf(edited, Language.EN, DAY)).text()).contains("#");
        assertThat(PdfText.read(documents.letterPdf(sample, Language.EN, DAY)).text()).doesNotContain("#");
        assertThat(documents.letterXhtml(edited, Language.EN, DAY)).contains("🙏").isNotEqualTo(letter);
        assertThat(documents.letterXhtml(sample, Language.FR, DAY)).isNotEqualTo(letter).contains("lang=\"fr\"");
        Plan redated = sample.withWriteUp(sample.writeUp().withLetterDate(DAY.plusDays(1)));
        assertThat(documents.letterXhtml(redated, Language.EN, DAY)).isNotEqualTo(letter);
        assertThat(documents.letterXhtml(sample, Language.EN, DAY)).isEqualTo(letter);
    }

    @Test
    void withTheSystemsFontsAnEmojiAndAChineseCharacterPrintButANewerEmojiIsNamed() throws Exception {
        Documents system = new Documents();
        Plan sample = SamplePlan.create(DAY);
        Thanks t = sample.thanks();
        Plan printable = sample.withThanks(new Thanks(t.message() + " Thank you 🙏 王", t.referencesOffered(),
                t.keepReferring()));
        Plan flamingo = sample.withThanks(new Thanks(t.message() + " 🙏 \uD83E\uDDA9", t.referencesOffered(),
                t.keepReferring()));

        assertThat(system.unprintable(printable, Language.EN, DAY)).isEmpty();
        assertThat(PdfText.read(system.letterPdf(printable, Language.EN, DAY)).text()).contains("Thank you 🙏 王")
                .doesNotContain("#");
        assertThat(system.unprintable(flamingo, Language.EN, DAY)).singleElement()
                .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).contains("(U+1F9A9)").doesNotContain("U+1F64F"));
    }

    @Test
    void anEmojiVariationSelectorNeedsNoFont() throws Exception {
        Plan sample = SamplePlan.create(DAY);
        Thanks t = sample.thanks();
        Plan plan = sample.withThanks(new Thanks(t.message() + " \u2764\uFE0F", t.referencesOffered(), t.keepReferring()));

        assertThat(documents.unprintable(plan, Language.EN, DAY)).singleElement()
                .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).contains("U+2764").doesNotContain("U+FE0F"));
        assertThat(documents.letterXhtml(plan, Language.EN, DAY)).doesNotContain("\uFE0F");
    }

    @Test
    void typographyFrenchAndEnglishUseIsPrintable() {
        Plan sample = SamplePlan.create(DAY);
        Thanks t = sample.thanks();
        Plan plan = sample.withThanks(new Thanks("« Merci » — l’équipe œuvre à 100 € ; déjà fini… “Thanks” – 50 %\u202F!",
                t.referencesOffered(), t.keepReferring()));

        assertThat(documents.unprintable(plan, Language.FR, DAY)).isEmpty();
    }

    @Test
    void textThatOnlyTheEmailCarriesIsNotTheLettersConcern() {
        Plan sample = SamplePlan.create(DAY);
        WriteUp w = sample.writeUp();
        Plan plan = sample.withWriteUp(new WriteUp(w.otherConditions(), "Our work together 🙏", w.closing(),
                w.signOff(), w.paperSize()));

        assertThat(documents.unprintable(plan, Language.EN, DAY)).isEmpty();
    }
}
