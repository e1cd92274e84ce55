package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Any bytes either load as a plan or give the clear {@link PlanFileException}; nothing else
 * escapes. In a normal test run the committed inputs under
 * {@code src/test/resources/dev/offboard/plan/PlanFileFuzzTestInputs/} replay; see
 * docs/reliability.md for fuzzing longer.
 */
class PlanFileFuzzTest {

    private static final Path NAME = Path.of("fuzzed.json");

    @FuzzTest(maxDuration = "5m")
    void anyBytesLoadOrGiveAClearMessage(byte[] bytes) {
        try {
            Plan plan = PlanFile.parse(NAME, bytes);
            assertThat(PlanFile.parse(NAME, PlanFile.toJson(plan).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .as("what loads survives a round trip").isEqualTo(plan);
            PlanCheck.check(plan);
        } catch (PlanFileException e) {
            assertThat(e.getMessage()).startsWith(NAME.toString()).doesNotContain("\n").doesNotContain("Exception");
        }
    }
}
