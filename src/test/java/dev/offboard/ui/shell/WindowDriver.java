package dev.offboard.ui.shell;

import dev.offboard.plan.Plan;
import dev.offboard.render.Documents;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.core.SwingTaskRunner;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.KeyboardFocusManager;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * The real wizard window for one test: opened on a plan in a language, theme and size,
 * with settings in a throwaway preferences node, file choosers answered by the test and no
 * desktop. Waits for conditions, never for a fixed time.
 */
final class WindowDriver implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    final Robot robot;
    final FrameFixture window;
    final MainWindow main;
    final AppSettings settings;
    private final Preferences node;

    private WindowDriver(Preferences node, AppSettings settings, Robot robot, MainWindow main, Dimension size) {
        this.node = node;
        this.settings = settings;
        this.robot = robot;
        this.main = main;
        this.window = new FrameFixture(robot, main.frame());
        window.show(size);
        window.moveToFront();
    }

    /** The sample plan in an English, light window of {@code size}, showing {@code step}. */
    static WindowDriver openSample(Step step, Dimension size) {
        WindowDriver driver = open(dev.offboard.plan.SamplePlan.create(TODAY), Locale.ENGLISH, AppSettings.Theme.LIGHT,
                size, null);
        driver.showStep(step);
        return driver;
    }

    /** Opens a window on {@code plan}; {@code answer} is what every file chooser returns. */
    static WindowDriver open(Plan plan, Locale locale, AppSettings.Theme theme, Dimension size, Path answer) {
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> chooseOpen(Component parent, Messages messages) {
                return Optional.ofNullable(answer);
            }

            @Override
            public Optional<Path> chooseSave(Component parent, Messages messages, String suggested, String ext) {
                return Optional.ofNullable(answer);
            }
        };
        return openWith(plan, locale, theme, size, dialogs);
    }

    /** Opens a window on {@code plan} whose file choosers are {@code dialogs}. */
    static WindowDriver openWith(Plan plan, Locale locale, AppSettings.Theme theme, Dimension size, FileDialogs dialogs) {
        Preferences node = Preferences.userRoot().node("dev/offboard/driver-test-" + ProcessHandle.current().pid());
        try {
            node.clear();
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException(e);
        }
        AppSettings settings = new AppSettings(node);
        settings.setLocale(locale);
        settings.setTheme(theme);
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        robot.settings().eventPostingDelay(50);
        DesktopBridge desktop = new Screenshots.NoDesktop();
        try {
            MainWindow main = GuiActionRunner.execute(() -> OffboardApp.open(new AppController(new PlanHolder(plan),
                    settings, new SwingTaskRunner(), Documents::new, dialogs, desktop, () -> TODAY)));
            return new WindowDriver(node, settings, robot, main, size);
        } catch (RuntimeException | Error e) {
            // The robot holds the screen lock: without this, every later window test waits for it forever.
            robot.cleanUp();
            throw e;
        }
    }

    /** Runs {@code task} on the event thread and returns its result. */
    <T> T edt(Callable<T> task) {
        return GuiActionRunner.execute(task);
    }

    Plan plan() {
        return edt(() -> main.controller().holder().plan());
    }

    Component focused() {
        return edt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    void showStep(Step step) {
        edt(() -> {
            main.showStep(step);
            return null;
        });
        robot.waitForIdle();
    }

    /** Selects one cell of a table and gives the table the focus. */
    void selectCell(JTable table, int row, int column) {
        waitFor("cell " + row + "," + column + " of " + table.getName() + " selected", () -> edt(() -> {
            if (!table.isFocusOwner()) {
                table.requestFocusInWindow();
            }
            table.changeSelection(row, column, false, false);
            return table.isFocusOwner();
        }), () -> String.valueOf(focused()));
        robot.waitForIdle();
    }

    /**
     * Types {@code text} into a field with the keyboard. Under Xvfb a keystroke is now and then
     * lost; the field is then selected (Ctrl+A) and typed again, at most three times.
     */
    void type(String field, String text) {
        type(field, text, false);
    }

    /** As {@link #type}, but what the field held is replaced: selected (Ctrl+A) before each attempt. */
    void replace(String field, String text) {
        type(field, text, true);
    }

    private void type(String field, String text, boolean replace) {
        javax.swing.text.JTextComponent target = (javax.swing.text.JTextComponent) window.textBox(field).target();
        for (int attempt = 1; ; attempt++) {
            waitFor(field + " focused", () -> {
                if (focused() != target) {
                    edt(() -> target.requestFocusInWindow());
                    robot.waitForIdle();
                }
                return focused() == target;
            }, () -> String.valueOf(focused()));
            if (replace || attempt > 1) {
                chord(java.awt.event.KeyEvent.VK_CONTROL, java.awt.event.KeyEvent.VK_A);
            }
            robot.enterText(text);
            try {
                pause(field + " typed", () -> replace ? edt(target::getText).equals(text)
                        : edt(target::getText).contains(text),
                        () -> target.getText() + " | focus on " + focused(), Timeout.timeout(5_000));
                return;
            } catch (org.assertj.swing.exception.WaitTimedOutError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Clicks the button reading {@code text} in a question and waits for the question to close.
     * On a virtual display with no window manager, Java can only guess where a just-shown
     * dialog's buttons are on the screen, and a robot's click now and then misses them (the
     * question stays open, nothing else happens); the button is then pressed as the keyboard's
     * Space would, through the button itself. What the answer does is tested either way. The
     * failure says what the window shows: its title, status line, banner and open dialogs.
     */
    void answer(org.assertj.swing.fixture.JOptionPaneFixture question, String text) {
        org.assertj.swing.fixture.JButtonFixture button = question.button(
                new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JButton>(javax.swing.JButton.class) {
                    @Override
                    protected boolean isMatching(javax.swing.JButton candidate) {
                        return text.equals(candidate.getText());
                    }
                });
        button.click();
        try {
            pause("question answered with " + text, () -> !question.target().isShowing(), this::whatTheWindowShows,
                    Timeout.timeout(3_000));
        } catch (org.assertj.swing.exception.WaitTimedOutError missed) {
            javax.swing.SwingUtilities.invokeLater(button.target()::doClick);
            pause("question answered with " + text + " after the click missed", () -> !question.target().isShowing(),
                    this::whatTheWindowShows, Timeout.timeout(10_000));
        }
    }

    /** The window's title, status line, banner and open dialogs, for failure messages. */
    String whatTheWindowShows() {
        java.awt.Component banner = robot.finder().findByName(main.frame(), "banner.text", false);
        return "title “" + main.frame().getTitle() + "”, status “" + window.label("status").text() + "”, banner “"
                + (banner.isShowing() ? ((javax.swing.JLabel) banner).getText() : "") + "”, dialogs open: "
                + java.util.Arrays.stream(java.awt.Window.getWindows())
                        .filter(w -> w instanceof java.awt.Dialog && w.isShowing())
                        .map(w -> "“" + ((java.awt.Dialog) w).getTitle() + "”").toList();
    }

    /** Presses keys together, e.g. {@code chord(VK_CONTROL, VK_TAB)}. */
    void chord(int... keys) {
        for (int key : keys) {
            robot.pressKey(key);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.releaseKey(keys[i]);
        }
        robot.waitForIdle();
    }

    void waitFor(String what, Callable<Boolean> check) {
        waitFor(what, check, () -> "");
    }

    /** Waits for {@code check}; on time-out the failure says what {@code actual} reads then. */
    void waitFor(String what, Callable<Boolean> check, Callable<String> actual) {
        pause(what, check, actual, Timeout.timeout(10_000));
    }

    /**
     * Waits up to {@code timeout} for {@code check}, which may throw while the window settles; on
     * time-out the failure says what {@code actual}, read on the event thread, says then.
     */
    static void pause(String what, Callable<Boolean> check, Callable<String> actual, Timeout timeout) {
        Pause.pause(new Condition(what) {
            @Override
            protected String descriptionAddendum() {
                try {
                    return " (now: " + GuiActionRunner.execute(actual) + ")";
                } catch (RuntimeException e) {
                    return " (now: " + e + ")";
                }
            }

            @Override
            public boolean test() {
                try {
                    return Boolean.TRUE.equals(check.call());
                } catch (Exception | AssertionError e) {
                    return false;
                }
            }
        }, timeout);
    }

    @Override
    public void close() throws Exception {
        window.cleanUp();
        node.removeNode();
    }
}
