package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.ToneGuard.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToneGuardTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I think we should break up. | break up | BREAK_UP",
        "This breakup is hard. | breakup | BREAK_UP",
        "Sorry for the Break-Up | Break-Up | BREAK_UP",
        "Je souhaite rompre notre contrat. | rompre | BREAK_UP",
        "Cette rupture est nécessaire. | rupture | BREAK_UP",
        "It was your fault. | your fault | BLAME",
        "You never pay on time. | You never | BLAME",
        "you always change the brief | you always | BLAME",
        "C'est votre faute. | votre faute | BLAME",
        "Vous n'avez jamais payé à temps. | Vous n'avez jamais | BLAME",
        "vous ne payez jamais | vous ne payez jamais | BLAME",
        "It is time to break\u00a0up. | break\u00a0up | BREAK_UP",
        "We should break up our collaboration. | break up | BREAK_UP",
        "I hate to br\u0435ak up with you | br\u0435ak up | BREAK_UP",
    })
    void flagsWordsTheGuideWarnsAgainst(String text, String words, Kind kind) {
        assertThat(ToneGuard.scan(text)).singleElement().satisfies(f -> {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(words);
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.suggestionKey()).startsWith("tone.suggest.");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My studio now focuses on brand systems, so it is time for us to part ways.",
        "Thank you for three good years; you can always reach me.",
        "Vous êtes toujours le bienvenu pour me recommander.",
        "Mon activité a évolué et notre collaboration prend fin le 17 mars.",
        "The breakdown of the budget is attached.",
        "Interruption of service is not expected.",
        "We can break up the catalogue into two print runs.",
        "Break up this long section into shorter pages.",
    })
    void leavesGentleWordingAlone(String text) {
        assertThat(ToneGuard.scan(text)).isEmpty();
    }
}
