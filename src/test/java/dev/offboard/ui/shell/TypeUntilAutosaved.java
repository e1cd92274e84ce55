package dev.offboard.ui.shell;

import java.awt.Frame;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

/**
 * Run in its own JVM by {@link RecoveryAfterKillTest}: starts the real app as a user would
 * ({@link OffboardApp#launch()}), types a name with the keyboard, waits until the autosave has
 * written it, says {@code autosaved}, then waits to be killed.
 *
 * <p>Arguments: the recovery folder, the text to type.
 */
public final class TypeUntilAutosaved {

    private TypeUntilAutosaved() {
    }

    public static void main(String[] args) throws Exception {
        Path recovery = Path.of(args[0]);
        String text = args[1];
        System.setProperty("offboard.recoveryDir", recovery.toString());
        System.setProperty("offboard.autosaveSeconds", "1");
        OffboardApp.launch();

        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        Frame frame = robot.finder().find(new GenericTypeMatcher<>(Frame.class, true) {
            @Override
            protected boolean isMatching(Frame candidate) {
                return "offboard.window".equals(candidate.getName());
            }
        });
        FrameFixture window = new FrameFixture(robot, frame);
        window.moveToFront();
        JTextComponent name = (JTextComponent) window.textBox("freelancer.name").target();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!text.equals(GuiActionRunner.execute(() -> name.getText()))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not type into the name field");
            }
            GuiActionRunner.execute(() -> {
                name.setText("");
                name.requestFocusInWindow();
            });
            robot.waitForIdle();
            robot.enterText(text);
            robot.waitForIdle();
        }
        while (!autosaved(recovery, text)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no autosave of the typed text");
            }
            Thread.sleep(100);
        }
        System.out.println("autosaved");
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }

    private static boolean autosaved(Path folder, String text) throws Exception {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "session-*.json")) {
            for (Path file : files) {
                if (Files.readString(file).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
