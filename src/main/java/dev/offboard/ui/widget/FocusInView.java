package dev.offboard.ui.widget;

import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

/**
 * Keeps whatever takes the focus in a window in view: Tab, Shift+Tab, a mnemonic or a "go to
 * this field" link scrolls the page so the whole field (its text box, its table) shows, with
 * a little room around it. Swing itself scrolls only a text field's caret, and only inside the
 * field's own box.
 */
public final class FocusInView implements PropertyChangeListener {

    /** Room kept above and below the focused field, so its caption and message show too. */
    private static final int MARGIN = 28;

    private final JFrame frame;

    private FocusInView(JFrame frame) {
        this.frame = frame;
    }

    /** Watches the focus in {@code frame} until the frame is closed. */
    public static void install(JFrame frame) {
        KeyboardFocusManager manager = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        FocusInView watcher = new FocusInView(frame);
        manager.addPropertyChangeListener("focusOwner", watcher);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                manager.removePropertyChangeListener("focusOwner", watcher);
            }
        });
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        if (event.getNewValue() instanceof JComponent focused && SwingUtilities.isDescendingFrom(focused, frame)) {
            show(focused);
        }
    }

    /**
     * Scrolls the page holding {@code focused}, if any, to show the box it sits in. The page is
     * the first scrolled view around it that is not the focused text area or table itself.
     */
    static void show(JComponent focused) {
        JComponent box = focused;
        for (Container parent = focused.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof com.github.lgooddatepicker.components.DatePicker picker) {
                box = picker;
            } else if (parent instanceof JViewport viewport && viewport.getView() == focused
                    && viewport.getParent() instanceof JScrollPane own) {
                // A text area or table scrolls inside its own box: show the whole box.
                box = own;
            } else if (parent instanceof JViewport viewport && viewport.getView() instanceof JComponent view) {
                Rectangle area = SwingUtilities.convertRectangle(box.getParent(), box.getBounds(), view);
                area.grow(0, MARGIN);
                area.height = Math.min(area.height, viewport.getExtentSize().height);
                view.scrollRectToVisible(area);
                return;
            }
        }
    }
}
