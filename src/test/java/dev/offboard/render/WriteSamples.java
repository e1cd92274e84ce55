package dev.offboard.render;

import dev.offboard.plan.Language;
import dev.offboard.plan.SamplePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Not a test: writes the sample documents for a person to look at. {@code -Dsamples.dir=DIR} turns it on. */
@EnabledIfSystemProperty(named = "samples.dir", matches = ".+")
class WriteSamples {

    @Test
    void writeSampleDocuments() throws Exception {
        Path dir = Path.of(System.getProperty("samples.dir"));
        Files.createDirectories(dir);
        Documents documents = new Documents();
        for (Language language : Language.values()) {
            var plan = SamplePlan.create(TestPlans.TODAY, language);
            Files.write(dir.resolve("letter-" + language.code() + ".pdf"),
                    documents.letterPdf(plan, language, TestPlans.TODAY));
            Files.write(dir.resolve("private-plan-" + language.code() + ".pdf"),
                    documents.privatePlanPdf(plan, language, TestPlans.TODAY));
            Files.write(dir.resolve("long-letter-" + language.code() + ".pdf"),
                    documents.letterPdf(LongContentTest.longPlan(), language, TestPlans.TODAY));
        }
    }
}
