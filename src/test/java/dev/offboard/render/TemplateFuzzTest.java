package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SecretGuard;
import dev.offboard.plan.ToneGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Whatever a user's template holds (partials that reach out of the folder, broken markup,
 * sections nested deep), the documents are made, nothing outside the templates folder gets
 * in, and each input is done within its time budget. The secret and tone guards take any
 * text within theirs. The committed inputs replay in every test run; see docs/reliability.md.
 */
class TemplateFuzzTest {

    /** What the file outside the templates folder holds: it must never reach a document. */
    private static final String OUTSIDE = "OUTSIDE-THE-FOLDER-31337";
    /** Per input: far above a real template's few milliseconds, far below a hang. */
    private static final Duration TEMPLATE_BUDGET = Duration.ofSeconds(20);
    /**
     * Per text of up to {@link #GUARD_TEXT} characters. Jazzer hooks every regular expression
     * call, which makes a scan some hundred times slower than in the application (5 to 10
     * seconds for 20,000 characters on a busy machine), so the texts are shorter here; the
     * guards' own speed is measured by {@code GuardBenchmark} and held by {@code SecretGuardTest}.
     */
    private static final Duration GUARD_BUDGET = Duration.ofSeconds(10);
    private static final int GUARD_TEXT = 5_000;

    private static final Path ROOT = folders();
    private static final Plan PLAN = TestPlans.sample();

    private static Path folders() {
        try {
            Path root = Files.createTempDirectory("offboard-template-fuzz");
            root.toFile().deleteOnExit();
            Files.writeString(root.resolve("plan.json"), OUTSIDE);
            Files.createDirectories(root.resolve("templates").resolve("en"));
            Files.writeString(root.resolve("templates").resolve("inside.txt"), "Inside the folder");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void anyUserTemplateMakesTheDocumentsAndReadsNothingOutside(byte[] bytes) throws IOException {
        String template = new String(bytes, StandardCharsets.UTF_8)
                .replace("$OUTSIDE", ROOT.resolve("plan.json").toAbsolutePath().toString());
        Path dir = ROOT.resolve("templates");
        Files.writeString(dir.resolve("en").resolve("email-body.mustache"), template);
        Files.writeString(dir.resolve("en").resolve("letter.xhtml.mustache"), template);

        assertTimeoutPreemptively(TEMPLATE_BUDGET, () -> {
            Documents documents = Documents.withTemplates(dir);
            Email email = documents.email(PLAN, Language.EN);
            String letter = documents.letterXhtml(PLAN, Language.EN, TestPlans.TODAY);
            assertThat(email.body()).doesNotContain(OUTSIDE);
            assertThat(letter).doesNotContain(OUTSIDE);
            assertThat(documents.templateWarnings()).allMatch(w -> !w.contains("\n"));
        });
    }

    @FuzzTest(maxDuration = "5m")
    void theGuardsTakeAnyTextWithinTheirBudget(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String field = text.length() > GUARD_TEXT ? text.substring(0, GUARD_TEXT) : text;

        assertTimeoutPreemptively(GUARD_BUDGET, () -> {
            List<SecretGuard.Finding> secrets = SecretGuard.scan(field);
            List<ToneGuard.Finding> tone = ToneGuard.scan(field);
            assertThat(secrets).allSatisfy(f -> assertThat(f.start()).isBetween(0, f.end()))
                    .allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(field.length()));
            assertThat(tone).allSatisfy(f -> assertThat(f.start()).isBetween(0, f.end()))
                    .allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(field.length()));
        });
    }
}
