package dev.offboard.ui.widget;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.util.UIScale;
import java.awt.Dimension;
import java.awt.Graphics;
import javax.swing.Icon;
import javax.swing.JCheckBox;
import javax.swing.UIManager;

/**
 * A check box whose label wraps to the width it is given, like a paragraph, instead of widening
 * its page (a long French label did). It stays a plain {@link JCheckBox} for the keyboard and
 * for assistive technology: it takes the focus, its mnemonic works (and is underlined while the
 * look and feel shows mnemonics, as on any other button), its accessible name is the plain
 * label, and its tooltip is its own.
 */
public final class WrappingCheckBox extends JCheckBox {

    /** The label as given, without markup; null only while the superclass is being constructed. */
    private String plain = "";
    /** Where the mnemonic is in {@link #plain}; -1 for none. */
    private int mnemonicIndex = -1;
    /** Whether the HTML now shown underlines the mnemonic. */
    private boolean underlined;
    /** Set while Swing itself moves the displayed mnemonic, which it counts in the HTML, not the label. */
    private boolean internal;

    public WrappingCheckBox() {
        setVerticalTextPosition(TOP);
    }

    public WrappingCheckBox(String text, boolean selected) {
        this();
        setText(text);
        setSelected(selected);
    }

    @Override
    public void setText(String text) {
        plain = text == null ? "" : text;
        if (mnemonicIndex >= plain.length()) {
            mnemonicIndex = -1;
        }
        showLabel(false);
        getAccessibleContext().setAccessibleName(plain.isEmpty() ? null : plain);
    }

    /** The label as given, without the markup that makes it wrap. */
    public String label() {
        return plain;
    }

    @Override
    public void setMnemonic(int mnemonic) {
        internal = true;
        try {
            super.setMnemonic(mnemonic);
        } finally {
            internal = false;
        }
        if (mnemonicIndex < 0 && mnemonic != 0 && plain != null) {
            mnemonicIndex = firstIndexOf(plain, mnemonic);
        }
    }

    /** Where the key {@code mnemonic} types a character of {@code text}, ignoring case; -1 if nowhere. */
    private static int firstIndexOf(String text, int mnemonic) {
        for (int i = 0; i < text.length(); i++) {
            if (java.awt.event.KeyEvent.getExtendedKeyCodeForChar(text.charAt(i)) == mnemonic) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index is counted in the plain label (as {@link Form#mnemonic} gives it). Swing's
     * own index, counted in the HTML, is kept too: it tells the look and feel this button has
     * a mnemonic to show when Alt is pressed.
     */
    @Override
    public void setDisplayedMnemonicIndex(int index) {
        super.setDisplayedMnemonicIndex(Math.min(index, getText() == null ? -1 : getText().length() - 1));
        if (!internal && plain != null) {
            mnemonicIndex = index < plain.length() ? index : -1;
            showLabel(underlined);
        }
    }

    private void showLabel(boolean underline) {
        if (plain == null) {
            return;
        }
        underlined = underline && mnemonicIndex >= 0;
        String html = underlined
                ? Html.escape(plain.substring(0, mnemonicIndex)) + "<u>"
                        + Html.escape(plain.substring(mnemonicIndex, mnemonicIndex + 1)) + "</u>"
                        + Html.escape(plain.substring(mnemonicIndex + 1))
                : Html.escape(plain);
        internal = true;
        try {
            super.setText(plain.isEmpty() ? "" : "<html>" + html + "</html>");
        } finally {
            internal = false;
        }
    }

    /** Underlines the mnemonic while the look and feel shows mnemonics (Alt held), as its buttons do. */
    @Override
    protected void paintComponent(Graphics g) {
        boolean show = mnemonicIndex >= 0 && FlatLaf.isShowMnemonics();
        if (show != underlined) {
            showLabel(show);
        }
        super.paintComponent(g);
    }

    @Override
    public Dimension getPreferredSize() {
        Icon box = getIcon() != null ? getIcon() : UIManager.getIcon("CheckBox.icon");
        return WrappingLabel.wrapped(this, super.getPreferredSize(), box, getIconTextGap());
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(UIScale.scale(40), super.getMinimumSize().height);
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        int old = getWidth();
        super.setBounds(x, y, width, height);
        WrappingLabel.relayoutWhenResized(this, old);
    }
}
