package dev.offboard.ui.widget;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.plan.FieldPath;
import dev.offboard.ui.core.FieldProblem;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;

/**
 * The one form idiom: a label column and a growing field column, each field with a message
 * line beneath it that shows its problem. Fields are registered by plan path so problems
 * and "jump to field" find them.
 */
public final class Form {

    private record Slot(JComponent component, JComponent outlined, JComponent shown, JLabel message, JLabel caption) {
    }

    /**
     * The label column's width, in unscaled pixels, the same on every step so the fields line up
     * from one step to the next; a longer caption wraps onto a second line.
     */
    static final int LABEL_WIDTH = 170;

    private final JPanel panel = new WidthTrackingPanel(new MigLayout("insets dialog, wrap 2, hidemode 3, fillx",
            "[" + LABEL_WIDTH + "lp!][grow,fill]", ""));
    private final Map<FieldPath, Slot> slots = new LinkedHashMap<>();
    private Consumer<FieldPath> edited = path -> { };
    /** The problems shown last, shown again when a date field's own message comes or goes. */
    private List<FieldProblem> shownProblems = List.of();

    public JPanel panel() {
        return panel;
    }

    /** A section title across both columns. */
    public JLabel section(String title) {
        return section(title, null);
    }

    /** A section title with a mark beside it, such as a privacy badge. */
    public JLabel section(String title, JComponent badge) {
        JLabel label = new JLabel(title);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        panel.add(label, "span 2, split " + (badge == null ? 2 : 3) + ", gaptop para");
        if (badge != null) {
            panel.add(badge, "gaptop para");
        }
        panel.add(new JSeparator(), "growx, gaptop para");
        return label;
    }

    /** A combo box of enum values shown with their labels, bound to a sink. */
    public static <E extends Enum<E>> javax.swing.JComboBox<E> choices(E[] values, java.util.function.Function<E, String> label,
            E selected, Consumer<E> sink) {
        javax.swing.JComboBox<E> combo = new javax.swing.JComboBox<>(values);
        combo.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                    boolean isSelected, boolean cellHasFocus) {
                @SuppressWarnings("unchecked")
                String text = value == null ? " " : label.apply((E) value);
                return super.getListCellRendererComponent(list, text, index, isSelected, cellHasFocus);
            }
        });
        combo.setSelectedItem(selected);
        combo.addActionListener(e -> sink.accept(values[0].getDeclaringClass().cast(combo.getSelectedItem())));
        return combo;
    }

    /**
     * A combo box of countries (ISO 3166 codes) named in the window's language, sorted by name,
     * "not set" first; typing a letter jumps to the countries whose name starts with it.
     */
    public static javax.swing.JComboBox<String> countries(java.util.Locale locale, String notSet, String selected,
            Consumer<String> sink) {
        java.util.List<String> codes = new java.util.ArrayList<>(java.util.List.of(java.util.Locale.getISOCountries()));
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        codes.sort((a, b) -> collator.compare(countryName(a, locale), countryName(b, locale)));
        codes.add(0, "");
        javax.swing.JComboBox<String> combo = new javax.swing.JComboBox<>(codes.toArray(String[]::new));
        combo.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                    boolean isSelected, boolean cellHasFocus) {
                String code = value == null ? "" : value.toString();
                String text = code.isEmpty() ? notSet : countryName(code, locale);
                return super.getListCellRendererComponent(list, text, index, isSelected, cellHasFocus);
            }
        });
        combo.setKeySelectionManager((key, model) -> {
            String typed = String.valueOf(key).toLowerCase(locale);
            for (int i = 0; i < model.getSize(); i++) {
                if (countryName(String.valueOf(model.getElementAt(i)), locale).toLowerCase(locale).startsWith(typed)) {
                    return i;
                }
            }
            return -1;
        });
        String code = selected == null ? "" : selected.strip().toUpperCase(java.util.Locale.ROOT);
        combo.setSelectedItem(codes.contains(code) ? code : "");
        combo.addActionListener(e -> sink.accept(String.valueOf(combo.getSelectedItem())));
        return combo;
    }

    private static String countryName(String code, java.util.Locale locale) {
        return code.isEmpty() ? "" : new java.util.Locale("", code).getDisplayCountry(locale);
    }

    /** A small rounded badge: an icon and a few words. */
    public static JLabel badge(String text, String icon) {
        JLabel badge = new JLabel(text, Icons.get(icon, 12), JLabel.LEADING);
        badge.putClientProperty(FlatClientProperties.STYLE, "arc: 999; border: 2,8,2,8;"
                + " background: $Offboard.privateBadge.background; foreground: $Offboard.privateBadge.foreground");
        badge.setOpaque(true);
        badge.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        return badge;
    }

    /** A component across both columns. */
    public void full(JComponent component) {
        panel.add(component, "span 2, growx");
    }

    /** A quiet hint under the previous field, wrapped to the width available. */
    public JTextArea hint(String text) {
        JTextArea hint = wrapped(text);
        hint.putClientProperty(FlatClientProperties.STYLE, "font: -1; foreground: $Offboard.hint.foreground");
        panel.add(hint, "skip 1, gaptop 0, wmin 50");
        return hint;
    }

    /** Read-only text that wraps like a paragraph and takes no focus. */
    public static JTextArea wrapped(String text) {
        JTextArea area = new StillTextArea(text);
        area.setEditable(false);
        area.setFocusable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(null);
        area.setFont(javax.swing.UIManager.getFont("Label.font"));
        return area;
    }

    /**
     * A text the user reads but does not edit or focus. It never scrolls its step to itself:
     * a text area's caret follows each new text and asks every enclosing viewport to show it,
     * which made a step jump to its recommendation, say, when a plan was opened or a field
     * above it edited.
     */
    public static final class StillTextArea extends JTextArea {

        public StillTextArea(String text) {
            super(text);
        }

        @Override
        public void scrollRectToVisible(java.awt.Rectangle rect) {
            // Read only and never focused: nothing to bring into view.
        }
    }

    /** A form panel as wide as its scroll pane, so text wraps instead of running off the edge. */
    private static final class WidthTrackingPanel extends ScrollablePage {

        WidthTrackingPanel(MigLayout layout) {
            super(layout);
        }
    }

    /** A one-line note under the previous field, e.g. a live suggestion. */
    public JLabel note(JLabel note) {
        note.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        panel.add(note, "skip 1, gaptop 0, wmin 50");
        return note;
    }

    /** A labelled field, bound to a plan path. */
    public <T extends JComponent> T field(String label, T component, FieldPath path) {
        return field(label, component, component, path, "");
    }

    /** A labelled field whose visible part (e.g. a scroll pane) differs from the input. */
    public <T extends JComponent> T field(String label, T input, JComponent shown, FieldPath path,
            String constraints) {
        JLabel caption = caption(label);
        caption.setLabelFor(input);
        if (!label.isEmpty()) {
            input.getAccessibleContext().setAccessibleName(stripMarks(label));
        }
        boolean tall = shown instanceof JScrollPane || shown instanceof JPanel;
        panel.add(caption, tall ? "top, gaptop 4" : "");
        String extra = shown instanceof com.github.lgooddatepicker.components.DatePicker ? "growx 0" : "";
        panel.add(shown, constraints.isEmpty() ? extra : constraints);
        JLabel message = new WrappingLabel();
        message.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        message.setVisible(false);
        panel.add(message, "skip 1, gaptop 0");
        JComponent focusable = input;
        JComponent outlined = outlineTarget(input, shown);
        if (input instanceof com.github.lgooddatepicker.components.DatePicker picker) {
            picker.getComponentDateTextField().setName(path.value());
            focusable = picker.getComponentDateTextField();
            outlined = focusable;
            picker.addPropertyChangeListener(DateField.NOT_READ, e -> showProblems(shownProblems));
        }
        slots.put(path, new Slot(focusable, outlined, shown, message, caption));
        if (focusable instanceof JTextComponent text) {
            onTextChange(text, () -> edited.accept(path));
        }
        return input;
    }

    /**
     * A labelled value that no plan field holds (a total, a recommendation): shown like a
     * field, but problems cannot point at it and it is not bound to the plan.
     */
    public <T extends JComponent> T display(String label, T component, String constraints) {
        JLabel caption = caption(label);
        caption.setLabelFor(component);
        if (!label.isEmpty()) {
            component.getAccessibleContext().setAccessibleName(stripMarks(label));
        }
        panel.add(caption, component instanceof JScrollPane || component instanceof JPanel ? "top, gaptop 4" : "");
        panel.add(component, constraints);
        return component;
    }

    /** Tells {@code listener} the plan path of each text field edited, after the plan has the edit. */
    public void onEdit(Consumer<FieldPath> listener) {
        this.edited = listener;
    }

    /** A field's caption: one line, or wrapped to the label column when it is longer. */
    private static JLabel caption(String text) {
        JLabel caption = new JLabel(text);
        int width = com.formdev.flatlaf.util.UIScale.scale(LABEL_WIDTH);
        if (caption.getPreferredSize().width > width) {
            caption.setText("<html><div style='width:" + width + "px'>" + Html.escape(text) + "</div></html>");
            caption.getAccessibleContext().setAccessibleName(text);
        }
        return caption;
    }

    /** A text area in a scroll pane; Tab moves focus instead of typing a tab. */
    public JTextArea area(String label, JTextArea area, FieldPath path, int rows) {
        area.setRows(rows);
        if (area.getName() == null) {
            area.setName(path.value());
        }
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        tabMovesFocus(area);
        JScrollPane scroll = passIdleWheel(new JScrollPane(area));
        field(label, area, scroll, path, "growx, hmin " + (rows * 18 + 8));
        return area;
    }

    /** A table in a scroll pane, with its buttons under it, as one field. */
    public void table(String label, JTable table, JComponent withButtons, FieldPath path) {
        field(label, table, withButtons, path, "growx");
    }

    /** A field owned elsewhere (e.g. a checkbox row) that problems can still point at. */
    public void register(FieldPath path, JComponent component) {
        slots.put(path, new Slot(component, component, component, null, null));
    }

    /** Shows or hides a field with its caption (its message line hides with it). */
    public void setFieldVisible(FieldPath path, boolean visible) {
        Slot slot = slots.get(path);
        slot.shown().setVisible(visible);
        slot.caption().setVisible(visible);
        if (!visible) {
            slot.message().setVisible(false);
        }
    }

    /**
     * Shows each problem beside its field; clears the others. A date field whose typed text
     * could not be read says so first ({@link DateField#NOT_READ}).
     */
    public void showProblems(List<FieldProblem> problems) {
        shownProblems = problems;
        for (Slot slot : slots.values()) {
            slot.outlined().putClientProperty(FlatClientProperties.OUTLINE, null);
            if (slot.message() != null) {
                slot.message().setText("");
                slot.message().setVisible(false);
            }
            if (slot.shown() instanceof com.github.lgooddatepicker.components.DatePicker picker
                    && picker.getClientProperty(DateField.NOT_READ) instanceof String notRead) {
                show(slot, notRead, true);
            }
        }
        for (FieldProblem problem : problems) {
            Slot slot = slotFor(problem.field());
            if (slot == null || slot.message() == null || slot.message().isVisible()) {
                continue;
            }
            show(slot, problem.message(), problem.isError());
        }
        panel.revalidate();
    }

    private static void show(Slot slot, String message, boolean isError) {
        slot.outlined().putClientProperty(FlatClientProperties.OUTLINE, isError ? "error" : "warning");
        slot.message().setText(message);
        slot.message().setIcon(Icons.get(isError ? "error" : "warning", 12));
        slot.message().setVisible(true);
    }

    /** Focuses the field at {@code path} (selecting the row of a table) and scrolls to it. */
    public boolean focus(FieldPath path) {
        return focus(path, -1);
    }

    /**
     * As {@link #focus(FieldPath)}, with the caret of a text field put at {@code caret} (kept
     * within the text; -1 leaves it where it is).
     */
    public boolean focus(FieldPath path, int caret) {
        Slot slot = slotFor(path);
        if (slot == null) {
            return false;
        }
        JComponent component = slot.component();
        if (component instanceof JTextComponent text && caret >= 0 && path.rowIndex() < 0) {
            text.setCaretPosition(Math.min(caret, text.getDocument().getLength()));
        }
        int row = path.rowIndex();
        if (component instanceof JTable table && row >= 0 && row < table.getRowCount()) {
            table.changeSelection(row, 0, false, false);
        }
        component.requestFocusInWindow();
        JComponent target = slot.outlined();
        target.scrollRectToVisible(new Rectangle(0, -40, target.getWidth(), target.getHeight() + 80));
        return true;
    }

    /** Whether a field is registered for {@code path}, or for the table it is a row of. */
    public boolean has(FieldPath path) {
        return slotFor(path) != null;
    }

    /** Focuses the first input of the form; false when it has none. */
    public boolean focusFirst() {
        for (Slot slot : slots.values()) {
            JComponent input = slot.component();
            if (!(input instanceof JPanel) && input.isShowing() && input.isFocusable() && input.isEnabled()
                    && !(input instanceof JTextArea area && !area.isEditable())) {
                return input.requestFocusInWindow();
            }
        }
        return false;
    }

    private Slot slotFor(FieldPath path) {
        Slot exact = slots.get(path);
        if (exact != null) {
            return exact;
        }
        return slots.get(FieldPath.of(path.base()));
    }

    private static JComponent outlineTarget(JComponent input, JComponent shown) {
        return shown instanceof JScrollPane ? shown : input;
    }

    /** Set on a bound text while it shows what the plan already holds, so nothing is sent back. */
    private static final String SHOWING_PLAN = "offboard.showingPlan";

    /**
     * Shows in a bound text what the plan now holds (a wording a button added, say) without
     * sending it back as an edit, and puts the caret at the end of it.
     */
    public static void show(JTextComponent text, String value) {
        if (text.getText().equals(value)) {
            return;
        }
        text.putClientProperty(SHOWING_PLAN, Boolean.TRUE);
        try {
            text.setText(value);
        } finally {
            text.putClientProperty(SHOWING_PLAN, null);
        }
        text.setCaretPosition(value.length());
    }

    /** Binds a text component: fills it, then sends every edit to {@code sink}. */
    public static <T extends JTextComponent> T bind(T text, String initial, Consumer<String> sink) {
        text.setText(initial);
        text.setCaretPosition(0);
        onTextChange(text, () -> {
            if (text.getClientProperty(SHOWING_PLAN) == null) {
                sink.accept(text.getText());
            }
        });
        return text;
    }

    /** Runs {@code action} after each insertion or removal in the text (not on attribute changes). */
    static void onTextChange(JTextComponent text, Runnable action) {
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attributes only
            }
        });
    }

    /**
     * The wheel over a box with nothing to scroll (a short text, a table with room to spare)
     * scrolls the page around it instead of stopping there.
     */
    static JScrollPane passIdleWheel(JScrollPane scroll) {
        scroll.addMouseWheelListener(e -> passWheel(scroll, e));
        return scroll;
    }

    private static void passWheel(JScrollPane scroll, java.awt.event.MouseWheelEvent event) {
        java.awt.Container parent = scroll.getParent();
        if (!scroll.getVerticalScrollBar().isVisible() && parent != null) {
            parent.dispatchEvent(javax.swing.SwingUtilities.convertMouseEvent(scroll, event, parent));
        }
    }

    public static void tabMovesFocus(JComponent component) {
        component.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS,
                java.util.Set.of(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0)));
        component.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS,
                java.util.Set.of(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, java.awt.event.InputEvent.SHIFT_DOWN_MASK)));
    }

    /** Sets a button's text, with the character after {@code &} as its mnemonic. */
    public static <B extends AbstractButton> B mnemonic(B button, String text) {
        int index = text.indexOf('&');
        if (index >= 0 && index + 1 < text.length()) {
            String plain = text.substring(0, index) + text.substring(index + 1);
            button.setText(plain);
            button.setMnemonic(KeyEvent.getExtendedKeyCodeForChar(plain.charAt(index)));
            button.setDisplayedMnemonicIndex(index);
        } else {
            button.setText(text);
        }
        return button;
    }

    static String stripMarks(String text) {
        return text.replace("&", "").replaceAll(":$", "").strip();
    }
}
