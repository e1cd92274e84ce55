package dev.offboard.ui.widget;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BorderLayout;
import java.awt.Container;
import java.awt.Dimension;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * A page in two parts: side by side in a split pane when the page is wide enough, the second
 * under the first when it is not. Side by side, the first part scrolls on its own and the
 * second fills the height, so a preview stays in view beside the fields that change it.
 */
public final class SideBySide extends ScrollablePage {

    private final JComponent first;
    private final JComponent second;
    private final int minWidth;
    private final int stackedHeight;
    private final JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT);
    private final JScrollPane firstScroll = new JScrollPane();
    private Boolean sideBySide;

    /**
     * @param minWidth the narrowest page, in unscaled pixels, that shows both parts side by side
     * @param stackedHeight the second part's height, in unscaled pixels, under the first
     */
    public SideBySide(String name, JComponent first, JComponent second, int minWidth, int stackedHeight) {
        super(new BorderLayout());
        this.first = first;
        this.second = second;
        this.minWidth = minWidth;
        this.stackedHeight = stackedHeight;
        setName(name);
        split.setName(name + ".split");
        split.setResizeWeight(0.5);
        split.setContinuousLayout(true);
        split.setBorder(null);
        firstScroll.setBorder(null);
        firstScroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        firstScroll.getVerticalScrollBar().setUnitIncrement(24);
        // Equal preferred widths: the divider starts in the middle and the halves grow alike.
        firstScroll.setPreferredSize(new Dimension(UIScale.scale(420), UIScale.scale(300)));
        firstScroll.setMinimumSize(new Dimension(UIScale.scale(360), 0));
        second.setPreferredSize(new Dimension(UIScale.scale(420), UIScale.scale(stackedHeight)));
        second.setMinimumSize(new Dimension(UIScale.scale(320), 0));
        arrange(false);
    }

    boolean isSideBySide() {
        return Boolean.TRUE.equals(sideBySide);
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        boolean wide = width >= UIScale.scale(minWidth);
        if (sideBySide == null || wide != sideBySide) {
            SwingUtilities.invokeLater(() -> arrange(wide));
        }
    }

    private void arrange(boolean wide) {
        if (sideBySide != null && sideBySide == wide) {
            return;
        }
        sideBySide = wide;
        removeAll();
        if (wide) {
            // The fields' side starts wide enough for its widest row, the preview takes the rest.
            int fields = first.getPreferredSize().width + firstScroll.getVerticalScrollBar().getPreferredSize().width;
            firstScroll.setPreferredSize(new Dimension(Math.max(UIScale.scale(420), fields), UIScale.scale(300)));
            firstScroll.setViewportView(first);
            split.setLeftComponent(firstScroll);
            split.setRightComponent(second);
            add(split, BorderLayout.CENTER);
        } else {
            JPanel stack = new JPanel(new MigLayout("insets 0, wrap 1, fillx, gap 0", "[grow,fill]", ""));
            stack.setOpaque(false);
            stack.add(first);
            stack.add(second, "h " + stackedHeight + "lp!");
            add(stack, BorderLayout.CENTER);
        }
        Container parent = getParent();
        (parent instanceof JComponent c ? c : this).revalidate();
        repaint();
    }

    /** Side by side, the page is as tall as the window and each part scrolls inside it. */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        return isSideBySide();
    }
}
