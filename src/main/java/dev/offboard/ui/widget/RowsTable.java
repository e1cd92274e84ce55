package dev.offboard.ui.widget;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.ui.core.Formats;
import dev.offboard.ui.core.Messages;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Comparator;
import java.util.EventObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.swing.AbstractAction;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableCellRenderer;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;

/**
 * A table over {@link Rows}, with add, remove and reorder buttons and a line for notes. It
 * edits like a spreadsheet: typing on a cell replaces its value, Escape cancels, and a value
 * the row cannot take stays in its cell, marked, with the reason under the table, until fixed.
 */
public final class RowsTable {

    /** A cell by position. */
    private record Cell(int row, int column) {
    }

    /** Text a cell refused, kept as typed, and why. */
    private record Rejected(String text, String message) {
    }

    private final Rows<?> rows;
    private final Messages messages;
    private final Adapter model;
    private final JTable table;
    private final Map<Cell, Rejected> rejected = new TreeMap<>(
            Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
    private final JPanel component = new JPanel(new MigLayout("insets 0, fillx, hidemode 3", "[grow,fill][]", "[top]"));
    private final JLabel note = new WrappingLabel();
    private final JButton remove = new JButton();
    private final JButton up = new JButton();
    private final JButton down = new JButton();

    public RowsTable(Rows<?> rows, Messages messages, String name, int visibleRows, String addKey) {
        this.rows = rows;
        this.messages = messages;
        this.model = new Adapter();
        this.table = new SpreadsheetTable(model);
        table.setName(name);
        table.getAccessibleContext().setAccessibleName(messages.text(name + ".accessible"));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.setRowHeight(table.getRowHeight() + 6);
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, new NoteRenderer());
        table.setDefaultEditor(Object.class, new TextEditor());
        for (int column = 0; column < rows.columnCount(); column++) {
            if (!rows.choices(column).isEmpty()) {
                JComboBox<String> choices = new JComboBox<>(rows.choices(column).toArray(String[]::new));
                table.getColumnModel().getColumn(column).setCellEditor(new DefaultCellEditor(choices));
                table.getColumnModel().getColumn(column).setCellRenderer(new ChoiceRenderer());
            }
        }
        table.getSelectionModel().addListSelectionListener(e -> updateButtons());
        keys(KeyEvent.VK_DELETE, 0, "removeRow", this::removeRow);
        keys(KeyEvent.VK_UP, InputEvent.CTRL_DOWN_MASK, "moveRowUp", () -> moveRow(-1));
        keys(KeyEvent.VK_DOWN, InputEvent.CTRL_DOWN_MASK, "moveRowDown", () -> moveRow(1));
        JScrollPane scroll = Form.passIdleWheel(new JScrollPane(table));
        scroll.setPreferredSize(new Dimension(400, table.getRowHeight() * (visibleRows + 1) + 8));
        JButton add = Form.mnemonic(new JButton(), messages.text(addKey));
        add.setName(name + ".add");
        add.addActionListener(e -> addRow());
        Form.mnemonic(remove, messages.text("rows.remove"));
        remove.setName(name + ".remove");
        remove.addActionListener(e -> removeRow());
        Form.mnemonic(up, messages.text("rows.up"));
        up.addActionListener(e -> moveRow(-1));
        Form.mnemonic(down, messages.text("rows.down"));
        down.addActionListener(e -> moveRow(1));
        JPanel buttons = new JPanel(new MigLayout("insets 0, wrap 1", "[fill]", ""));
        buttons.setOpaque(false);
        buttons.add(add);
        buttons.add(remove);
        buttons.add(up);
        buttons.add(down);
        note.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        note.setName(name + ".note");
        note.setVisible(false);
        component.setOpaque(false);
        component.add(scroll, "grow");
        component.add(buttons, "wrap");
        component.add(note, "span 2, growx, wmin 40");
        updateButtons();
    }

    /** How to edit a table with the keyboard, with a date in the user's format. */
    public static String hint(Messages messages) {
        return messages.text("rows.hint", Formats.date(java.time.LocalDate.of(2026, 12, 4), messages.locale()));
    }

    private void keys(int key, int modifiers, String name, Runnable action) {
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key, modifiers), name);
        table.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (!table.isEditing()) {
                    action.run();
                }
            }
        });
    }

    public JTable table() {
        return table;
    }

    public JPanel component() {
        return component;
    }

    /** The plan changed elsewhere: repaint notes (e.g. due dates against a new last day). */
    public void repaintNotes() {
        table.repaint();
    }

    private void addRow() {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
        int row = rows.add();
        model.fireTableRowsInserted(row, row);
        table.changeSelection(row, 0, false, false);
        table.requestFocusInWindow();
    }

    private void removeRow() {
        int row = table.getSelectedRow();
        if (row < 0) {
            return;
        }
        if (table.isEditing()) {
            table.getCellEditor().cancelCellEditing();
        }
        rows.remove(row);
        rowRemoved(row);
        model.fireTableRowsDeleted(row, row);
        if (rows.rowCount() > 0) {
            int next = Math.min(row, rows.rowCount() - 1);
            table.changeSelection(next, 0, false, false);
        }
        table.requestFocusInWindow();
    }

    private void moveRow(int delta) {
        int row = table.getSelectedRow();
        if (row < 0) {
            return;
        }
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
        int column = Math.max(0, table.getSelectedColumn());
        int target = rows.move(row, delta);
        if (target != row) {
            swapRejected(row, target);
        }
        model.fireTableDataChanged();
        table.changeSelection(target, column, false, false);
        table.requestFocusInWindow();
    }

    private void updateButtons() {
        int row = table.getSelectedRow();
        remove.setEnabled(row >= 0);
        up.setEnabled(row > 0);
        down.setEnabled(row >= 0 && row < rows.rowCount() - 1);
    }

    /**
     * When a cell still holds text it refused (the plan does not have it), selects that cell,
     * gives the table the focus and says why; empty when every cell's text is in the plan.
     */
    public Optional<String> focusFirstRefused() {
        Optional<Map.Entry<Cell, Rejected>> first = rejected.entrySet().stream().findFirst();
        first.ifPresent(e -> {
            table.changeSelection(e.getKey().row(), e.getKey().column(), false, false);
            table.requestFocusInWindow();
            table.scrollRectToVisible(table.getCellRect(e.getKey().row(), e.getKey().column(), true));
        });
        return first.map(this::describe);
    }

    private String describe(Map.Entry<Cell, Rejected> refused) {
        return messages.text("rows.rejected", refused.getKey().row() + 1, rows.columnName(refused.getKey().column()),
                refused.getValue().message());
    }

    /** Shows why the first refused cell was refused, or hides the note when none is left. */
    private void showNote() {
        Optional<String> message = rejected.entrySet().stream().findFirst().map(this::describe);
        note.setText(message.orElse(""));
        note.setIcon(message.isPresent() ? Icons.get("error", 12) : null);
        note.setVisible(message.isPresent());
        component.revalidate();
    }

    /** Row {@code removed} is gone: refused text below it moves up with its row. */
    private void rowRemoved(int removed) {
        Map<Cell, Rejected> kept = new HashMap<>();
        rejected.forEach((cell, value) -> {
            if (cell.row() != removed) {
                kept.put(new Cell(cell.row() > removed ? cell.row() - 1 : cell.row(), cell.column()), value);
            }
        });
        rejected.clear();
        rejected.putAll(kept);
        showNote();
    }

    /** Rows {@code a} and {@code b} swapped places: so does their refused text. */
    private void swapRejected(int a, int b) {
        Map<Cell, Rejected> kept = new HashMap<>();
        rejected.forEach((cell, value) -> kept.put(new Cell(cell.row() == a ? b : cell.row() == b ? a : cell.row(),
                cell.column()), value));
        rejected.clear();
        rejected.putAll(kept);
        showNote();
    }

    /** Text the cell refused and still shows, if any. */
    private Optional<Rejected> rejected(int row, int column) {
        return row < rows.rowCount() ? Optional.ofNullable(rejected.get(new Cell(row, column))) : Optional.empty();
    }

    /** A tooltip with the whole text when the cell shows only part of it. */
    private static String cutOff(JTable t, JComponent cell, int column, String text) {
        return cell.getPreferredSize().width > t.getColumnModel().getColumn(column).getWidth() ? text : null;
    }

    private final class Adapter extends AbstractTableModel {

        @Override
        public int getRowCount() {
            return rows.rowCount();
        }

        @Override
        public int getColumnCount() {
            return rows.columnCount();
        }

        @Override
        public String getColumnName(int column) {
            return rows.columnName(column);
        }

        @Override
        public Object getValueAt(int row, int column) {
            return rows.text(row, column);
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return true;
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            if (row >= rows.rowCount()) {
                return;
            }
            String typed = value == null ? "" : value.toString();
            Cell cell = new Cell(row, column);
            rows.set(row, column, typed).ifPresentOrElse(message -> rejected.put(cell, new Rejected(typed, message)),
                    () -> rejected.remove(cell));
            showNote();
            fireTableRowsUpdated(row, row);
        }
    }

    /** Marks rows that carry a note (e.g. due after the last working day) with an icon and tooltip. */
    private final class NoteRenderer extends DefaultTableCellRenderer {

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                int row, int column) {
            Optional<Rejected> refused = rejected(row, column);
            super.getTableCellRendererComponent(t, refused.map(Rejected::text).orElse(String.valueOf(value)), selected,
                    focused, row, column);
            Optional<String> rowNote = column == 0 && row < rows.rowCount() ? rows.rowNote(row) : Optional.empty();
            setIcon(refused.isPresent() ? Icons.get("error", 12) : rowNote.isPresent() ? Icons.get("warning", 12) : null);
            setHorizontalAlignment(rows.isNumeric(column) ? TRAILING : LEADING);
            if (refused.isPresent() && !selected) {
                setForeground(UIManager.getColor("Offboard.error.foreground"));
            }
            setToolTipText(refused.map(Rejected::message).or(() -> rowNote)
                    .orElseGet(() -> cutOff(t, this, column, getText())));
            return this;
        }
    }

    /** Draws a choice cell as a closed combo box, arrow included, so it reads as a choice. */
    private static final class ChoiceRenderer extends JComboBox<String> implements TableCellRenderer {

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                int row, int column) {
            removeAllItems();
            addItem(String.valueOf(value));
            setBackground(selected ? t.getSelectionBackground() : t.getBackground());
            setForeground(selected ? t.getSelectionForeground() : t.getForeground());
            setToolTipText(cutOff(t, this, column, String.valueOf(value)));
            return this;
        }
    }

    /** Typing starts from a blank cell, as in a spreadsheet; F2 or a double click edits the text in it. */
    private final class SpreadsheetTable extends JTable {

        SpreadsheetTable(Adapter model) {
            super(model);
        }

        @Override
        public boolean editCellAt(int row, int column, EventObject event) {
            // A shortcut that no one in the table handles (Alt+Right for Next, say) passes through
            // instead of opening the cell, which would then be left blank.
            if (event instanceof KeyEvent key && !typesText(key)) {
                return false;
            }
            if (!super.editCellAt(row, column, event)) {
                return false;
            }
            if (event instanceof KeyEvent && getEditorComponent() instanceof JTextComponent text) {
                text.setText("");
            }
            return true;
        }

        /** A key that types a character: no Ctrl, Alt or Cmd with it, but AltGr (Ctrl+Alt on Windows). */
        private static boolean typesText(KeyEvent key) {
            int held = key.getModifiersEx() & (InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK
                    | InputEvent.META_DOWN_MASK);
            boolean altGraph = (key.getModifiersEx() & InputEvent.ALT_GRAPH_DOWN_MASK) != 0
                    || held == (InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK);
            char c = key.getKeyChar();
            return (held == 0 || altGraph) && c != KeyEvent.CHAR_UNDEFINED && !Character.isISOControl(c);
        }
    }

    /** Edits a cell's text, starting from the text it refused if it refused one. */
    private final class TextEditor extends DefaultCellEditor {

        TextEditor() {
            super(new JTextField());
        }

        @Override
        public Component getTableCellEditorComponent(JTable t, Object value, boolean selected, int row, int column) {
            Optional<Rejected> refused = rejected(row, column);
            JComponent editor = (JComponent) super.getTableCellEditorComponent(t,
                    refused.map(Rejected::text).orElse(String.valueOf(value)), selected, row, column);
            editor.putClientProperty(FlatClientProperties.OUTLINE, refused.isPresent() ? "error" : null);
            editor.setToolTipText(refused.map(Rejected::message).orElse(null));
            return editor;
        }
    }
}
