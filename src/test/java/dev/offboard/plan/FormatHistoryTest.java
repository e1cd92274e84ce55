package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every format this app ever wrote still loads: one fixture file per past and current version. */
class FormatHistoryTest {

    private static Path formats() throws URISyntaxException {
        return Path.of(FormatHistoryTest.class.getResource("formats").toURI());
    }

    @Test
    void thereIsAFixtureForEveryReadableVersion() throws Exception {
        try (Stream<Path> files = Files.list(formats())) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            for (int version = Migrations.oldestReadable(); version <= PlanFile.FORMAT_VERSION; version++) {
                assertThat(names).contains("plan-v" + version + ".json");
            }
        }
    }

    /**
     * Each fixture is the sample plan as that version wrote it. Fields added since read as
     * empty, so the comparison leaves them out.
     */
    @Test
    void everyFixtureLoadsToTheSamplePlan() throws Exception {
        Plan sample = SamplePlan.create(LocalDate.of(2026, 3, 4));
        Freelancer f = sample.freelancer();
        Plan expected = sample.withFreelancer(new Freelancer(f.name(), f.businessName(), f.email(), f.phone(),
                f.signature()));
        try (Stream<Path> files = Files.list(formats())) {
            for (Path fixture : files.toList()) {
                assertThat(PlanFile.read(fixture)).as(fixture.getFileName().toString()).isEqualTo(expected);
            }
        }
    }
}
