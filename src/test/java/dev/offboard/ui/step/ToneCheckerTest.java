package dev.offboard.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToneCheckerTest {

    private final ToneChecker checker = new ToneChecker();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I think we should break up.|break up|BREAK_UP",
        "This breakup is hard.|breakup|BREAK_UP",
        "Breaking-up is never easy|Breaking-up|BREAK_UP",
        "It is your fault the launch slipped.|your fault|BLAME",
        "You never reply on time.|You never|BLAME",
        "you always change the brief|you always|BLAME",
        "Je préfère rompre notre contrat.|rompre|BREAK_UP",
        "Cette rupture est nécessaire.|rupture|BREAK_UP",
        "C’est votre faute.|votre faute|BLAME",
        "Vous n'avez jamais payé à temps.|Vous n'avez jamais|BLAME",
        "Vous ne payez jamais à temps.|Vous ne payez jamais|BLAME",
        "Vous ne m’avez jamais écouté.|Vous ne m’avez jamais|BLAME"
    })
    void flagsWordsTheGuideWarnsAgainst(String text, String phrase, ToneChecker.Kind kind) {
        List<ToneChecker.Issue> issues = checker.check(text);

        assertThat(issues).isNotEmpty();
        ToneChecker.Issue first = issues.get(0);
        assertThat(first.phrase()).isEqualTo(phrase);
        assertThat(first.kind()).isEqualTo(kind);
        assertThat(text.substring(first.start(), first.end())).isEqualTo(phrase);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The project no longer fits my business; thank you for the experience.",
        "We had breakfast to break the ice, then set up the handover.",
        "Your feedback was always thoughtful.",
        "Le projet ne correspond plus à mon activité.",
        "Vous trouverez toujours les fichiers dans le dossier partagé."
    })
    void leavesNeutralWordsAlone(String text) {
        assertThat(checker.check(text)).isEmpty();
    }

    @Test
    void findsEveryPhraseInTextOrder() {
        List<ToneChecker.Issue> issues = checker.check("You never pay, so this is a breakup, and your fault.");

        assertThat(issues).extracting(ToneChecker.Issue::phrase).containsExactly("You never", "breakup", "your fault");
    }

    @Test
    void emptyTextHasNoIssues() {
        assertThat(checker.check("")).isEmpty();
        assertThat(checker.check(null)).isEmpty();
    }
}
