package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import dev.offboard.plan.SamplePlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code src/test/resources/bench/letter.html}, which {@code .ci/perf} converts with LibreOffice
 * to compare with {@code render}, is the sample letter exactly as Offboard lays it out today:
 * a template or style change that is not copied there fails here. To refresh it, run this test
 * with {@code -Dbench.write=true}.
 */
class BenchLetterTest {

    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 11, 26);
    private static final Path BENCH = Path.of("src/test/resources/bench/letter.html");
    private static final String NOTE = """
            <!-- The sample plan's transition letter (English, dated 26 November 2026) exactly as Offboard
                 lays it out before it becomes a PDF: the same text and style sheet. docs/performance.md
                 converts it with LibreOffice to compare against `offboard render`. -->
            """;

    @Test
    void theBenchLetterIsTheSampleLetterOfToday() throws Exception {
        String current = NOTE + new Documents().letterXhtml(SamplePlan.create(DAY), Language.EN,
                DAY);
        if (Boolean.getBoolean("bench.write")) {
            Files.writeString(BENCH, current, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(BENCH, StandardCharsets.UTF_8))
                .as("%s is stale: rerun this test with -Dbench.write=true", BENCH).isEqualTo(current);
    }
}
