package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.offboard.plan.Confirmation;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample plan of each region (en-GB, en-US, fr-FR, fr-CA): its email as copied
 * ({@code Subject:}/{@code Objet :} line and body) and its letter's text as a PDF reader
 * extracts it, page count first, compared with reviewed golden files under
 * {@code src/test/resources/dev/offboard/render/golden/}, each as it asks for an acknowledgement
 * of receipt (the default) and as it asks the client to agree to the terms ({@code -agreement}).
 * On a difference the actual text is written to {@code target/golden-actual/} for a reviewer.
 */
class RegionGoldenTest {

    private static final Documents DOCUMENTS = new Documents();

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "fr-FR", "fr-CA"})
    void emailMatchesItsReviewedGoldenFile(String region) throws IOException {
        Plan plan = SamplePlan.forRegion(TestPlans.TODAY, region);
        compare("email-" + region + ".txt", DOCUMENTS.email(plan, plan.client().language()).toText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "fr-FR", "fr-CA"})
    void letterMatchesItsReviewedGoldenFile(String region) throws Exception {
        Plan plan = SamplePlan.forRegion(TestPlans.TODAY, region);
        PdfText pdf = PdfText.read(DOCUMENTS.letterPdf(plan, plan.client().language(), TestPlans.TODAY));
        compare("letter-" + region + ".txt", "Pages: " + pdf.pages() + "\n\n" + pdf.sortedText().replace("\r\n", "\n"));
    }

    /** The same samples asking the client to agree to the terms rather than to acknowledge receipt. */
    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "fr-FR", "fr-CA"})
    void letterAskingForAgreementMatchesItsReviewedGoldenFile(String region) throws Exception {
        Plan plan = askingForAgreement(SamplePlan.forRegion(TestPlans.TODAY, region));
        PdfText pdf = PdfText.read(DOCUMENTS.letterPdf(plan, plan.client().language(), TestPlans.TODAY));
        compare("letter-" + region + "-agreement.txt",
                "Pages: " + pdf.pages() + "\n\n" + pdf.sortedText().replace("\r\n", "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "fr-FR", "fr-CA"})
    void emailAskingForAgreementMatchesItsReviewedGoldenFile(String region) throws IOException {
        Plan plan = askingForAgreement(SamplePlan.forRegion(TestPlans.TODAY, region));
        compare("email-" + region + "-agreement.txt", DOCUMENTS.email(plan, plan.client().language()).toText());
    }

    private static Plan askingForAgreement(Plan plan) {
        return plan.withWriteUp(plan.writeUp().withConfirmation(Confirmation.AGREEMENT));
    }

    static void compare(String name, String actual) throws IOException {
        String expected = golden(name);
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "golden-actual", name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            fail("The text differs from golden/" + name + "; the actual text is in " + out.toAbsolutePath()
                    + ". If the change is intended, review it and copy it over the golden file.");
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = RegionGoldenTest.class.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                return "(no golden file " + name + " yet)";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
