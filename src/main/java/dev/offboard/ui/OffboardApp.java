package dev.offboard.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import dev.offboard.plan.Plan;
import dev.offboard.render.Documents;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.swing.SwingUtilities;

/** Starts the desktop app: system properties, the look and feel, then the window on the event thread. */
public final class OffboardApp {

    private static boolean defaultsRegistered;

    private OffboardApp() {
    }

    /** Opens the wizard with an empty plan. */
    public static void launch() {
        launch(new String[0]);
    }

    /** Opens the wizard; a single argument naming a plan file opens that plan. */
    public static void launch(String[] args) {
        System.setProperty("apple.laf.useScreenMenuBar", "true");
        System.setProperty("apple.awt.application.name", "Offboard");
        System.setProperty("apple.awt.application.appearance", "system");
        System.setProperty("flatlaf.menuBarEmbedded", "false");
        SwingUtilities.invokeLater(() -> {
            AppController controller = new AppController(new PlanHolder(Plan.empty()), AppSettings.user(),
                    new SwingTaskRunner(), Documents::new, new SwingFileDialogs(), DesktopBridge.system(),
                    LocalDate::now);
            MainWindow window = open(controller);
            if (args.length == 1) {
                controller.open(Path.of(args[0]));
            }
            FirstPaint.exitIfAsked(window.frame());
            FirstPaint.then(window.frame(), () -> warmUp(controller));
            window.frame().setVisible(true);
        });
    }

    /**
     * Once the window is painted, loads the templates and fonts and makes a sample letter in the
     * background, so that the first preview or export does not wait for them.
     */
    private static void warmUp(AppController controller) {
        controller.tasks().run(() -> {
            controller.documents().warmUp();
            return null;
        }, done -> { }, failure -> {
            // Nothing to show yet: the preview and the export report the same failure when they render.
        });
    }

    /** Installs the theme and builds the window (not yet shown). Call on the event thread. */
    public static MainWindow open(AppController controller) {
        applyTheme(controller.settings().theme());
        return new MainWindow(controller, () -> switchTheme(controller.settings().theme()));
    }

    /** Installs the look and feel for {@code theme}, with Offboard's defaults on top. */
    public static void applyTheme(AppSettings.Theme theme) {
        if (!defaultsRegistered) {
            FlatRobotoFont.install();
            FlatLaf.setPreferredFontFamily(FlatRobotoFont.FAMILY);
            FlatLaf.registerCustomDefaultsSource("dev.offboard.ui.themes");
            defaultsRegistered = true;
        }
        if (theme == AppSettings.Theme.DARK) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    private static void switchTheme(AppSettings.Theme theme) {
        applyTheme(theme);
        FlatLaf.updateUI();
    }
}
