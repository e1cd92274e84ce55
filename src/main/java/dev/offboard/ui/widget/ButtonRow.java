package dev.offboard.ui.widget;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * Buttons in a row that goes on to a second line, and a third, when the page is narrower
 * than the buttons (a window at 1024 pixels in French, say), instead of reaching past it.
 */
public final class ButtonRow extends JPanel {

    public ButtonRow() {
        super(new FlowLayout(FlowLayout.LEADING, UIScale.scale(6), UIScale.scale(4)));
        setOpaque(false);
    }

    @Override
    public Dimension getPreferredSize() {
        return size(true);
    }

    /** As narrow as its widest button, as high as its rows at the present width. */
    @Override
    public Dimension getMinimumSize() {
        return new Dimension(size(false).width, size(true).height);
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        boolean resized = width != getWidth();
        super.setBounds(x, y, width, height);
        if (resized) {
            SwingUtilities.invokeLater(this::revalidate);
        }
    }

    private Dimension size(boolean preferred) {
        FlowLayout flow = (FlowLayout) getLayout();
        Insets insets = getInsets();
        int room = getWidth() > 0 && preferred ? getWidth() - insets.left - insets.right - flow.getHgap() : 0;
        int width = 0;
        int height = 0;
        int rowWidth = 0;
        int rowHeight = 0;
        for (Component c : getComponents()) {
            if (!c.isVisible()) {
                continue;
            }
            Dimension d = c.getPreferredSize();
            boolean newRow = rowWidth > 0 && (!preferred || (room > 0 && rowWidth + d.width + flow.getHgap() > room));
            if (newRow) {
                width = Math.max(width, rowWidth);
                height += rowHeight + flow.getVgap();
                rowWidth = 0;
                rowHeight = 0;
            }
            rowWidth += d.width + flow.getHgap();
            rowHeight = Math.max(rowHeight, d.height);
        }
        width = Math.max(width, rowWidth) + flow.getHgap();
        height += rowHeight + 2 * flow.getVgap();
        return new Dimension(width + insets.left + insets.right, height + insets.top + insets.bottom);
    }
}
