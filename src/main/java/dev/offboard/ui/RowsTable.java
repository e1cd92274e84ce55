package dev.offboard.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Dimension;
import java.util.Optional;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.DefaultCellEditor;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/** A table over {@link Rows}, with add, remove and reorder buttons and a line for notes. */
final class RowsTable {

    private final Rows<?> rows;
    private final Adapter model;
    private final JTable table;
    private final JPanel component = new JPanel(new MigLayout("insets 0, fillx, hidemode 3", "[grow,fill][]", "[top]"));
    private final JLabel note = new JLabel();
    private final JButton remove = new JButton();
    private final JButton up = new JButton();
    private final JButton down = new JButton();

    RowsTable(Rows<?> rows, Messages messages, String name, int visibleRows, String addKey) {
        this.rows = rows;
        this.model = new Adapter();
        this.table = new JTable(model);
        table.setName(name);
        table.getAccessibleContext().setAccessibleName(messages.text(name + ".accessible"));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.setRowHeight(table.getRowHeight() + 6);
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, new NoteRenderer());
        for (int column = 0; column < rows.columnCount(); column++) {
            if (!rows.choices(column).isEmpty()) {
                JComboBox<String> choices = new JComboBox<>(rows.choices(column).toArray(String[]::new));
                table.getColumnModel().getColumn(column).setCellEditor(new DefaultCellEditor(choices));
            }
        }
        table.getSelectionModel().addListSelectionListener(e -> updateButtons());
        keys(KeyEvent.VK_DELETE, 0, "removeRow", this::removeRow);
        keys(KeyEvent.VK_UP, InputEvent.CTRL_DOWN_MASK, "moveRowUp", () -> moveRow(-1));
        keys(KeyEvent.VK_DOWN, InputEvent.CTRL_DOWN_MASK, "moveRowDown", () -> moveRow(1));
        JScrollPane scroll = new JScrollPane(table);
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
        note.setVisible(false);
        component.setOpaque(false);
        component.add(scroll, "grow");
        component.add(buttons, "wrap");
        component.add(note, "span 2");
        updateButtons();
    }

    /** How to edit a table with the keyboard, with a date in the user's format. */
    static String hint(Messages messages) {
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

    JTable table() {
        return table;
    }

    JPanel component() {
        return component;
    }

    /** The plan changed elsewhere: repaint notes (e.g. due dates against a new last day). */
    void repaintNotes() {
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

    private void showNote(Optional<String> message) {
        note.setText(message.orElse(""));
        note.setIcon(message.isPresent() ? Icons.get("error", 12) : null);
        note.setVisible(message.isPresent());
        component.revalidate();
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
            showNote(rows.set(row, column, value == null ? "" : value.toString()));
            fireTableRowsUpdated(row, row);
        }
    }

    /** Marks rows that carry a note (e.g. due after the last working day) with an icon and tooltip. */
    private final class NoteRenderer extends DefaultTableCellRenderer {

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            Optional<String> rowNote = column == 0 && row < rows.rowCount() ? rows.rowNote(row) : Optional.empty();
            setIcon(rowNote.isPresent() ? Icons.get("warning", 12) : null);
            setHorizontalAlignment(rows.isNumeric(column) ? TRAILING : LEADING);
            setToolTipText(rowNote.orElse(null));
            return this;
        }
    }
}
