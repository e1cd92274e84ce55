package dev.offboard.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A payment the client still owes, or one already settled.
 *
 * @param amount the amount, a decimal (never a binary float)
 * @param currency ISO 4217 code such as EUR, USD, CAD
 */
public record Payment(String invoiceRef, BigDecimal amount, Currency currency, LocalDate dueDate, Status status) {

    public Payment {
        invoiceRef = Text.clean(invoiceRef);
        status = status == null ? Status.OUTSTANDING : status;
    }

    /** The amount with its currency, when both are known. */
    public java.util.Optional<Money> money() {
        return amount == null || currency == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Money(amount, currency));
    }

    public boolean isOutstanding() {
        return status != Status.PAID;
    }

    public enum Status { OUTSTANDING, OVERDUE, PAID }

    public Payment withInvoiceRef(String value) {
        return new Payment(value, amount, currency, dueDate, status);
    }

    public Payment withAmount(BigDecimal value) {
        return new Payment(invoiceRef, value, currency, dueDate, status);
    }

    public Payment withCurrency(Currency value) {
        return new Payment(invoiceRef, amount, value, dueDate, status);
    }

    public Payment withDueDate(LocalDate value) {
        return new Payment(invoiceRef, amount, currency, value, status);
    }

    public Payment withStatus(Status value) {
        return new Payment(invoiceRef, amount, currency, dueDate, value);
    }
}
