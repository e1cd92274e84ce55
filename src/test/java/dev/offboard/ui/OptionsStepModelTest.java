package dev.offboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Payment;
import dev.offboard.plan.Plan;
import dev.offboard.plan.ReturnItem;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OptionsStepModelTest {

    private final PlanHolder holder = new PlanHolder(Plan.empty());
    private final OptionsStepModel model = new OptionsStepModel(holder, new Messages(Locale.ENGLISH));

    private void payment(OptionsStepModel m, String invoice, String amount, String currency, String status) {
        OptionsStepModel.Payments rows = m.payments();
        int row = rows.add();
        assertThat(rows.set(row, 0, invoice)).isEmpty();
        assertThat(rows.set(row, 1, amount)).isEmpty();
        assertThat(rows.set(row, 2, currency)).isEmpty();
        assertThat(rows.set(row, 4, status)).isEmpty();
    }

    @Test
    void totalsAreShownPerCurrencyLeavingPaidOnesOut() {
        assertThat(model.totalsText()).isEqualTo("Nothing outstanding");

        payment(model, "INV-1", "1,450.00", "eur", "Overdue");
        payment(model, "INV-2", "2300", "EUR", "Outstanding");
        payment(model, "INV-3", "200.5", "USD", "Outstanding");
        payment(model, "INV-4", "900", "EUR", "Paid");

        assertThat(model.totalsText()).isEqualTo("€3,750.00 · $200.50");
        assertThat(holder.plan().payments().get(0).amount()).isEqualByComparingTo("1450.00");
        assertThat(holder.plan().payments().get(0).currency()).isEqualTo(Currency.getInstance("EUR"));
    }

    @Test
    void amountsAreReadAndShownInTheFrenchWay() {
        OptionsStepModel french = new OptionsStepModel(holder, new Messages(Locale.FRENCH));

        payment(french, "F-1", "1 450,50", "EUR", "À payer");

        assertThat(holder.plan().payments().get(0).amount()).isEqualByComparingTo("1450.50");
        assertThat(french.payments().text(0, 1)).isEqualTo("1\u202f450,50");
        assertThat(french.totalsText()).isEqualTo("1\u202f450,50\u00a0€");
    }

    @Test
    void badAmountsAndCurrenciesAreRefusedWithAMessage() {
        OptionsStepModel.Payments rows = model.payments();
        int row = rows.add();

        assertThat(rows.set(row, 1, "twelve")).hasValueSatisfying(m -> assertThat(m).contains("not an amount"));
        assertThat(rows.set(row, 1, "-5")).hasValueSatisfying(m -> assertThat(m).contains("negative"));
        assertThat(rows.set(row, 2, "EURO")).hasValueSatisfying(m -> assertThat(m).contains("currency code"));
        assertThat(holder.plan().payments().get(0).amount()).isNull();
    }

    @Test
    void missingAmountIsAnErrorOnItsRow() {
        model.payments().add();

        assertThat(model.isComplete()).isFalse();
        assertThat(model.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("payments[0].amount");
            assertThat(p.rowIndex()).isZero();
            assertThat(p.baseField()).isEqualTo("payments");
        });
    }

    @Test
    void newPaymentTakesThePreviousCurrency() {
        payment(model, "INV-1", "10", "GBP", "Outstanding");

        model.payments().add();

        assertThat(holder.plan().payments().get(1).currency()).isEqualTo(Currency.getInstance("GBP"));
        assertThat(holder.plan().payments().get(1).status()).isEqualTo(Payment.Status.OUTSTANDING);
    }

    @Test
    void itemsToReturnAndChecksAreWrittenToThePlan() {
        OptionsStepModel.ReturnItems items = model.returnItems();
        int row = items.add();
        items.set(row, 0, "Login");
        items.set(row, 1, "Web host");
        items.set(row, 2, "Password manager share");
        model.setOfferInterviewHelp(true);
        model.setFinalFilesAfterPayment(true);
        model.setInterimToolsText("Canva\n\n  Trello  ");

        assertThat(holder.plan().options().itemsToReturn().get(0).kind()).isEqualTo(ReturnItem.Kind.CREDENTIAL);
        assertThat(holder.plan().options().offerInterviewHelp()).isTrue();
        assertThat(holder.plan().options().finalFilesAfterPayment()).isTrue();
        assertThat(holder.plan().options().interimTools()).containsExactly("Canva", "Trello");
    }
}
