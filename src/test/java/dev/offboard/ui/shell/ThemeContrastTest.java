package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Color;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@RequiresDisplay
/** Warning, error and hint text meet WCAG AA contrast (4.5:1) against the page, in both themes. */
class ThemeContrastTest {

    @ParameterizedTest
    @EnumSource(AppSettings.Theme.class)
    void smallColouredTextIsReadableOnThePage(AppSettings.Theme theme) throws Exception {
        javax.swing.SwingUtilities.invokeAndWait(() -> OffboardApp.applyTheme(theme));
        Color page = UIManager.getColor("Panel.background");

        for (String key : new String[] {"Offboard.hint.foreground", "Offboard.warning.foreground",
                "Offboard.error.foreground", "Label.foreground"}) {
            Color text = UIManager.getColor(key);
            assertThat(text).as("%s in %s", key, theme).isNotNull();
            assertThat(contrast(text, page)).as("%s on the page in %s", key, theme).isGreaterThanOrEqualTo(4.5);
        }
    }

    @ParameterizedTest
    @EnumSource(AppSettings.Theme.class)
    void theSelectedStepInTheSidebarIsReadable(AppSettings.Theme theme) throws Exception {
        javax.swing.SwingUtilities.invokeAndWait(() -> OffboardApp.applyTheme(theme));

        assertThat(contrast(UIManager.getColor("Offboard.sidebar.selection.foreground"),
                UIManager.getColor("Offboard.sidebar.selection.background")))
                .as("the selected step's name on its background in %s", theme).isGreaterThanOrEqualTo(4.5);
    }

    @AfterAll
    static void backToLight() throws Exception {
        javax.swing.SwingUtilities.invokeAndWait(() -> OffboardApp.applyTheme(AppSettings.Theme.LIGHT));
    }

    /** The WCAG 2 contrast ratio of two colours, from 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
