package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.offboard.plan.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample plan's email, compared with the reviewed text checked in under
 * {@code src/test/resources/dev/offboard/render/golden/}. On a difference the actual text is
 * written to {@code target/golden-actual/} so a reviewer can compare and, if it is better,
 * copy it over the golden file.
 */
class EmailGoldenTest {

    private static final Documents DOCUMENTS = new Documents();

    @ParameterizedTest
    @EnumSource(Language.class)
    void sampleEmailMatchesItsReviewedGoldenFile(Language language) throws IOException {
        String name = "email-" + language.code() + ".txt";
        String actual = DOCUMENTS.email(TestPlans.sample(), language).toText();
        String expected = golden(name);
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "golden-actual", name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            fail("The " + language.code() + " email differs from golden/" + name + "; the actual text is in "
                    + out.toAbsolutePath() + ". If the change is intended, review it and copy it over the golden file.");
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = EmailGoldenTest.class.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                return "(no golden file " + name + " yet)";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
