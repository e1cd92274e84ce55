package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Plan;
import dev.offboard.render.Documents;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.testing.CurrentThreadTaskRunner;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.prefs.Preferences;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window comes back where it was, on the step it showed, and never off every screen. */
@RequiresDisplay
class WindowPlaceWindowTest {

    private final Preferences node = Preferences.userRoot().node("dev/offboard/place-test-" + ProcessHandle.current().pid());
    private final AppSettings settings = new AppSettings(node);

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void sizePlaceAndStepAreRememberedFromOneRunToTheNext() {
        MainWindow first = open();
        GuiActionRunner.execute(() -> {
            first.frame().setBounds(60, 50, 1100, 760);
            first.showStep(Step.OPTIONS);
            first.frame().dispatchEvent(new java.awt.event.WindowEvent(first.frame(),
                    java.awt.event.WindowEvent.WINDOW_CLOSING));
        });
        assertThat(GuiActionRunner.execute(() -> first.frame().isDisplayable())).isFalse();

        MainWindow second = open();
        try {
            assertThat(GuiActionRunner.execute(() -> second.frame().getBounds()))
                    .isEqualTo(new Rectangle(60, 50, 1100, 760));
            assertThat(GuiActionRunner.execute(second::currentStep)).isEqualTo(Step.OPTIONS);
            assertThat(GuiActionRunner.execute(() -> second.frame().getIconImages())).as("the window's icon")
                    .isNotEmpty().allMatch(image -> image.getWidth(null) > 0);
        } finally {
            GuiActionRunner.execute(() -> second.frame().dispose());
        }
    }

    @Test
    void aPlaceNoScreenShowsAnyMoreOpensCentredOnTheScreen() {
        settings.setWindowBounds(new Rectangle(6000, 4000, 1100, 760));
        settings.setLastStep("NO_SUCH_STEP");

        MainWindow window = open();
        try {
            Rectangle bounds = GuiActionRunner.execute(() -> window.frame().getBounds());
            Rectangle screen = GuiActionRunner.execute(() -> GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getMaximumWindowBounds());
            assertThat(screen.contains(bounds.getLocation())).as("%s on %s", bounds, screen).isTrue();
            assertThat(GuiActionRunner.execute(window::currentStep)).isEqualTo(Step.ASSESS);
        } finally {
            GuiActionRunner.execute(() -> window.frame().dispose());
        }
    }

    private MainWindow open() {
        return GuiActionRunner.execute(() -> OffboardApp.open(new AppController(new PlanHolder(Plan.empty()), settings,
                new CurrentThreadTaskRunner(), Documents::new, null, null, () -> WindowDriver.TODAY)));
    }
}
