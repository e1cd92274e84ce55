package dev.offboard.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.ui.testing.RequiresDisplay;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@RequiresDisplay
class SwingTaskRunnerTest {

    /** An error of the machine in a task reaches the window as a failure with a sentence to show. */
    @ParameterizedTest
    @ValueSource(strings = {"memory", "stack"})
    void anErrorInATaskArrivesAsAFailureWithAMessage(String kind) throws Exception {
        CompletableFuture<Exception> failure = new CompletableFuture<>();
        new SwingTaskRunner(new Messages(Locale.ENGLISH)).run(() -> {
            throw kind.equals("memory") ? new OutOfMemoryError("Java heap space") : new StackOverflowError();
        }, ok -> failure.complete(null), failure::complete);

        Exception e = failure.get(10, TimeUnit.SECONDS);

        assertThat(e).isInstanceOf(MachineFailure.class);
        assertThat(e.getMessage()).contains("Nothing was overwritten").doesNotContain("java.lang")
                .contains(kind.equals("memory") ? "out of memory" : "nests too deeply");
    }
}
