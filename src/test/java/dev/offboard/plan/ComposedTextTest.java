package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text typed or pasted in decomposed Unicode is kept composed (NFC), wherever it comes from. */
class ComposedTextTest {

    /** "Trần" as some systems paste it: a, combining circumflex, combining grave, n. */
    static final String DECOMPOSED = "Tra\u0302\u0300n";
    static final String COMPOSED = "Tr\u1EA7n";

    @TempDir
    Path dir;

    @Test
    void aPlanFileWithDecomposedTextIsReadComposed() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"client\": {\"contactName\": \"Minh " + DECOMPOSED
                + "\", \"postalAddress\": \"12 rue de l'E\u0301glise\"}, \"freelancer\": {\"name\": \"Zoe\u0308\"},"
                + " \"writeUp\": {\"otherConditions\": [\"Cafe\u0301\"]}}", StandardCharsets.UTF_8);

        Plan plan = PlanFile.read(file);

        assertThat(plan.client().contactName()).isEqualTo("Minh " + COMPOSED).hasSize(9);
        assertThat(plan.client().postalAddress()).isEqualTo("12 rue de l'\u00C9glise");
        assertThat(plan.freelancer().name()).isEqualTo("Zo\u00EB");
        assertThat(plan.writeUp().otherConditions()).containsExactly("Caf\u00E9");
    }

    @Test
    void everyTextOfAPlanMadeInTheWindowIsComposed() {
        // The window's steps make records through the same constructors, field by field.
        Plan empty = Plan.empty();
        Plan plan = empty
                .withClient(Copies.with(empty.client(), Map.of("company", "Nguy\u00EA\u0303n & Co",
                        "contactName", DECOMPOSED)))
                .withThanks(Copies.with(empty.thanks(), Map.of("message", "Ca\u0301m \u01A1n " + DECOMPOSED)));

        List<PlanText.Entry> texts = PlanText.entries(plan);

        assertThat(texts).isNotEmpty().allSatisfy(entry -> assertThat(
                Normalizer.isNormalized(entry.text(), Normalizer.Form.NFC)).as(entry.path()).isTrue());
        assertThat(plan.client().company()).isEqualTo("Nguy\u1EC5n & Co");
        assertThat(plan.thanks().message()).isEqualTo("C\u00E1m \u01A1n " + COMPOSED);
    }

    @Test
    void composedTextIsKeptAsItIs() {
        String composed = "Ren\u00E9e " + COMPOSED;

        assertThat(Copies.with(Plan.empty().thanks(), Map.of("message", composed)).message()).isSameAs(composed);
    }
}
