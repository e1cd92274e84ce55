package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.WriteUp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmailTest {

    private static final Documents DOCUMENTS = new Documents();

    @ParameterizedTest
    @EnumSource(Language.class)
    void emptyPlanGivesAShortEmailWithoutEmptySections(Language language) {
        Email email = DOCUMENTS.email(Plan.empty(), language);

        assertThat(email.subject()).isNotBlank();
        assertThat(email.body())
                .doesNotContain("\n\n\n")
                .doesNotContain(":\n\n")
                .doesNotContain("- \n")
                .doesNotContainPattern("(?m)[ \\t]+$")
                .doesNotContainPattern("(?m):$")
                .endsWith("\n");
        assertThat(email.body().lines().filter(line -> !line.isBlank())).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void ownSubjectClosingAndSignOffReplaceTheDefaults() {
        Plan plan = TestPlans.sample().withWriteUp(new WriteUp(List.of(), "Handover of the Northwind account",
                "Speak soon, and good luck with the spring season.", "Warm wishes,"));

        Email email = DOCUMENTS.email(plan, Language.EN);

        assertThat(email.subject()).isEqualTo("Handover of the Northwind account");
        assertThat(email.body())
                .contains("Speak soon, and good luck with the spring season.\n\nWarm wishes,\nCamille Martin")
                .doesNotContain("Kind regards")
                .doesNotContain("every success");
    }

    @Test
    void defaultSubjectClosingAndSignOffAreUsedWhenEmpty() {
        Email email = DOCUMENTS.email(TestPlans.sample(), Language.FR);

        assertThat(email.subject()).isEqualTo("Notre collaboration\u00A0: dernier jour et passation");
        assertThat(email.body()).contains("\nBien cordialement,\nCamille Martin");
    }

    @Test
    void subjectIsAlwaysOneLine() {
        Plan plan = TestPlans.sample().withWriteUp(new WriteUp(List.of(), "Line one\nline two", "", ""));

        assertThat(DOCUMENTS.email(plan, Language.EN).subject()).isEqualTo("Line one line two");
    }

    @Test
    void signOffBlockLeavesOutMissingContactDetails() {
        Plan plan = TestPlans.sample().withFreelancer(new Freelancer("Camille Martin", "", "", "", ""));

        String body = DOCUMENTS.email(plan, Language.EN).body();

        assertThat(body).endsWith("Kind regards,\nCamille Martin\n");
    }

    @Test
    void onlyOutstandingPaymentsAndRemainingWorkAreListed() {
        String body = DOCUMENTS.email(TestPlans.sample(), Language.EN).body();

        assertThat(body)
                .contains("INV-2024-118: €1,450.00, due 22 February 2026 (overdue)")
                .contains("Total due: €3,750.00.")
                .doesNotContain("INV-2024-107");
    }

    @Test
    void emailTextToTextStartsWithTheSubjectLineAndABlankLine() {
        assertThat(new Email("Hello", "Body\n").toText()).isEqualTo("Subject: Hello\n\nBody\n");
    }
}
