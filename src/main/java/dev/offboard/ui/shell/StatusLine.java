package dev.offboard.ui.shell;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.extras.FlatSVGIcon;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.widget.Form;
import dev.offboard.ui.widget.Icons;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;

/**
 * The line at the foot of the window: what just happened (a tick only for what was done, a
 * warning sign for what was not), Open PDF after an export, and when the work was last saved
 * or autosaved.
 */
final class StatusLine {

    private final JLabel status = new JLabel(" ");
    private final JButton openExported = new JButton();
    private final JLabel saveState = new JLabel();
    private final SaveIndicator saveIndicator = new SaveIndicator(Instant::now, ZoneId.systemDefault());
    private final Timer fade = new Timer(6000, e -> clear());
    /** Refreshes "Autosaved 3 minutes ago" as time passes. */
    private final Timer clock;
    private Path exported;

    /** @param openExported opens the file just exported */
    StatusLine(java.util.function.Consumer<Path> openExported, Runnable refreshSaveState) {
        fade.setRepeats(false);
        clock = new Timer(30_000, e -> refreshSaveState.run());
        status.setName("status");
        this.openExported.setName("status.openExported");
        this.openExported.addActionListener(e -> openExported.accept(exported));
        this.openExported.setVisible(false);
        saveState.setName("status.saveState");
        saveState.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
    }

    /** Adds the line's parts to the window's bottom bar (a MigLayout row). */
    void addTo(JPanel bar) {
        bar.add(status, "growx");
        bar.add(openExported);
        bar.add(saveState, "gapright para");
        clock.start();
    }

    void translate(Messages messages) {
        Form.mnemonic(openExported, messages.text("status.openPdf"));
        saveState.getAccessibleContext().setAccessibleName(messages.text("saved.accessible"));
    }

    /** Something done as asked: the message with a tick, fading after a few seconds. */
    void done(String message) {
        show(message, "complete");
    }

    /** Something that did not happen as asked, or is worth a look: a warning sign, never a tick. */
    void attention(String message) {
        show(message, "warning");
    }

    /** Something stops the user until fixed, such as an error on the step Next would leave. */
    void blocked(String message) {
        show(message, "error");
    }

    /** A file was written: says so and offers to open it, until the next message. */
    void exported(Path file, String message) {
        exported = file;
        status.setText(message);
        status.setIcon(Icons.get("complete", 14));
        openExported.setVisible(true);
        fade.stop();
    }

    SaveIndicator saveIndicator() {
        return saveIndicator;
    }

    void showSaveState(boolean modified, Messages messages) {
        saveState.setText(saveIndicator.text(modified, messages));
    }

    /** Stops the timers: the window closed. */
    void stop() {
        fade.stop();
        clock.stop();
    }

    String text() {
        return status.getText();
    }

    /** The icon's name: {@code complete}, {@code warning}, or empty when there is none. */
    String icon() {
        return status.getIcon() instanceof FlatSVGIcon icon ? icon.getName().replaceAll(".*/|\\.svg$", "") : "";
    }

    String saveStateText() {
        return saveState.getText();
    }

    private void show(String message, String icon) {
        status.setText(message);
        status.setIcon(Icons.get(icon, 14));
        openExported.setVisible(false);
        fade.restart();
    }

    /** An empty status line: no text, and no icon left alone. */
    private void clear() {
        status.setText(" ");
        status.setIcon(null);
    }
}
