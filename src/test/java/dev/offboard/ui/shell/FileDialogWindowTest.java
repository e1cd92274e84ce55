package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.ui.core.Messages;
import dev.offboard.ui.testing.RequiresDisplay;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Save dialog as the window opens it on Linux: FlatLaf's Swing dialog (never the GTK one,
 * which can hang), in the window's language, opening in the plan's folder.
 */
@RequiresDisplay
class FileDialogWindowTest {

    @TempDir
    Path folder;

    private final Robot robot = BasicRobot.robotWithNewAwtHierarchy();
    /** The dialog's parent, made after the robot so the robot sees the dialog it owns. */
    private javax.swing.JFrame window;

    @AfterEach
    void cleanUp() throws Exception {
        // Whatever happened, no dialog is left open in front of the next test.
        SwingUtilities.invokeAndWait(() -> {
            for (java.awt.Window open : java.awt.Window.getWindows()) {
                if (open instanceof javax.swing.JDialog dialog && dialog.isShowing()) {
                    dialog.dispose();
                }
            }
            if (window != null) {
                window.dispose();
            }
        });
        robot.cleanUp();
    }

    @Test
    void saveOpensInThePlansFolderInTheWindowsLanguageAndCancelChoosesNothing() throws Exception {
        Path plan = folder.resolve("northwind.offboard");
        SwingFileDialogs dialogs = new SwingFileDialogs(() -> Optional.of(plan));
        AtomicReference<Optional<Path>> chosen = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            window = new javax.swing.JFrame("Offboard");
            window.setSize(400, 300);
            window.setVisible(true);
        });
        SwingUtilities.invokeLater(() -> chosen.set(dialogs.chooseSave(window, new Messages(Locale.FRENCH), "lettre.pdf",
                "pdf")));

        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(20_000).using(robot);
        JFileChooser target = chooser.target();
        assertThat(target.getCurrentDirectory().toPath().toRealPath()).isEqualTo(folder.toRealPath());
        assertThat(target.getFileFilter().getDescription()).isEqualTo("Documents PDF (*.pdf)");
        assertThat(javax.swing.UIManager.getString("FileChooser.cancelButtonText", target.getLocale()))
                .isEqualTo("Annuler");
        assertThat(target.getDialogTitle()).isEqualTo("Enregistrer");

        // The dialog's own buttons are in French too.
        javax.swing.JButton cancel = robot.finder().find(target,
                org.assertj.swing.core.matcher.JButtonMatcher.withText("Annuler"));
        // Pressed through itself: a robot's click can miss a dialog with no window manager to place it.
        SwingUtilities.invokeLater(cancel::doClick);
        WindowDriver.pause("the dialog closed", () -> chosen.get() != null, () -> String.valueOf(chosen.get()),
                org.assertj.swing.timing.Timeout.timeout(10_000));
        assertThat(chosen.get()).isEmpty();
    }
}
