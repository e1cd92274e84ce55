package dev.offboard.bench;

import dev.offboard.plan.Plan;
import dev.offboard.render.Documents;
import dev.offboard.render.Email;
import dev.offboard.render.RenderException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sample plan's documents (the email, the letter, the private plan), warm: one shared {@link Documents}, as the app and the
 * command line hold one. Average time per document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RenderBenchmark {

    private Documents documents;
    private Plan plan;

    @Setup
    public void setUp() {
        documents = new Documents();
        plan = BenchPlans.sample();
    }

    @Benchmark
    public Email email() {
        return documents.email(plan, plan.client().language());
    }

    @Benchmark
    public byte[] letterPdf() throws RenderException {
        return documents.letterPdf(plan, plan.client().language(), BenchPlans.TODAY);
    }

    @Benchmark
    public byte[] privatePlanPdf() throws RenderException {
        return documents.privatePlanPdf(plan, plan.client().language(), BenchPlans.TODAY);
    }
}
