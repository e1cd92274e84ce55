package dev.offboard.ui.shell;

import dev.offboard.ui.core.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;

/**
 * Says when the work was last saved or autosaved ("Saved 14:02", "Autosaved a moment ago"),
 * so the user can trust that nothing is lost. Plain Java, with the clock passed in.
 */
final class SaveIndicator {

    private final Supplier<Instant> clock;
    private final ZoneId zone;
    private Instant saved;
    private Instant autosaved;

    SaveIndicator(Supplier<Instant> clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The plan was written to its file just now. */
    void saved() {
        saved = clock.get();
        autosaved = null;
    }

    /** A recovery copy of the unsaved work was written at {@code when}. */
    void autosaved(Instant when) {
        autosaved = when;
    }

    /** Another plan was opened or started: nothing saved of it yet. */
    void reset() {
        saved = null;
        autosaved = null;
    }

    /** The line to show, or empty when there is nothing to say (a new plan not yet edited). */
    String text(boolean modified, Messages messages) {
        if (!modified) {
            return saved == null ? "" : messages.text("saved.at", time(saved, messages));
        }
        if (autosaved == null) {
            return messages.text("saved.notYet");
        }
        Duration age = Duration.between(autosaved, clock.get());
        if (age.toMinutes() < 1) {
            return messages.text("autosaved.justNow");
        }
        if (age.toMinutes() < 60) {
            return messages.text("autosaved.minutesAgo", age.toMinutes());
        }
        return messages.text("autosaved.at", time(autosaved, messages));
    }

    private String time(Instant when, Messages messages) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(when.atZone(zone));
    }
}
