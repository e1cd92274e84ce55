package dev.offboard.ui.widget;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Dimension;
import java.awt.Insets;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;

/**
 * A label whose text wraps to the width it is given, like a paragraph, and asks for the
 * height its lines need: a long message never widens its page nor runs off its edge.
 */
public final class WrappingLabel extends JLabel {

    /** Plain text is shown as is, wrapped; text that is already HTML is kept. */
    @Override
    public void setText(String text) {
        boolean plain = text != null && !text.isEmpty() && !BasicHTML.isHTMLString(text);
        super.setText(plain ? "<html>" + Html.escape(text).replace("\n", "<br>") + "</html>" : text);
    }

    @Override
    public Dimension getPreferredSize() {
        return wrapped(this, super.getPreferredSize(), getIcon(), getIconTextGap());
    }

    /**
     * The size of HTML text wrapped to {@code c}'s present width: no wider than that, as high as
     * its lines; before {@code c} has a width, no wider than a short paragraph.
     */
    static Dimension wrapped(JComponent c, Dimension size, Icon icon, int iconGap) {
        View view = (View) c.getClientProperty(BasicHTML.propertyKey);
        int width = c.getWidth();
        if (view == null || width <= 0) {
            return new Dimension(Math.min(size.width, UIScale.scale(320)), size.height);
        }
        Insets insets = c.getInsets();
        int iconWidth = icon == null ? 0 : icon.getIconWidth() + iconGap;
        view.setSize(Math.max(1, width - insets.left - insets.right - iconWidth), 0);
        int height = (int) Math.ceil(view.getPreferredSpan(View.Y_AXIS)) + insets.top + insets.bottom;
        return new Dimension(Math.min(size.width, width), Math.max(height, icon == null ? 0 : icon.getIconHeight()));
    }

    /** After a new width, lays {@code c} out again once this layout is done: it may need more lines. */
    static void relayoutWhenResized(JComponent c, int oldWidth) {
        if (c.getWidth() != oldWidth && c.getClientProperty(BasicHTML.propertyKey) != null) {
            SwingUtilities.invokeLater(c::revalidate);
        }
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(UIScale.scale(40), super.getMinimumSize().height);
    }

    /** A new width may need another number of lines: lay the page out again once this one is done. */
    @Override
    public void setBounds(int x, int y, int width, int height) {
        int old = getWidth();
        super.setBounds(x, y, width, height);
        relayoutWhenResized(this, old);
    }
}
