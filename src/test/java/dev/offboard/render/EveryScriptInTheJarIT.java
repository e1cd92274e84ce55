package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import dev.offboard.plan.PlanFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The built jar ({@code target/offboard.jar}, after {@code package}) renders Arabic, Hebrew and
 * Chinese letters with real glyphs, in a JVM of its own: the jar carries only part of ICU4J's
 * data (the bidi and shaping tables; see the shade filter in the pom), which
 * {@link EveryScriptTest} cannot see, as it runs on the whole ICU4J jar. A right-to-left letter
 * that needed a left-out data file would fail here. The fonts beyond Roboto come from the
 * system, as in {@link EveryScriptTest}.
 */
class EveryScriptInTheJarIT {

    private static final Path JAR = Path.of("target/offboard.jar");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ScriptPlans.class, names = {"ARABIC", "HEBREW", "CHINESE"})
    void theJarRendersTheLetterAndThePrivatePlanWithRealGlyphs(ScriptPlans script) throws Exception {
        assertThat(JAR).as("the built jar; run `package` first").isRegularFile();
        Path plan = dir.resolve("plan.json");
        PlanFile.write(plan, script.plan(Language.EN));
        Path out = dir.resolve("out");

        Process render = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"), "-jar", JAR.toString(),
                "render", plan.toString(), "--out", out.toString(), "--only", "letter,private")
                .redirectErrorStream(true).redirectOutput(dir.resolve("output.txt").toFile()).start();
        try {
            assertThat(render.waitFor(120, TimeUnit.SECONDS)).as("render exited").isTrue();
        } finally {
            render.destroyForcibly();
        }
        String output = Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8);
        assertThat(render.exitValue()).as("render's exit code; it said:\n" + output).isZero();

        PdfText letter = PdfText.read(Files.readAllBytes(out.resolve("letter.pdf")));
        assertThat(composed(letter.flat())).contains(script.company).contains(script.contact).contains(script.thanks);
        assertThat(letter.text()).doesNotContain("#");
        assertThat(letter.fontsWithoutFile()).isEmpty();
        if (LetterPdf.hasRightToLeft(script.thanks)) {
            // In reading order the sentence, then its full stop: the runs were reordered and shaped.
            assertThat(composed(letter.text())).contains(script.thanks + ".");
        }
        PdfText privatePlan = PdfText.read(Files.readAllBytes(out.resolve("plan-private.pdf")));
        assertThat(composed(privatePlan.flat())).contains(script.company);
        assertThat(privatePlan.text()).doesNotContain("#");
        assertThat(output).doesNotContain("Exception");
    }

    /** Text extraction hands back Arabic presentation forms folded (NFKC); compare composed text. */
    private static String composed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
