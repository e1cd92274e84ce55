package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The theme choice and the reading of each system's answer, with the system's tools faked. */
class SystemThemeTest {

    private final List<String> asked = new ArrayList<>();

    /** Answers each command by its last word (the setting asked for); a missing answer is a failed command. */
    private SystemTheme.Commands answering(Map<String, String> answers) {
        return command -> {
            asked.add(String.join(" ", command));
            return Optional.ofNullable(answers.get(command.get(command.size() - 1)));
        };
    }

    @Test
    void lightAndDarkAreFixedAndFollowingTheSystemAsksIt() {
        int[] asks = new int[1];
        assertThat(SystemTheme.isDark(AppSettings.Theme.LIGHT, () -> ++asks[0] > 0)).isFalse();
        assertThat(SystemTheme.isDark(AppSettings.Theme.DARK, () -> ++asks[0] < 0)).isTrue();
        assertThat(asks[0]).as("a fixed theme never asks the system").isZero();
        assertThat(SystemTheme.isDark(AppSettings.Theme.SYSTEM, () -> true)).isTrue();
        assertThat(SystemTheme.isDark(AppSettings.Theme.SYSTEM, () -> false)).isFalse();
    }

    @Test
    void gnomesColourSchemeComesFirstThenTheGtkThemesName() {
        assertThat(SystemTheme.prefersDark("Linux", answering(Map.of("color-scheme", "'prefer-dark'\n"))))
                .contains(true);
        assertThat(asked).containsExactly("gsettings get org.gnome.desktop.interface color-scheme");

        assertThat(SystemTheme.prefersDark("Linux", answering(Map.of("color-scheme", "'default'\n",
                "gtk-theme", "'Adwaita-dark'\n")))).contains(true);
        assertThat(SystemTheme.prefersDark("Linux", answering(Map.of("color-scheme", "'default'\n",
                "gtk-theme", "'Yaru'\n")))).contains(false);
        assertThat(SystemTheme.prefersDark("Linux", answering(Map.of("color-scheme", "'prefer-light'\n"))))
                .contains(false);
        assertThat(SystemTheme.prefersDark("Linux", answering(Map.of()))).as("no gsettings").isEmpty();
    }

    @Test
    void windowsAppsUseLightThemeZeroMeansDark() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(SystemTheme.prefersDark("Windows 11", answering(Map.of("AppsUseLightTheme", dark)))).contains(true);
        assertThat(asked).singleElement().asString().startsWith("reg query HKCU\\Software\\Microsoft");
        assertThat(SystemTheme.prefersDark("Windows 10", answering(Map.of("AppsUseLightTheme",
                dark.replace("0x0", "0x1"))))).contains(false);
        assertThat(SystemTheme.prefersDark("Windows 10", answering(Map.of()))).isEmpty();
    }

    @Test
    void macOsIsDarkOnlyWhenItsInterfaceStyleSaysSo() {
        assertThat(SystemTheme.prefersDark("Mac OS X", answering(Map.of("AppleInterfaceStyle", "Dark\n"))))
                .contains(true);
        assertThat(asked).containsExactly("defaults read -g AppleInterfaceStyle");
        assertThat(SystemTheme.prefersDark("Mac OS X", answering(Map.of()))).as("the key is unset in light mode")
                .contains(false);
    }

    @Test
    void aMissingOrSlowCommandIsNoAnswer() {
        assertThat(SystemTheme.run(List.of("offboard-no-such-command-here"))).isEmpty();
        long start = System.nanoTime();
        assertThat(SystemTheme.run(List.of("sleep", "30"))).isEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
        assertThat(SystemTheme.run(List.of("echo", "prefer-dark"))).hasValueSatisfying(out ->
                assertThat(out).contains("prefer-dark"));
        assertThat(SystemTheme.run(List.of("false"))).isEmpty();
    }

    @Test
    void aNewUserFollowsTheSystemAndTheChoiceIsRemembered() throws BackingStoreException {
        Preferences node = Preferences.userRoot().node("dev/offboard-test/" + getClass().getSimpleName());
        try {
            AppSettings settings = new AppSettings(node);
            assertThat(settings.theme()).isEqualTo(AppSettings.Theme.SYSTEM);
            settings.setTheme(AppSettings.Theme.DARK);
            assertThat(new AppSettings(node).theme()).isEqualTo(AppSettings.Theme.DARK);
            settings.setTheme(AppSettings.Theme.SYSTEM);
            assertThat(new AppSettings(node).theme()).isEqualTo(AppSettings.Theme.SYSTEM);
        } finally {
            node.removeNode();
        }
    }
}
