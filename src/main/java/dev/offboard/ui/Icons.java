package dev.offboard.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;

/** The app's SVG icons, sharp at any scale. */
final class Icons {

    private Icons() {
    }

    static FlatSVGIcon get(String name) {
        return new FlatSVGIcon("dev/offboard/ui/icons/" + name + ".svg", 16, 16);
    }

    static FlatSVGIcon get(String name, int size) {
        return new FlatSVGIcon("dev/offboard/ui/icons/" + name + ".svg", size, size);
    }
}
