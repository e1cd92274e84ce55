package dev.offboard.bench;

import dev.offboard.plan.SecretGuard;
import dev.offboard.plan.SecretGuardBenchmarkInputs;
import dev.offboard.plan.ToneGuard;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The secret and tone guards on one field of about 20,000 characters built to make a
 * backtracking pattern slow, one family per pattern (see {@code SecretGuardBenchmarkInputs}).
 * The target, in docs/performance.md: at most 50 ms per field, so that a plan of 150 such
 * fields is checked in seconds, not minutes. Average time per field.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GuardBenchmark {

    @Param({"label", "label-quote", "url", "private-key", "token", "long-word", "card", "tone"})
    public String family;

    private String text;

    @Setup
    public void setUp() {
        text = SecretGuardBenchmarkInputs.adversarial(family);
    }

    @Benchmark
    public List<SecretGuard.Finding> secretGuard() {
        return SecretGuard.scan(text);
    }

    @Benchmark
    public List<ToneGuard.Finding> toneGuard() {
        return ToneGuard.scan(text);
    }
}
