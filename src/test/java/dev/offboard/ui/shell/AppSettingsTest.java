package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppSettingsTest {

    private final Preferences node = Preferences.userRoot().node("dev/offboard/settings-test-" + ProcessHandle.current().pid());
    private final AppSettings settings = new AppSettings(node);

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void themeAndLanguageAreRemembered() {
        settings.setTheme(AppSettings.Theme.DARK);
        settings.setLocale(Locale.FRENCH);

        AppSettings again = new AppSettings(node);
        assertThat(again.theme()).isEqualTo(AppSettings.Theme.DARK);
        assertThat(again.locale()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void recentFilesKeepTheLatestFirstWithoutDuplicates() {
        for (int i = 0; i < AppSettings.MAX_RECENT + 2; i++) {
            settings.addRecent(Path.of("/plans/p" + i + ".json"));
        }
        settings.addRecent(Path.of("/plans/p3.json"));

        assertThat(settings.recentFiles()).hasSize(AppSettings.MAX_RECENT)
                .startsWith(Path.of("/plans/p3.json"), Path.of("/plans/p7.json"))
                .doesNotHaveDuplicates();
    }

    @Test
    void theLanguageTakesTheSystemsRegionWhenTheSystemSpeaksIt() {
        assertThat(AppSettings.withSystemRegion(Locale.ENGLISH, Locale.UK)).isEqualTo(Locale.UK);
        assertThat(AppSettings.withSystemRegion(Locale.FRENCH, Locale.CANADA_FRENCH)).isEqualTo(Locale.CANADA_FRENCH);
        assertThat(AppSettings.withSystemRegion(Locale.ENGLISH, Locale.CANADA_FRENCH)).isEqualTo(Locale.ENGLISH);
        assertThat(AppSettings.withSystemRegion(Locale.FRENCH, Locale.FRENCH)).isEqualTo(Locale.FRENCH);
    }
}
