package dev.offboard.ui.widget;

import com.formdev.flatlaf.extras.FlatSVGIcon;

/** The app's SVG icons, sharp at any scale. */
public final class Icons {

    private Icons() {
    }

    public static FlatSVGIcon get(String name) {
        return new FlatSVGIcon("dev/offboard/ui/icons/" + name + ".svg", 16, 16);
    }

    public static FlatSVGIcon get(String name, int size) {
        return new FlatSVGIcon("dev/offboard/ui/icons/" + name + ".svg", size, size);
    }

    /** The app's own icon at the sizes window managers and task bars ask for. */
    static java.util.List<java.awt.Image> appImages() {
        return com.formdev.flatlaf.extras.FlatSVGUtils.createWindowIconImages("/dev/offboard/ui/icons/offboard.svg");
    }

    /** Shows the app's icon on {@code frame} and, where the system has one, in its task bar or dock. */
    public static void applyAppIcon(javax.swing.JFrame frame) {
        java.util.List<java.awt.Image> images = appImages();
        frame.setIconImages(images);
        if (java.awt.Taskbar.isTaskbarSupported()
                && java.awt.Taskbar.getTaskbar().isSupported(java.awt.Taskbar.Feature.ICON_IMAGE)) {
            java.awt.Taskbar.getTaskbar().setIconImage(images.get(images.size() - 1));
        }
    }
}
