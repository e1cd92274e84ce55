package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFactsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CAD = Currency.getInstance("CAD");

    @Test
    void outstandingTotalsAreKeptPerCurrencyAndSkipPaidPayments() {
        List<Payment> payments = List.of(
                new Payment("A", new BigDecimal("1450.10"), EUR, null, Payment.Status.OVERDUE),
                new Payment("B", new BigDecimal("0.20"), EUR, null, Payment.Status.OUTSTANDING),
                new Payment("C", new BigDecimal("300"), USD, null, Payment.Status.OUTSTANDING),
                new Payment("D", new BigDecimal("999"), EUR, null, Payment.Status.PAID),
                new Payment("E", new BigDecimal("75.5"), CAD, null, Payment.Status.OUTSTANDING));

        assertThat(PlanFacts.outstandingTotals(payments)).containsExactly(
                entry(CAD, new BigDecimal("75.5")),
                entry(EUR, new BigDecimal("1450.30")),
                entry(USD, new BigDecimal("300")));
    }

    @Test
    void decimalAmountsAddWithoutBinaryRounding() {
        List<Payment> payments = List.of(
                new Payment("A", new BigDecimal("0.10"), EUR, null, null),
                new Payment("B", new BigDecimal("0.20"), EUR, null, null));

        assertThat(PlanFacts.outstandingTotals(payments).get(EUR)).isEqualByComparingTo("0.30");
    }

    @Test
    void paymentsWithoutAmountOrCurrencyAreLeftOutOfTotals() {
        List<Payment> payments = List.of(
                new Payment("A", null, EUR, null, null),
                new Payment("B", new BigDecimal("10"), null, null, null));

        assertThat(PlanFacts.outstandingTotals(payments)).isEmpty();
    }

    @Test
    void lastWorkingDayOfAMilestoneIsItsDate() {
        Notice notice = new Notice(LocalDate.of(2026, 3, 2), Notice.NoticeKind.MILESTONE, 0, null, null,
                "Spring launch", LocalDate.of(2026, 4, 10));

        assertThat(PlanFacts.lastWorkingDay(Plan.empty().withNotice(notice))).contains(LocalDate.of(2026, 4, 10));
    }

    @Test
    void lastWorkingDayIsUnknownUntilNoticeIsGiven() {
        assertThat(PlanFacts.lastWorkingDay(Plan.empty())).isEmpty();
    }

    @Test
    void remainingDeliverablesLeaveOutDeliveredWork() {
        Plan plan = Plan.empty().withDeliverables(List.of(
                new Deliverable("Done", "", null, Deliverable.Status.DELIVERED),
                new Deliverable("Open", "", null, Deliverable.Status.IN_PROGRESS)));

        assertThat(PlanFacts.remainingDeliverables(plan)).extracting(Deliverable::name).containsExactly("Open");
    }
}
