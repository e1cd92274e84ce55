package dev.offboard.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Values derived from a plan, computed on demand and never stored in the plan file. */
public final class PlanFacts {

    private PlanFacts() {
    }

    /**
     * The last working day, once the notice says enough to compute it, skipping the public
     * holidays of {@link #holidayRegions}.
     */
    public static Optional<LocalDate> lastWorkingDay(Plan plan) {
        return plan.notice().lastWorkingDay(holidayRegions(plan));
    }

    /**
     * The regions whose public holidays are not working days for this plan: the client's
     * country and the freelancer's, as ISO 3166 codes (a subdivision may follow, "CA-QC").
     * Empty when neither is known. The one place that reads countries from the plan.
     */
    public static Set<String> holidayRegions(Plan plan) {
        Set<String> regions = new LinkedHashSet<>();
        addRegion(regions, plan.client().country());
        addRegion(regions, plan.freelancer().country());
        return Collections.unmodifiableSet(regions);
    }

    private static void addRegion(Set<String> regions, String code) {
        if (code != null && !code.isBlank()) {
            regions.add(code.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * The letter's date: the one chosen in the write-up, else the day notice is given, else
     * {@code today} (the day the letter is made).
     */
    public static LocalDate letterDate(Plan plan, LocalDate today) {
        if (plan.writeUp().letterDate() != null) {
            return plan.writeUp().letterDate();
        }
        return plan.notice().givenOn() != null ? plan.notice().givenOn() : today;
    }

    /**
     * What the client still owes, per currency, in currency-code order. Payments marked
     * paid, and payments without an amount or a currency, are not counted.
     */
    public static Map<Currency, BigDecimal> outstandingTotals(List<Payment> payments) {
        Map<Currency, BigDecimal> totals = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        for (Payment payment : payments) {
            if (payment.isOutstanding() && payment.amount() != null && payment.currency() != null) {
                totals.merge(payment.currency(), payment.amount(), BigDecimal::add);
            }
        }
        return Collections.unmodifiableMap(totals);
    }

    public static Map<Currency, BigDecimal> outstandingTotals(Plan plan) {
        return outstandingTotals(plan.payments());
    }

    /** Payments still owed, in plan order. */
    public static List<Payment> outstandingPayments(Plan plan) {
        return plan.payments().stream().filter(Payment::isOutstanding).toList();
    }

    /** Deliverables not yet delivered, earliest due first (undated ones last, in plan order). */
    public static List<Deliverable> remainingDeliverables(Plan plan) {
        return byDueDate(plan.deliverables()).stream().filter(d -> d.status() != Deliverable.Status.DELIVERED)
                .toList();
    }

    /** Deliverables already delivered, earliest due first (undated ones last, in plan order). */
    public static List<Deliverable> deliveredDeliverables(Plan plan) {
        return byDueDate(plan.deliverables()).stream().filter(d -> d.status() == Deliverable.Status.DELIVERED)
                .toList();
    }

    /** The deliverables earliest due first; undated ones after, in plan order (the sort is stable). */
    public static List<Deliverable> byDueDate(List<Deliverable> deliverables) {
        return deliverables.stream().sorted(Comparator.comparing(Deliverable::dueDate,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
}
