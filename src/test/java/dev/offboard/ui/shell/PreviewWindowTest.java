package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.ui.core.Step;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The write-up's previews fill the room they are given, in the real window. */
@RequiresDisplay
class PreviewWindowTest {

    /** The window's size when no size was kept from an earlier run. */
    private static final Dimension DEFAULT_SIZE = new Dimension(1180, 820);

    private WindowDriver driver;

    @AfterEach
    void close() throws Exception {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void theEmailPreviewFillsItsAreaTheFirstTimeTheWriteUpIsReached() {
        driver = WindowDriver.openSample(Step.THANK, DEFAULT_SIZE);
        driver.edt(() -> {
            driver.main.goNext();
            return null;
        });
        JTextArea email = (JTextArea) driver.window.textBox("writeUp.emailPreview").target();
        JTabbedPane tabs = (JTabbedPane) driver.window.tabbedPane("writeUp.previewTabs").target();
        driver.waitFor("the email shown", () -> driver.edt(() -> !email.getText().isEmpty() && email.isShowing()));
        driver.robot.waitForIdle();
        int first = driver.edt(() -> visibleHeight(email));
        int roomLeft = driver.edt(() -> roomUnder(tabs));

        driver.edt(() -> {
            tabs.setSelectedIndex(1);
            return null;
        });
        driver.waitFor("the letter drawn", () -> driver.edt(() -> firstPage() != null));
        driver.edt(() -> {
            tabs.setSelectedIndex(0);
            return null;
        });
        driver.robot.waitForIdle();
        int afterSwitch = driver.edt(() -> visibleHeight(email));

        assertThat(roomLeft).as("room left under the preview tabs on first show").isLessThanOrEqualTo(24);
        assertThat(first).as("the email's visible height on first show, against %d after switching tabs", afterSwitch)
                .isGreaterThanOrEqualTo(afterSwitch - 2).isGreaterThan(400);
    }

    @Test
    void theLetterFitsItsPreviewsWidthAtTheDefaultSize() {
        letterFits(DEFAULT_SIZE);
    }

    @Test
    void theLetterFitsItsPreviewsWidthAt1024By700() {
        letterFits(new Dimension(1024, 700));
    }

    private void letterFits(Dimension size) {
        driver = WindowDriver.openSample(Step.WRITE_UP, size);
        JTabbedPane tabs = (JTabbedPane) driver.window.tabbedPane("writeUp.previewTabs").target();
        driver.edt(() -> {
            tabs.setSelectedIndex(1);
            return null;
        });
        driver.waitFor("the letter drawn", () -> driver.edt(() -> firstPage() != null));
        driver.robot.waitForIdle();
        driver.robot.waitForIdle();
        JLabel page = driver.edt(this::firstPage);
        JScrollPane scroll = driver.edt(() -> (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, page));
        Rectangle inView = driver.edt(() -> SwingUtilities.convertRectangle(page.getParent(), page.getBounds(),
                scroll.getViewport()));
        int viewportWidth = driver.edt(() -> scroll.getViewport().getWidth());
        assertThat(inView.x).as("the page's left edge in the viewport at %s", size).isGreaterThanOrEqualTo(0);
        assertThat(inView.x + inView.width).as("the page's right edge in a viewport %d wide at %s", viewportWidth, size)
                .isLessThanOrEqualTo(viewportWidth);
        assertThat(inView.width).as("the page fills the width at %s", size).isGreaterThan(viewportWidth * 9 / 10);
        assertThat(page.getIcon().getIconHeight() * 10 / page.getIcon().getIconWidth())
                .as("the page keeps its proportions").isBetween(12, 14);
        assertThat(driver.edt(() -> scroll.getHorizontalScrollBar().isShowing())).as("no sideways scrolling").isFalse();
    }

    /** The letter's first page, once drawn. */
    private JLabel firstPage() {
        Container pages = (Container) driver.robot.finder().findByName("writeUp.letterPages", false);
        return pages.getComponentCount() > 0 && pages.getComponent(0) instanceof JLabel page && page.getIcon() != null
                ? page : null;
    }

    private static int visibleHeight(JTextArea email) {
        return ((JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, email)).getViewport().getHeight();
    }

    /** Pixels between the bottom of the tabs and the bottom of the panel they are in. */
    private static int roomUnder(JTabbedPane tabs) {
        return tabs.getParent().getHeight() - (tabs.getY() + tabs.getHeight());
    }
}
