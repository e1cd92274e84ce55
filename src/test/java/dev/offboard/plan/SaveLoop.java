package dev.offboard.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves two different plans to one file, in turn, until killed. {@link SaveKillTest} runs
 * it in its own JVM and kills it at random moments.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    /** Plan A or B, large enough that a save takes a while and a kill often lands inside one. */
    static Plan plan(boolean first) {
        Plan sample = SamplePlan.create(LocalDate.of(2026, 3, 4));
        List<Deliverable> deliverables = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            deliverables.add(new Deliverable((first ? "A" : "B") + " deliverable " + i, "x".repeat(40), null, null));
        }
        return sample.withDeliverables(deliverables);
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Plan a = plan(true);
        Plan b = plan(false);
        PlanFile.write(file, a);
        System.out.println("ready");
        System.out.flush();
        for (long i = 1; ; i++) {
            PlanFile.write(file, i % 2 == 0 ? a : b);
        }
    }
}
