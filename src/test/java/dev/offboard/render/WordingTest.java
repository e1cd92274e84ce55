package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain text to letter blocks and back, and the naming of what changed in a generated text. */
class WordingTest {

    @Test
    void paragraphsSplitAtBlankLinesAndDashLinesMakeLists() {
        List<Wording.Block> blocks = Wording.blocks("First line\nsecond line\n\n\nIntro:\n- one\n•  two\n* three\nAfter.");

        assertThat(blocks).containsExactly(
                new Wording.Block(false, "First line\nsecond line", List.of()),
                new Wording.Block(false, "Intro:", List.of(), true),
                new Wording.Block(true, "", List.of("one", "two", "three")),
                new Wording.Block(false, "After.", List.of()));
    }

    @Test
    void aLoneDashIsText() {
        assertThat(Wording.blocks("- \n-x")).containsExactly(new Wording.Block(false, "-\n-x", List.of()));
    }

    @Test
    void sectionKeysAreCamelCase() {
        assertThat(Wording.key(Section.EMAIL_BODY)).isEqualTo("emailBody");
        assertThat(Wording.key(Section.NOTICE)).isEqualTo("notice");
    }

    @Test
    void normalFormKeepsOneBlankLineBetweenParagraphs() {
        assertThat(Wording.normal("  a   b \n\n\n c\n d  \n\n")).isEqualTo("a b\n\nc\nd");
    }

    @Test
    void aChangedDateIsNamedWithItsNeighbour() {
        assertThat(Wording.change("My last day is 24 March and no later.", "My last day is 31 March and no later."))
                .hasValue(List.of("31 March", "24 March"));
    }

    @Test
    void twoChangesAreBothNamed() {
        assertThat(Wording.change("I give two weeks from today, so I stop on Friday the 24th, as planned.",
                "I give three weeks from today, so I stop on Friday the 31st, as planned."))
                .hasValue(List.of("three weeks … 31st", "two weeks … 24th"));
    }

    @Test
    void anAddedClauseIsNamedWithTheWordBeforeIt() {
        assertThat(Wording.change("See you soon.", "See you very soon.")).hasValue(List.of("you very", "you"));
    }

    @Test
    void aRewrittenTextIsTooMuchToName() {
        assertThat(Wording.change("one two three four five six seven eight nine ten eleven",
                "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda")).isEmpty();
    }
}
