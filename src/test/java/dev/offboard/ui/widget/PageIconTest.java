package dev.offboard.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

@RequiresDisplay
class PageIconTest {

    @Test
    void aPageRendersAtTheScreensDensityAndTheWindowsScale() {
        // An A4 page is 595 points wide: 793 pixels at 96 dpi on a 100 % screen.
        assertThat(Math.round(595 * PageIcon.renderScale(1.0, 1f))).isEqualTo(793);
        assertThat(Math.round(595 * PageIcon.renderScale(2.0, 1f))).as("200 % screen").isEqualTo(1587);
        assertThat(Math.round(595 * PageIcon.renderScale(1.0, 1.5f))).as("window scaled by FlatLaf")
                .isEqualTo(1190);
        assertThat(PageIcon.deviceScale(new java.awt.Canvas())).as("not on a screen yet").isEqualTo(1.0);
    }

    @Test
    void onADoubleDensityScreenTheImageHasTwiceThePixelsForTheSameSize() {
        BufferedImage image = new BufferedImage(1586, 2246, BufferedImage.TYPE_INT_RGB);
        PageIcon page = new PageIcon(image, 2.0);
        assertThat(page.getIconWidth()).isEqualTo(793);
        assertThat(page.getIconHeight()).isEqualTo(1123);
    }

    @Test
    void itDrawsTheWholeImageIntoItsOwnSize() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D source = image.createGraphics();
        source.setColor(Color.RED);
        source.fillRect(0, 0, 40, 20);
        source.dispose();
        BufferedImage screen = new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screen.createGraphics();
        new PageIcon(image, 2.0).paintIcon(null, g, 5, 5);
        g.dispose();
        assertThat(new Color(screen.getRGB(6, 6))).isEqualTo(Color.RED);
        assertThat(new Color(screen.getRGB(24, 14))).isEqualTo(Color.RED);
        assertThat(new Color(screen.getRGB(26, 6))).as("right of its 20 pixels").isEqualTo(Color.BLACK);
        assertThat(new Color(screen.getRGB(6, 16))).as("below its 10 pixels").isEqualTo(Color.BLACK);
    }

    @Test
    void aFittedPageTakesTheWidthAndKeepsItsProportions() {
        BufferedImage image = new BufferedImage(1586, 2246, BufferedImage.TYPE_INT_RGB);
        PageIcon page = new PageIcon(image, 2.0).fitted(420);
        assertThat(page.getIconWidth()).isEqualTo(420);
        assertThat(page.getIconHeight()).isEqualTo(595);
        assertThat(page.imageWidth()).as("the same image, drawn smaller").isEqualTo(1586);
        // An A4 page (595.28 points) 420 pixels wide on a 200 % screen: 840 device pixels.
        assertThat(Math.round(595.28f * PageIcon.fitScale(420, 595.28f, 2.0))).isEqualTo(840);
    }
}
