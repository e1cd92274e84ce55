package dev.offboard.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Payment;
import dev.offboard.plan.Plan;
import dev.offboard.plan.ReturnItem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
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

    @Test
    void amountsShowTheirCurrencysDecimals() {
        payment(model, "INV-1", "1250.5", "EUR", "Outstanding");
        payment(model, "INV-2", "1000", "JPY", "Outstanding");
        payment(model, "INV-3", "1.5", "BHD", "Outstanding");
        payment(model, "INV-4", "12.125", "USD", "Outstanding");

        assertThat(model.payments().text(0, 1)).isEqualTo("1,250.50");
        assertThat(model.payments().text(1, 1)).isEqualTo("1,000");
        assertThat(model.payments().text(2, 1)).isEqualTo("1.500");
        assertThat(model.payments().text(3, 1)).as("never fewer decimals than typed").isEqualTo("12.125");
    }

    @Test
    void theFirstPaymentTakesTheLocalesCurrencyThenTheLastOneUsed() {
        RememberedCurrency memory = new RememberedCurrency();
        OptionsStepModel canadian = new OptionsStepModel(holder, new Messages(Locale.FRENCH), memory,
                Locale.CANADA_FRENCH);

        canadian.payments().add();
        assertThat(holder.plan().payments().get(0).currency()).isEqualTo(Currency.getInstance("CAD"));
        assertThat(canadian.payments().set(0, 2, "usd")).isEmpty();
        assertThat(memory.last).isEqualTo(Currency.getInstance("USD"));

        PlanHolder next = new PlanHolder(Plan.empty());
        new OptionsStepModel(next, new Messages(Locale.FRENCH), memory, Locale.CANADA_FRENCH).payments().add();
        assertThat(next.plan().payments().get(0).currency()).as("the next plan starts in the last currency used")
                .isEqualTo(Currency.getInstance("USD"));

        PlanHolder plain = new PlanHolder(Plan.empty());
        new OptionsStepModel(plain, new Messages(Locale.ENGLISH), new RememberedCurrency(), Locale.ENGLISH)
                .payments().add();
        assertThat(plain.plan().payments().get(0).currency()).as("a locale without a country").isNotNull();
    }

    @Test
    void aCodeRepositoryIsAKindOfItemToReturnInBothLanguages() {
        OptionsStepModel french = new OptionsStepModel(holder, new Messages(Locale.FRENCH));
        int row = french.returnItems().add();

        assertThat(french.returnItems().choices(0)).contains("Dépôt de code");
        assertThat(model.returnItems().choices(0)).contains("Code repository");
        assertThat(french.returnItems().set(row, 0, "Dépôt de code")).isEmpty();
        assertThat(holder.plan().options().itemsToReturn().get(0).kind()).isEqualTo(ReturnItem.Kind.CODE_REPOSITORY);
        assertThat(model.returnItems().text(0, 0)).isEqualTo("Code repository");
    }

    /** Keeps the last currency in memory. */
    private static final class RememberedCurrency implements OptionsStepModel.CurrencyMemory {
        private Currency last;

        @Override
        public java.util.Optional<Currency> lastCurrency() {
            return java.util.Optional.ofNullable(last);
        }

        @Override
        public void setLastCurrency(Currency currency) {
            last = currency;
        }
    }
}
