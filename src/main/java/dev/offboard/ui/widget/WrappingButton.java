package dev.offboard.ui.widget;

import java.awt.Dimension;
import javax.swing.JButton;

/** A link-like button whose HTML text wraps to the width it is given, as {@link WrappingLabel} does. */
public final class WrappingButton extends JButton {

    public WrappingButton(String html) {
        super(html);
    }

    @Override
    public Dimension getPreferredSize() {
        return WrappingLabel.wrapped(this, super.getPreferredSize(), getIcon(), getIconTextGap());
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(com.formdev.flatlaf.util.UIScale.scale(40), super.getMinimumSize().height);
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        int old = getWidth();
        super.setBounds(x, y, width, height);
        WrappingLabel.relayoutWhenResized(this, old);
    }
}
