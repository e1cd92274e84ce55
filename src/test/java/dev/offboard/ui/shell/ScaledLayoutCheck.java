package dev.offboard.ui.shell;

import java.awt.Dimension;
import java.util.List;
import java.util.Locale;

/**
 * Run in a JVM of its own by {@link ScaledLayoutWindowTest}, so that FlatLaf's UI scale, read
 * once per JVM, can be set: opens the window at the size given, in each language, and prints
 * one {@code PROBLEM} line for whatever {@link LayoutWindowTest#problemsOnEveryStep} finds.
 */
final class ScaledLayoutCheck {

    private ScaledLayoutCheck() {
    }

    /** {@code WIDTHxHEIGHT}; prints the scale, the problems, then {@code checked}. */
    public static void main(String[] args) throws Exception {
        String[] size = args[0].split("x");
        Dimension window = new Dimension(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        try {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                try (WindowDriver driver = WindowDriver.open(LayoutWindowTest.planWithLongMessages(), locale,
                        AppSettings.Theme.LIGHT, window, null)) {
                    System.out.println("scale " + com.formdev.flatlaf.util.UIScale.getUserScaleFactor());
                    for (String problem : LayoutWindowTest.problemsOnEveryStep(driver)) {
                        System.out.println("PROBLEM " + locale + " " + problem);
                    }
                }
            }
            System.out.println("checked");
        } catch (Throwable e) {
            System.out.println("PROBLEM the check failed: " + e);
            e.printStackTrace(System.out);
        }
        System.exit(0);
    }
}
