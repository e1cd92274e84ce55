package dev.offboard.plan;

import java.nio.file.Path;

/**
 * Run in its own JVM by {@link PlanLocksTest}: holds the lock of a plan, as a window that has
 * it open does, says {@code locked}, then waits to be killed.
 *
 * <p>Arguments: the locks folder, the plan file.
 */
public final class HoldPlanLock {

    private HoldPlanLock() {
    }

    public static void main(String[] args) throws Exception {
        PlanLocks.Held held = new PlanLocks(Path.of(args[0])).tryLock(Path.of(args[1])).orElseThrow();
        System.out.println("locked " + held);
        System.out.flush();
        Thread.sleep(300_000);
    }
}
