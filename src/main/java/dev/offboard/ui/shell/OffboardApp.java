package dev.offboard.ui.shell;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanLocks;
import dev.offboard.plan.RecoveryStore;
import dev.offboard.render.Documents;
import dev.offboard.render.TemplateSource;
import dev.offboard.ui.core.Failures;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.SwingTaskRunner;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/** Starts the desktop app: system properties, the look and feel, then the window on the event thread. */
public final class OffboardApp {

    /** Autosave and the recovery offer start after the first paint, or after this at the latest. */
    static final int AFTER_SHOWN_AT_THE_LATEST_MS = 3000;

    private static boolean defaultsRegistered;

    private OffboardApp() {
    }

    /** Opens the wizard with an empty plan; see {@link #launch(String[])}. */
    public static Optional<String> launch() {
        return launch(new String[0]);
    }

    /**
     * Opens the wizard; a single argument naming a plan file opens that plan.
     *
     * @return why the window cannot open here (no display), or empty once it is on its way
     */
    public static Optional<String> launch(String[] args) {
        System.setProperty("apple.laf.useScreenMenuBar", "true");
        System.setProperty("apple.awt.application.name", "Offboard");
        System.setProperty("apple.awt.application.appearance", "system");
        System.setProperty("flatlaf.menuBarEmbedded", "false");
        Optional<String> noDisplay = displayProblem();
        if (noDisplay.isPresent()) {
            return noDisplay;
        }
        SystemTheme.detectInBackground();
        Path logFolder = Failures.logFolder();
        java.util.Optional<Path> logFile = startLog(logFolder);
        // Read while the event thread sets FlatLaf up.
        RobotoFonts.preload();
        SwingUtilities.invokeLater(() -> {
            PlanHolder holder = new PlanHolder(Plan.empty());
            holder.scanOffTheEventThread(guardScanner(), SwingUtilities::invokeLater);
            AppSettings settings = AppSettings.user();
            AppController controller = new AppController(holder, settings,
                    new SwingTaskRunner(new Messages(settings.locale())), OffboardApp::documents, new SwingFileDialogs(holder::file), DesktopBridge.system(),
                    LocalDate::now);
            controller.usePlanLocks(new PlanLocks(recoveryFolder().resolveSibling("locks")));
            MainWindow window = open(controller);
            new UncaughtFailures(controller::messages, window::problem, logFile).install();
            if (logFile.isEmpty()) {
                window.problem(controller.messages().text("error.noLog", logFolder));
            }
            // The plan the app was started to open, by argument or by the system's open-file event.
            Path[] opening = {args.length == 1 ? Path.of(args[0]) : null};
            if (opening[0] != null) {
                controller.open(opening[0]);
            }
            OpenFileEvents.listen(path -> {
                opening[0] = path;
                controller.open(path);
            });
            FirstPaint.exitIfAsked(window.frame());
            // Neither is needed to show the window, so neither delays it; the timer starts them
            // anyway should the window not be painted soon (started minimised, say).
            Runnable afterShown = once(() -> {
                startRecovery(controller, window, recoveryFolder(), () -> Optional.ofNullable(opening[0]));
                warmUp(controller, window);
            });
            Timer fallback = new Timer(AFTER_SHOWN_AT_THE_LATEST_MS, e -> afterShown.run());
            fallback.setRepeats(false);
            fallback.start();
            FirstPaint.then(window.frame(), () -> {
                fallback.stop();
                afterShown.run();
            });
            window.frame().setVisible(true);
        });
        return Optional.empty();
    }

    /**
     * Why the window cannot open here, if it cannot: no graphical display (none set, or one
     * that cannot be reached). Empty when it can.
     */
    static Optional<String> displayProblem() {
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.of("the window needs a graphical display, and there is none here.");
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
            return Optional.empty();
        } catch (AWTError | HeadlessException | LinkageError e) {
            String reason = String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ").replaceAll("\\.$", "");
            return Optional.of("the window cannot reach the display (" + reason + ").");
        }
    }

    /**
     * Starts the log file in the user's data folder; the app runs on without it if the folder
     * cannot be written, and says so on the error stream.
     */
    /**
     * Starts the log in {@code folder}; empty when it cannot be written there, so that no
     * message ever names a log that does not exist. The window says so once it is open.
     */
    static java.util.Optional<Path> startLog(Path folder) {
        try {
            return java.util.Optional.of(Failures.startLog(folder));
        } catch (java.io.IOException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }

    /** Runs {@code action} the first time it is called, and never again. Event thread only. */
    private static Runnable once(Runnable action) {
        boolean[] done = new boolean[1];
        return () -> {
            if (!done[0]) {
                done[0] = true;
                action.run();
            }
        };
    }

    /** {@code -Doffboard.recoveryDir=DIR} moves the recovery folder (tests use a temporary one). */
    static Path recoveryFolder() {
        String configured = System.getProperty("offboard.recoveryDir");
        return configured != null ? Path.of(configured) : RecoveryStore.defaultFolder();
    }

    /**
     * Autosaves unsaved work while the window is open and offers, once it is shown, work a
     * previous session left behind: started to open a plan ({@code opening}), only that plan's
     * work is asked about at once, and other plans' work is kept and offered in the banner and
     * the File menu. Call on the event thread.
     */
    static Autosave startRecovery(AppController controller, MainWindow window, Path folder,
            java.util.function.Supplier<Optional<Path>> opening) {
        RecoveryStore store = new RecoveryStore(folder);
        Autosave autosave = new Autosave(controller.holder(), store, controller.tasks(), Instant::now,
                Autosave.configuredSeconds(), e -> window.problem(controller.messages().text("recovery.failed",
                        Failures.describe(e))));
        window.frame().addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                autosave.stop();
            }
        });
        autosave.onWritten(window::autosaved);
        autosave.start();
        Recovery recovery = new Recovery(controller.holder(), store, controller.tasks(), autosave);
        recovery.offer(opening, window::askRecovery, kept -> window.keepForLater(recovery, kept),
                e -> window.problem(controller.messages().text("recovery.failed", Failures.describe(e))));
        return autosave;
    }

    /**
     * Once the window is painted, loads the templates and fonts and makes a sample letter in the
     * background, so that the first preview or export does not wait for them.
     */
    private static void warmUp(AppController controller, MainWindow window) {
        controller.tasks().run(() -> {
            controller.documents().warmUp();
            return controller.documents().templateWarnings();
        }, warnings -> warnings.forEach(window::problem), failure -> {
            // Nothing to show yet: the preview and the export report the same failure when they render.
        });
    }

    /** One daemon thread for the guards' scans of long texts, so they never hold the event thread. */
    private static java.util.concurrent.Executor guardScanner() {
        return java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "offboard-guards");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The renderer, with the user's own templates where the templates folder has them
     * (docs/templates.md); a broken one is reported once the window is up.
     */
    static Documents documents() {
        return new Documents(TemplateSource.userOverrides(TemplateSource.userTemplatesDirectory()));
    }

    /** Installs the theme and builds the window (not yet shown). Call on the event thread. */
    public static MainWindow open(AppController controller) {
        applyTheme(controller.settings().theme());
        return new MainWindow(controller, () -> switchTheme(controller.settings().theme()));
    }

    /** Installs the look and feel for {@code theme}, with Offboard's defaults on top. */
    public static void applyTheme(AppSettings.Theme theme) {
        if (!defaultsRegistered) {
            RobotoFonts.register();
            FlatLaf.setPreferredFontFamily(FlatRobotoFont.FAMILY);
            FlatLaf.registerCustomDefaultsSource("dev.offboard.ui.themes");
            defaultsRegistered = true;
        }
        if (SystemTheme.isDark(theme, SystemTheme::prefersDark)) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Applies a theme chosen in the menu; "follow the system" asks the system again, off the event thread. */
    private static void switchTheme(AppSettings.Theme theme) {
        if (theme == AppSettings.Theme.SYSTEM) {
            SystemTheme.detectInBackground();
            java.util.concurrent.CompletableFuture.runAsync(SystemTheme::prefersDark)
                    .thenRun(() -> SwingUtilities.invokeLater(() -> updateTheme(theme)));
        } else {
            updateTheme(theme);
        }
    }

    private static void updateTheme(AppSettings.Theme theme) {
        applyTheme(theme);
        FlatLaf.updateUI();
    }
}
