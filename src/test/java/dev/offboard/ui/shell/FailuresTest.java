package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.ui.core.Failures;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.testing.CurrentThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures are shown in words and logged without what the user typed. */
class FailuresTest {

    @TempDir
    Path folder;

    @AfterEach
    void closeLog() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof java.util.logging.FileHandler) {
                root.removeHandler(handler);
                handler.close();
            }
        }
    }

    @Test
    void aFailureWithoutAMessageIsDescribedByItsKindNeverAsNull() {
        assertThat(Failures.describe(new NullPointerException())).isEqualTo("NullPointerException");
        assertThat(Failures.describe(new RuntimeException(new java.io.IOException("Disk full"))))
                .isEqualTo("java.io.IOException: Disk full");
        assertThat(Failures.describe(new IllegalStateException(null, new java.nio.file.AccessDeniedException("x"))))
                .isEqualTo("x");
    }

    @Test
    void theLogFileKeepsWhereAFailureHappenedButNotWhatTheUserTyped() throws Exception {
        Path file = Failures.startLog(folder);

        Failures.log("Saving failed", new IllegalArgumentException("not a number: my-secret-client-name",
                new java.io.IOException("another private words")));
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }

        String log = Files.readString(file);
        assertThat(log).contains("Saving failed", "java.lang.IllegalArgumentException", "java.io.IOException",
                "FailuresTest");
        assertThat(log).doesNotContain("my-secret-client-name", "another private words");
    }

    @Test
    void anUncaughtFailureReachesTheBannerWithTheLogFile() throws Exception {
        List<String> banner = new ArrayList<>();
        Path log = Files.writeString(folder.resolve("offboard-0.log"), "");
        UncaughtFailures handler = new UncaughtFailures(new Messages(Locale.ENGLISH), banner::add,
                java.util.Optional.of(log), Runnable::run);

        handler.uncaughtException(Thread.currentThread(), new NullPointerException());

        assertThat(banner).singleElement().asString().contains("Something went wrong (NullPointerException)",
                "offboard-0.log").doesNotContain("null");
    }

    @Test
    void whenTheLogCannotBeStartedTheBannerNamesNoLog() throws Exception {
        // A folder that cannot be made: its parent is a file.
        Path blocked = Files.writeString(folder.resolve("not-a-folder"), "").resolve("logs");
        java.util.Optional<Path> log = OffboardApp.startLog(blocked);
        List<String> banner = new ArrayList<>();
        UncaughtFailures handler = new UncaughtFailures(new Messages(Locale.FRENCH), banner::add, log, Runnable::run);

        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("boom"));

        assertThat(log).isEmpty();
        assertThat(banner).singleElement().asString().contains("boom", "aucun journal")
                .doesNotContain("not-a-folder", ".log");
    }

    @Test
    void theBannerSpeaksTheLanguageTheWindowHasNowNotTheOneItStartedIn() {
        List<String> banner = new ArrayList<>();
        Messages[] current = {new Messages(Locale.ENGLISH)};
        UncaughtFailures handler = new UncaughtFailures(() -> current[0], banner::add, java.util.Optional.empty(),
                Runnable::run);

        current[0] = new Messages(Locale.FRENCH);
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("boom"));

        assertThat(banner).singleElement().asString().contains("aucun journal").doesNotContain("went wrong");
    }

    @Test
    void aLogFileRemovedSinceIsNotNamed() {
        List<String> banner = new ArrayList<>();
        UncaughtFailures handler = new UncaughtFailures(new Messages(Locale.ENGLISH), banner::add,
                java.util.Optional.of(folder.resolve("gone").resolve("offboard-0.log")), Runnable::run);

        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("boom"));

        assertThat(banner).singleElement().asString().contains("no log file could be written")
                .doesNotContain("offboard-0.log");
    }

    @Test
    void aFailureWhileShowingATasksResultIsShownAsAFailure() {
        List<Exception> failures = new ArrayList<>();

        new CurrentThreadTaskRunner().run(() -> "done", result -> {
            throw new IllegalStateException("a bug in the view");
        }, failures::add);

        assertThat(failures).singleElement().extracting(Exception::getMessage).isEqualTo("a bug in the view");
    }
}
