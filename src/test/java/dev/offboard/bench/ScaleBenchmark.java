package dev.offboard.bench;

import dev.offboard.plan.Plan;
import dev.offboard.render.Documents;
import dev.offboard.render.RenderException;
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
 * The letter for a plan with {@code rows} deliverables and as many payments, warm, in a
 * JVM held to 256 MiB of heap (the scale target's memory budget).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ScaleBenchmark {

    @Param({"10", "100", "1000"})
    public int rows;

    private Documents documents;
    private Plan plan;

    @Setup
    public void setUp() {
        documents = new Documents();
        plan = BenchPlans.withRows(rows);
    }

    @Benchmark
    public byte[] letterPdf() throws RenderException {
        return documents.letterPdf(plan, plan.client().language(), BenchPlans.TODAY);
    }
}
