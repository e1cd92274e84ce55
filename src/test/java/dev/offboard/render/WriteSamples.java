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
        for (String region : java.util.List.of("en-GB", "en-US", "fr-FR", "fr-CA")) {
            for (dev.offboard.plan.Confirmation confirmation : dev.offboard.plan.Confirmation.values()) {
                var plan = SamplePlan.forRegion(TestPlans.TODAY, region);
                plan = plan.withWriteUp(plan.writeUp().withConfirmation(confirmation));
                Files.write(dir.resolve("letter-" + region + "-" + confirmation.name().toLowerCase() + ".pdf"),
                        documents.letterPdf(plan, plan.client().language(), TestPlans.TODAY));
            }
        }
        if (Boolean.getBoolean("samples.quick")) {
            return;
        }
        Files.writeString(dir.resolve("timings.txt"), timings(documents));
    }

    /** Median warm render time of each document, after ten warm-up rounds. */
    private static String timings(Documents documents) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Language language : Language.values()) {
            var plan = SamplePlan.create(TestPlans.TODAY, language);
            for (int i = 0; i < 10; i++) {
                documents.letterPdf(plan, language, TestPlans.TODAY);
                documents.privatePlanPdf(plan, language, TestPlans.TODAY);
            }
            long[] letter = new long[15];
            long[] privatePlan = new long[15];
            for (int i = 0; i < letter.length; i++) {
                long start = System.nanoTime();
                documents.letterPdf(plan, language, TestPlans.TODAY);
                letter[i] = System.nanoTime() - start;
                start = System.nanoTime();
                documents.privatePlanPdf(plan, language, TestPlans.TODAY);
                privatePlan[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(letter);
            java.util.Arrays.sort(privatePlan);
            out.append(language.code()).append(": letter ").append(letter[7] / 1_000_000).append(" ms, private plan ")
                    .append(privatePlan[7] / 1_000_000).append(" ms (median of 15, warm)\n");
        }
        return out.toString();
    }
}
