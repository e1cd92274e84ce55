package dev.offboard.ui.step;

import dev.offboard.plan.Options;
import dev.offboard.plan.Payment;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFacts;
import dev.offboard.plan.Referral;
import dev.offboard.plan.ReturnItem;
import dev.offboard.ui.core.Formats;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Parsed;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.widget.Rows;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Step 4: the way forward offered to the client, and the payments still owed. */
public final class OptionsStepModel extends StepModel {

    private final Referrals referrals;
    private final ReturnItems returnItems;
    private final Payments payments;

    /** Remembers the currency last typed in a payment, from one plan to the next. */
    public interface CurrencyMemory {

        Optional<Currency> lastCurrency();

        void setLastCurrency(Currency currency);

        /** Remembers nothing. */
        static CurrencyMemory none() {
            return new CurrencyMemory() {
                @Override
                public Optional<Currency> lastCurrency() {
                    return Optional.empty();
                }

                @Override
                public void setLastCurrency(Currency currency) {
                    // nothing kept
                }
            };
        }
    }

    /** With no memory of earlier plans; new payments start in the system locale's currency. */
    public OptionsStepModel(PlanHolder holder, Messages messages) {
        this(holder, messages, CurrencyMemory.none(), Locale.getDefault(Locale.Category.FORMAT));
    }

    /**
     * @param region the freelancer's own locale, whose country gives the first payment's currency
     */
    public OptionsStepModel(PlanHolder holder, Messages messages, CurrencyMemory currencies, Locale region) {
        super(Step.OPTIONS, holder, messages);
        this.referrals = new Referrals(holder, messages);
        this.returnItems = new ReturnItems(holder, messages);
        this.payments = new Payments(holder, messages, currencies, region);
    }

    public Options options() {
        return plan().options();
    }

    public Referrals referrals() {
        return referrals;
    }

    public ReturnItems returnItems() {
        return returnItems;
    }

    public Payments payments() {
        return payments;
    }

    public void setOfferInterviewHelp(boolean value) {
        holder.update(p -> p.withOptions(p.options().withOfferInterviewHelp(value)));
    }

    public void setInterimToolsText(String text) {
        holder.update(p -> p.withOptions(p.options().withInterimTools(Formats.lines(text))));
    }

    public void setAccessToRevokeText(String text) {
        holder.update(p -> p.withOptions(p.options().withAccessToRevoke(Formats.lines(text))));
    }

    public void setOfferBriefReplacement(boolean value) {
        holder.update(p -> p.withOptions(p.options().withOfferBriefReplacement(value)));
    }

    public void setSupportUntil(java.time.LocalDate value) {
        holder.update(p -> p.withOptions(p.options().withSupportUntil(value)));
    }

    public void setFinalFilesAfterPayment(boolean value) {
        holder.update(p -> p.withOptions(p.options().withFinalFilesAfterPayment(value)));
    }

    /** What is still owed, per currency, e.g. "Still owed: €3,750.00 · $200.00"; or that nothing is. */
    public String totalsText() {
        Map<Currency, BigDecimal> totals = PlanFacts.outstandingTotals(plan());
        if (totals.isEmpty()) {
            return messages.text("options.totals.none");
        }
        Locale locale = messages.locale();
        String amounts = totals.entrySet().stream()
                .map(e -> Formats.money(e.getValue(), e.getKey(), locale))
                .collect(Collectors.joining(" · "));
        return messages.text("options.totals", amounts);
    }

    @Override
    protected boolean hasRequiredAnswers() {
        return true;
    }

    /** Referrals: name, speciality, contact. */
    public static final class Referrals extends Rows<Referral> {

        Referrals(PlanHolder holder, Messages messages) {
            super(holder, messages, "options.referrals",
                    List.of("options.col.referralName", "options.col.speciality", "options.col.contact"));
        }

        @Override
        public String field(int column) {
            return List.of("name", "speciality", "contact").get(column);
        }

        @Override
        protected List<Referral> read(Plan plan) {
            return plan.options().referrals();
        }

        @Override
        protected Plan write(Plan plan, List<Referral> rows) {
            return plan.withOptions(plan.options().withReferrals(rows));
        }

        @Override
        protected Referral blank() {
            return new Referral("", "", "");
        }

        @Override
        protected String text(Referral r, int column) {
            return switch (column) {
                case 0 -> r.name();
                case 1 -> r.speciality();
                default -> r.contact();
            };
        }

        @Override
        protected Parsed<Referral> with(Referral r, int column, String text) {
            return Parsed.of(switch (column) {
                case 0 -> r.withName(text);
                case 1 -> r.withSpeciality(text);
                default -> r.withContact(text);
            });
        }
    }

    /** Items to return: kind, name, how it is handed over (never a credential's value). */
    public static final class ReturnItems extends Rows<ReturnItem> {

        ReturnItems(PlanHolder holder, Messages messages) {
            super(holder, messages, "options.itemsToReturn",
                    List.of("options.col.kind", "options.col.item", "options.col.handover"));
        }

        @Override
        public String field(int column) {
            return List.of("kind", "name", "handover").get(column);
        }

        @Override
        public List<String> choices(int column) {
            return column == 0 ? labels(ReturnItem.Kind.class, "returnItem.kind") : List.of();
        }

        @Override
        protected List<ReturnItem> read(Plan plan) {
            return plan.options().itemsToReturn();
        }

        @Override
        protected Plan write(Plan plan, List<ReturnItem> rows) {
            return plan.withOptions(plan.options().withItemsToReturn(rows));
        }

        @Override
        protected ReturnItem blank() {
            return new ReturnItem(ReturnItem.Kind.FILES, "", "");
        }

        @Override
        protected String text(ReturnItem r, int column) {
            return switch (column) {
                case 0 -> messages.label("returnItem.kind", r.kind());
                case 1 -> r.name();
                default -> r.handover();
            };
        }

        @Override
        protected Parsed<ReturnItem> with(ReturnItem r, int column, String text) {
            return switch (column) {
                case 0 -> choice(ReturnItem.Kind.class, "returnItem.kind", text).map(r::withKind);
                case 1 -> Parsed.of(r.withName(text));
                default -> Parsed.of(r.withHandover(text));
            };
        }
    }

    /** Payments: invoice, amount (per locale), currency code, due date, status. */
    public static final class Payments extends Rows<Payment> {

        /** When neither the plan, the memory nor the locale names a currency. */
        private static final Currency FALLBACK = Currency.getInstance("EUR");
        private final CurrencyMemory currencies;
        private final Locale region;

        Payments(PlanHolder holder, Messages messages, CurrencyMemory currencies, Locale region) {
            super(holder, messages, "payments", List.of("options.col.invoice", "options.col.amount",
                    "options.col.currency", "options.col.due", "options.col.status"));
            this.currencies = currencies;
            this.region = region;
        }

        /**
         * The currency of a new payment: the plan's last one, else the one last typed in any
         * plan, else the freelancer's locale's.
         */
        public Currency defaultCurrency() {
            List<Payment> existing = plan().payments();
            for (int i = existing.size() - 1; i >= 0; i--) {
                if (existing.get(i).currency() != null) {
                    return existing.get(i).currency();
                }
            }
            return currencies.lastCurrency().or(() -> Formats.currencyOf(region)).orElse(FALLBACK);
        }

        @Override
        public String field(int column) {
            return List.of("invoiceRef", "amount", "currency", "dueDate", "status").get(column);
        }

        @Override
        public List<String> choices(int column) {
            return column == 4 ? labels(Payment.Status.class, "payment.status") : List.of();
        }

        @Override
        public boolean isNumeric(int column) {
            return column == 1;
        }

        @Override
        protected List<Payment> read(Plan plan) {
            return plan.payments();
        }

        @Override
        protected Plan write(Plan plan, List<Payment> rows) {
            return plan.withPayments(rows);
        }

        @Override
        protected Payment blank() {
            return new Payment("", null, defaultCurrency(), null, Payment.Status.OUTSTANDING);
        }

        @Override
        protected String text(Payment p, int column) {
            return switch (column) {
                case 0 -> p.invoiceRef();
                case 1 -> p.amount() == null ? "" : Formats.amount(p.amount(), p.currency(), messages.locale());
                case 2 -> p.currency() == null ? "" : p.currency().getCurrencyCode();
                case 3 -> Formats.date(p.dueDate(), messages.locale());
                default -> messages.label("payment.status", p.status());
            };
        }

        @Override
        protected Parsed<Payment> with(Payment p, int column, String text) {
            return switch (column) {
                case 0 -> Parsed.of(p.withInvoiceRef(text));
                case 1 -> amount(text).map(p::withAmount);
                case 2 -> currency(text).map(p::withCurrency);
                case 3 -> date(text).map(p::withDueDate);
                default -> choice(Payment.Status.class, "payment.status", text).map(p::withStatus);
            };
        }

        private Parsed<BigDecimal> amount(String text) {
            if (text.isEmpty()) {
                return Parsed.of(null);
            }
            BigDecimal amount;
            try {
                amount = Formats.parseDecimal(text, messages.locale());
            } catch (IllegalArgumentException e) {
                return invalid("options.amount.invalid", text);
            }
            return amount.signum() < 0 ? invalid("options.amount.negative") : Parsed.of(amount);
        }

        private Parsed<Currency> currency(String text) {
            if (text.isEmpty()) {
                return Parsed.of(null);
            }
            try {
                Currency currency = Currency.getInstance(text.toUpperCase(Locale.ROOT));
                currencies.setLastCurrency(currency);
                return Parsed.of(currency);
            } catch (IllegalArgumentException e) {
                return invalid("options.currency.invalid", text);
            }
        }
    }
}
