package dev.offboard.ui.widget;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.GraphicsConfiguration;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.Icon;

/**
 * A letter page in the preview: at its printed size on screen (at 100 % scaling; larger with the
 * rest of the window when it is scaled up), or fitted to a width ({@link #fitted}), drawn from
 * an image made for the screen's pixel density (twice as many pixels on a 200 % display), so its
 * text is sharp.
 */
public final class PageIcon implements Icon {

    /** Screen pixels per inch at 100 % scaling, the size at which a page shows as if printed. */
    static final float SCREEN_DPI = 96f;

    private final BufferedImage image;
    private final int width;
    private final int height;

    public PageIcon(BufferedImage image, double deviceScale) {
        this(image, (int) Math.round(image.getWidth() / deviceScale), (int) Math.round(image.getHeight() / deviceScale));
    }

    private PageIcon(BufferedImage image, int width, int height) {
        this.image = image;
        this.width = width;
        this.height = height;
    }

    /** The same page shown {@code width} pixels wide, its height in proportion. */
    public PageIcon fitted(int width) {
        int fit = Math.max(1, width);
        return new PageIcon(image, fit, (int) Math.round((double) fit * image.getHeight() / image.getWidth()));
    }

    /**
     * The render scale for a page shown on {@code component}'s screen: PDF points (1/72 inch)
     * to device pixels, grown with the rest of the window when FlatLaf scales it up.
     */
    public static float renderScale(Component component) {
        return renderScale(deviceScale(component), UIScale.getUserScaleFactor());
    }

    /** Points to device pixels for a screen of {@code deviceScale} and a window grown by {@code userScale}. */
    public static float renderScale(double deviceScale, float userScale) {
        return (float) (SCREEN_DPI / 72f * deviceScale * userScale);
    }

    /**
     * The render scale that makes a page {@code pointsWide} PDF points wide exactly
     * {@code width} Swing pixels wide on a screen of {@code deviceScale}.
     */
    public static float fitScale(int width, float pointsWide, double deviceScale) {
        return (float) (width * deviceScale / pointsWide);
    }

    /** How many device pixels a Swing pixel is on {@code component}'s screen (1 unless HiDPI). */
    public static double deviceScale(Component component) {
        GraphicsConfiguration configuration = component.getGraphicsConfiguration();
        double scale = configuration == null ? 1 : configuration.getDefaultTransform().getScaleX();
        return scale > 0 ? scale : 1;
    }

    BufferedImage image() {
        return image;
    }

    /** The image's width in pixels, to tell whether it was drawn for about the width it is shown at. */
    public int imageWidth() {
        return image.getWidth();
    }

    @Override
    public int getIconWidth() {
        return width;
    }

    @Override
    public int getIconHeight() {
        return height;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(image, x, y, getIconWidth(), getIconHeight(), null);
        } finally {
            g2.dispose();
        }
    }
}
