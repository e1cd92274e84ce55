package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.ui.core.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SaveIndicatorTest {

    private Instant now = Instant.parse("2026-11-26T14:02:00Z");
    private final SaveIndicator indicator = new SaveIndicator(() -> now, ZoneOffset.UTC);
    private final Messages english = new Messages(Locale.ENGLISH);
    private final Messages french = new Messages(Locale.FRENCH);

    @Test
    void aNewPlanSaysNothingAndUnsavedWorkSaysSo() {
        assertThat(indicator.text(false, english)).isEmpty();
        assertThat(indicator.text(true, english)).isEqualTo("Not saved yet");
        assertThat(indicator.text(true, french)).isEqualTo("Pas encore enregistré");
    }

    @Test
    void aSaveShowsItsTime() {
        indicator.saved();

        assertThat(indicator.text(false, english)).startsWith("Saved 2:02").endsWith("PM");
        assertThat(indicator.text(false, french)).isEqualTo("Enregistré à 14:02");
    }

    @Test
    void anAutosaveOfLaterEditsSaysHowLongAgo() {
        indicator.saved();
        indicator.autosaved(now.plusSeconds(20));
        now = now.plusSeconds(30);
        assertThat(indicator.text(true, english)).isEqualTo("Autosaved a moment ago");

        now = now.plus(Duration.ofMinutes(3));
        assertThat(indicator.text(true, english)).isEqualTo("Autosaved 3 minutes ago");
        assertThat(indicator.text(true, french)).isEqualTo("Copie de secours il y a 3 minutes");

        now = now.plus(Duration.ofHours(2));
        assertThat(indicator.text(true, french)).isEqualTo("Copie de secours à 14:02");
    }

    @Test
    void openingAnotherPlanForgetsTheTimes() {
        indicator.saved();
        indicator.reset();

        assertThat(indicator.text(false, english)).isEmpty();
    }
}
