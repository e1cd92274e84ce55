package dev.offboard.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run in a fresh JVM by {@link PublicHolidaysTest}: several threads ask for different
 * countries' holidays at the same moment, as {@code render} does (one loads a table in the
 * background while the plan check asks for another). Prints "ok" or the first failure.
 */
public final class HolidayRace {

    private HolidayRace() {
    }

    public static void main(String[] args) throws Exception {
        List<String> regions = List.of("GB", "FR", "US", "CA-QC", "DE", "BE", "CH", "IE");
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = regions.stream().map(region -> new Thread(() -> {
            try {
                start.await();
                PublicHolidays.isHoliday(LocalDate.of(2026, 12, 25), Set.of(region));
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        })).toList();
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println(failure.get() == null ? "ok" : "failed: " + failure.get());
    }
}
