package dev.offboard.bench;

import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Payment;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFacts;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.SamplePlan;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The plans the benchmarks render: the sample, and the sample grown to many rows. Its
 * {@link #main} writes a grown plan to a file, for timing {@code render} on it as a process.
 */
public final class BenchPlans {

    /** A fixed day, so every run renders the same documents. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private BenchPlans() {
    }

    /** {@code BenchPlans ROWS FILE}: writes the sample with ROWS deliverables and ROWS payments to FILE. */
    public static void main(String[] args) throws Exception {
        PlanFile.write(Path.of(args[1]), withRows(Integer.parseInt(args[0])));
    }

    static Plan sample() {
        return SamplePlan.create(TODAY);
    }

    /**
     * The sample with {@code count} deliverables and {@code count} payments, all still open, due
     * from a week ahead up to the last working day (the plan check refuses a deliverable
     * promised after it, and {@code render} with it).
     */
    public static Plan withRows(int count) {
        Plan sample = sample();
        Currency eur = Currency.getInstance("EUR");
        List<Deliverable> deliverables = new ArrayList<>(count);
        List<Payment> payments = new ArrayList<>(count);
        LocalDate lastDay = PlanFacts.lastWorkingDay(sample).orElse(TODAY.plusDays(60));
        long days = Math.max(1, ChronoUnit.DAYS.between(TODAY.plusDays(7), lastDay) + 1);
        for (int i = 1; i <= count; i++) {
            LocalDate due = TODAY.plusDays(7 + i % days);
            deliverables.add(new Deliverable("Deliverable " + i, "Brand assets, batch " + i
                    + ": source files, exports and usage notes.", due,
                    i % 2 == 0 ? Deliverable.Status.IN_PROGRESS : Deliverable.Status.NOT_STARTED));
            payments.add(new Payment("INV-2026-" + String.format("%04d", i), new BigDecimal(100 + i % 900 + ".50"),
                    eur, due, i % 3 == 0 ? Payment.Status.OVERDUE : Payment.Status.OUTSTANDING));
        }
        return sample.withDeliverables(deliverables).withPayments(payments);
    }
}
