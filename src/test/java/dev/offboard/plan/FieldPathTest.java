package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldPathTest {

    @Test
    void pathsAreCheckedAgainstThePlansRecords() {
        assertThat(FieldPath.of("client.email").section()).isEqualTo("client");
        assertThat(FieldPath.of("payments").row(2).field("amount").value()).isEqualTo("payments[2].amount");
        assertThat(FieldPath.of("options.referrals[0].name").base()).isEqualTo("options.referrals");
        assertThat(FieldPath.of("writeUp.otherConditions[3]").rowIndex()).isEqualTo(3);

        assertThatThrownBy(() -> FieldPath.of("client.mail")).hasMessageContaining("client.mail");
        assertThatThrownBy(() -> FieldPath.of("client[0]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPath.of("payments").field("total")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FieldPath.exists("notice.milestoneDate")).isTrue();
        assertThat(FieldPath.exists("writeUp.problems")).isFalse();
    }

    @Test
    void everyTextPathOfAFullPlanIsAFieldPath() {
        for (PlanText.Entry entry : PlanText.entries(SamplePlan.create(LocalDate.of(2026, 11, 26)))) {
            assertThat(FieldPath.exists(entry.path())).as(entry.path()).isTrue();
        }
    }
}
