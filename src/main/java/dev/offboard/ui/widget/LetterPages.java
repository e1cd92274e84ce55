package dev.offboard.ui.widget;

import com.formdev.flatlaf.util.UIScale;
import javax.swing.BorderFactory;
import net.miginfocom.swing.MigLayout;

/**
 * The letter preview's pages, one under the other, as wide as the scroll pane they are in:
 * the pages are fitted to that width, so the letter never needs sideways scrolling.
 */
public final class LetterPages extends ScrollablePage {

    public LetterPages() {
        super(new MigLayout("insets 0, wrap 1, gapy 12, alignx center", "[center]", ""));
        int margin = UIScale.scale(8);
        setBorder(BorderFactory.createEmptyBorder(margin, margin, margin, margin));
    }
}
