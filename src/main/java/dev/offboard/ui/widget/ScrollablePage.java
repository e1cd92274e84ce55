package dev.offboard.ui.widget;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.Scrollable;

/**
 * A page as wide as its scroll pane, so text wraps instead of running off the edge, that
 * scrolls by lines of 24 pixels and by screenfuls less a line.
 */
class ScrollablePage extends JPanel implements Scrollable {

    ScrollablePage(LayoutManager layout) {
        super(layout);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(24, visible.height - 48);
    }

    @Override
    public final boolean getScrollableTracksViewportWidth() {
        return true;
    }

    /** Taller than the window, the page scrolls; a page that lays out its own scrolling says so. */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
