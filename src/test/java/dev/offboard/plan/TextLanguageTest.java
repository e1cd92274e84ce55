package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextLanguageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    static Stream<Arguments> sentences() {
        return Stream.of(
                arguments(Language.EN, "Thank you for three years of trust and for the projects we built together."),
                arguments(Language.EN, "The last catalogue revision round is included in the current quote"),
                arguments(Language.EN, "Bank transfer to Studio Martin; the account details are on each invoice."),
                arguments(Language.EN, "My studio now focuses on brand identity, and your print work deserves someone new."),
                arguments(Language.FR, "Merci pour ces trois années de confiance et pour les projets menés ensemble."),
                arguments(Language.FR, "La dernière série de corrections du catalogue est comprise dans le devis."),
                arguments(Language.FR, "Virement à l'ordre du Studio Martin ; les coordonnées figurent sur chaque facture."),
                arguments(Language.FR, "Mon studio se consacre désormais à l'identité de marque, et votre travail mérite "
                        + "toute l'attention."));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void sentencesReadAsTheirLanguage(Language language, String text) {
        assertThat(TextLanguage.guess(text)).contains(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "Priya Shah", "Northwind Books Ltd", "12 Harbour Street\nBristol BS1 4QA\nUnited Kingdom",
        "Web banner set", "Style guide update", "INV-2024-118", "priya.shah@northwind.example",
        "Canva team templates for quick social posts",
        // Both languages at once: no guess rather than a wrong one.
        "Merci for the great projects et pour the trust you gave nous."})
    void namesShortTextsAndMixturesGiveNoGuess(String text) {
        assertThat(TextLanguage.guess(text)).isEmpty();
    }

    @Test
    void theSamplesInTheirOwnLanguageHaveNoWarningAboutIt() {
        for (Language language : Language.values()) {
            assertThat(PlanCheck.check(SamplePlan.create(TODAY, language))).extracting(Problem::code)
                    .noneMatch(code -> code.startsWith("text.otherLanguage"));
        }
    }

    @Test
    void englishTextInAPlanForAFrenchClientIsWarnedAboutFieldByField() {
        Plan english = SamplePlan.create(TODAY);
        Plan plan = english.withClient(english.client().withLanguage(Language.FR));

        List<Problem> warned = PlanCheck.check(plan).stream()
                .filter(p -> p.code().equals("text.otherLanguage.EN")).toList();

        assertThat(warned).extracting(Problem::field).contains("thanks.message", "conversation.clientReason")
                .doesNotContain("client.company", "client.postalAddress", "freelancer.name");
        assertThat(warned).allMatch(p -> !p.isError());
        assertThat(warned.get(0).message(Locale.ENGLISH))
                .isEqualTo("This reads as English, but the documents are in French, and they quote it as you wrote it. "
                        + "Put it in French, or make the documents in English.");
        assertThat(warned.get(0).message(Locale.FRENCH)).startsWith("Ce texte est en anglais, alors que les documents");
    }

    @Test
    void frenchTextInAPlanForAnEnglishClientIsWarnedAboutToo() {
        Plan french = SamplePlan.create(TODAY, Language.FR);
        Plan plan = french.withClient(french.client().withLanguage(Language.EN));

        assertThat(PlanCheck.check(plan)).filteredOn(p -> p.code().equals("text.otherLanguage.FR"))
                .extracting(Problem::field).contains("thanks.message");
    }

    /** The French sample with its closing worded in English, the edit made for documents in {@code madeFor}. */
    private static Plan frenchWithAnEnglishClosingMadeFor(Language madeFor) {
        Plan french = SamplePlan.create(TODAY, Language.FR);
        return french.withWriteUp(french.writeUp().withEdit(new EditedText(Section.CLOSING,
                "Thank you again for all the work we did together over the years.", "", madeFor)));
    }

    @Test
    void anEditWordedForTheOtherLanguageIsWarnedAboutOnceNotTwice() {
        assertThat(PlanCheck.check(frenchWithAnEnglishClosingMadeFor(Language.EN)))
                .filteredOn(p -> p.field().startsWith("writeUp.edits"))
                .extracting(Problem::code).doesNotContain("text.otherLanguage.EN");
    }

    @Test
    void anEditForTheseDocumentsWrittenInTheOtherLanguageIsWarnedAbout() {
        assertThat(PlanCheck.check(frenchWithAnEnglishClosingMadeFor(Language.FR)))
                .filteredOn(p -> p.code().equals("text.otherLanguage.EN"))
                .extracting(Problem::field).containsExactly("writeUp.edits[0].text");
    }
}
