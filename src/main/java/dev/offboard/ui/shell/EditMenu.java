package dev.offboard.ui.shell;

import dev.offboard.ui.core.Messages;
import dev.offboard.ui.widget.Form;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/**
 * The Edit menu: undo and redo over the whole plan, then cut, copy, paste and select all on
 * the text that has the focus. Shortcuts use the platform's menu key (Ctrl, or Cmd on macOS).
 */
final class EditMenu {

    /** Ctrl+Y also redoes, as on Windows. */
    static final KeyStroke REDO_ALTERNATIVE = KeyStroke.getKeyStroke(KeyEvent.VK_Y, menuKey());

    private final JMenu menu = new JMenu();
    private final JMenuItem undo;
    private final JMenuItem redo;
    private final JMenuItem cut;
    private final JMenuItem copy;
    private final JMenuItem paste;
    private final JMenuItem selectAll;
    private final BooleanSupplier canUndo;
    private final BooleanSupplier canRedo;

    EditMenu(Messages messages, Runnable undoAction, Runnable redoAction, BooleanSupplier canUndo,
            BooleanSupplier canRedo) {
        this.canUndo = canUndo;
        this.canRedo = canRedo;
        Form.mnemonic(menu, messages.text("menu.edit"));
        menu.setName("menu.edit");
        undo = item(messages, "menu.undo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, menuKey()), undoAction);
        redo = item(messages, "menu.redo", KeyStroke.getKeyStroke(KeyEvent.VK_Z,
                menuKey() | InputEvent.SHIFT_DOWN_MASK), redoAction);
        menu.addSeparator();
        cut = item(messages, "menu.cut", KeyStroke.getKeyStroke(KeyEvent.VK_X, menuKey()),
                () -> focusedText().ifPresent(JTextComponent::cut));
        copy = item(messages, "menu.copy", KeyStroke.getKeyStroke(KeyEvent.VK_C, menuKey()),
                () -> focusedText().ifPresent(JTextComponent::copy));
        paste = item(messages, "menu.paste", KeyStroke.getKeyStroke(KeyEvent.VK_V, menuKey()),
                () -> focusedText().ifPresent(JTextComponent::paste));
        menu.addSeparator();
        selectAll = item(messages, "menu.selectAll", KeyStroke.getKeyStroke(KeyEvent.VK_A, menuKey()),
                () -> focusedText().ifPresent(JTextComponent::selectAll));
        menu.addChangeListener(e -> openedOrClosed());
        refresh();
    }

    /** Ctrl on Windows and Linux, Cmd on macOS. */
    static int menuKey() {
        return Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    }

    JMenu menu() {
        return menu;
    }

    /** Opening the menu shows what applies to the focused text now; closing it frees the shortcuts again. */
    private void openedOrClosed() {
        if (menu.isSelected()) {
            refresh();
        } else {
            refreshHistory();
        }
    }

    /** Enables each item for the plan's history and the text that has the focus now. */
    void refresh() {
        refreshHistory();
        Optional<JTextComponent> text = focusedText();
        boolean editable = text.map(t -> t.isEditable() && t.isEnabled()).orElse(false);
        boolean selection = text.map(t -> t.getSelectionStart() != t.getSelectionEnd()).orElse(false);
        cut.setEnabled(editable && selection);
        copy.setEnabled(selection);
        paste.setEnabled(editable);
        selectAll.setEnabled(text.map(t -> !t.getText().isEmpty()).orElse(false));
    }

    /**
     * Enables Undo and Redo for the plan's history. Cut, copy, paste and select all stay
     * enabled between openings of the menu so their shortcuts reach any focused text; each
     * does nothing when no text has the focus.
     */
    void refreshHistory() {
        undo.setEnabled(canUndo.getAsBoolean());
        redo.setEnabled(canRedo.getAsBoolean());
        cut.setEnabled(true);
        copy.setEnabled(true);
        paste.setEnabled(true);
        selectAll.setEnabled(true);
    }

    boolean undoEnabled() {
        return undo.isEnabled();
    }

    private JMenuItem item(Messages messages, String key, KeyStroke accelerator, Runnable action) {
        JMenuItem item = Form.mnemonic(new JMenuItem(), messages.text(key));
        item.setName(key);
        item.setAccelerator(accelerator);
        item.addActionListener(e -> action.run());
        menu.add(item);
        return item;
    }

    /** The text that has the keyboard focus, if a text has it. */
    private static Optional<JTextComponent> focusedText() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getPermanentFocusOwner()
                instanceof JTextComponent text ? Optional.of(text) : Optional.empty();
    }
}
