package dev.offboard.ui.step;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.plan.FieldPath;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.widget.Form;
import dev.offboard.ui.widget.Icons;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The panel of one step: a title, collapsible guidance in the product's own words, then
 * the step's form. It binds to its presentation model and stays thin.
 */
public abstract class StepPanel {

    protected final Messages messages;
    protected final Form form = new Form();
    private final Step step;
    private final JTextArea guide = new Form.StillTextArea("");
    private final JButton guideToggle = new JButton();
    private java.util.function.Consumer<String> status = message -> { };

    StepPanel(Step step, Messages messages) {
        this.step = step;
        this.messages = messages;
        JLabel title = new JLabel(messages.text(step.key() + ".title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
        JPanel header = new JPanel(new MigLayout("insets 0, fillx", "[grow][]", ""));
        header.setOpaque(false);
        header.add(title);
        JComponent badge = badge();
        if (badge != null) {
            header.add(badge, "aligny center");
        }
        form.full(header);
        form.full(guidance());
    }

    final Step step() {
        return step;
    }

    /** What the window shows of the step: its form, unless the step lays itself out otherwise. */
    public JComponent component() {
        return form.panel();
    }

    public abstract StepModel model();

    /** Where the panel tells the window's status line what a button did. */
    public final void setStatus(java.util.function.Consumer<String> status) {
        this.status = status;
    }

    /**
     * Shows in {@code text} a wording a button put into the plan, focuses it, and says that
     * it was added below the user's own words and how to take it back.
     */
    final void added(javax.swing.text.JTextComponent text, String value) {
        boolean hadText = !text.getText().isBlank();
        Form.show(text, value);
        text.requestFocusInWindow();
        status.accept(messages.text(hadText ? "wording.addedBelow" : "wording.added"));
    }

    /** A mark beside the title, e.g. "only you see this"; none by default. */
    JComponent badge() {
        return null;
    }

    /** Shows these problems beside their fields and clears the others. */
    public final void showProblems(java.util.List<FieldProblem> problems) {
        form.showProblems(problems);
    }

    /** Tells {@code edited} the plan path of each text field the user types into. */
    public final void onEdit(java.util.function.Consumer<FieldPath> edited) {
        form.onEdit(edited);
    }

    /** Moves focus to the field at a plan path; false when this step has no such field. */
    public boolean focusField(FieldPath path) {
        return form.focus(path);
    }

    /** Moves focus to the field at a plan path with the caret at {@code caret} in its text. */
    public boolean focusField(FieldPath path, int caret) {
        return form.focus(path, caret);
    }

    /** Whether this step has a field at the plan path (a table's row paths count for the table). */
    public final boolean hasField(FieldPath path) {
        return form.has(path);
    }

    /** The step's tables, whose refused cells Next does not leave behind. */
    private final java.util.List<dev.offboard.ui.widget.RowsTable> tables = new java.util.ArrayList<>();

    /** Registers a table of this step; returns it. */
    final dev.offboard.ui.widget.RowsTable tracked(dev.offboard.ui.widget.RowsTable table) {
        tables.add(table);
        return table;
    }

    /**
     * When a table of this step still shows text it refused (a date it could not read, say),
     * which the plan, and so the documents, do not have: focuses that cell and says why.
     */
    public final java.util.Optional<String> focusRefusedEntry() {
        for (dev.offboard.ui.widget.RowsTable table : tables) {
            java.util.Optional<String> refused = table.focusFirstRefused();
            if (refused.isPresent()) {
                return refused;
            }
        }
        return java.util.Optional.empty();
    }

    /** Puts the focus in the step's first input. */
    public void focusFirstInput() {
        if (!form.focusFirst()) {
            form.panel().requestFocusInWindow();
        }
    }

    /** The plan changed (an edit anywhere): refresh derived labels. Never rewrites inputs. */
    public void planChanged() {
    }

    /** The step was shown. */
    public void shown() {
    }

    /** The step is being replaced (new plan, language or theme): stop anything pending. */
    public void dispose() {
    }

    private JComponent guidance() {
        JPanel box = new JPanel(new MigLayout("insets 8 12 8 12, fillx, hidemode 3", "[grow,fill][]", "[]"));
        box.putClientProperty(FlatClientProperties.STYLE, "arc: 10; background: $Offboard.guide.background");
        JLabel icon = new JLabel(messages.text("guide.heading"), Icons.get("guide"), JLabel.LEADING);
        icon.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        guide.setText(messages.text(step.key() + ".guide"));
        guide.setEditable(false);
        guide.setFocusable(false);
        guide.setLineWrap(true);
        guide.setWrapStyleWord(true);
        guide.setOpaque(false);
        guide.setBorder(null);
        guide.setFont(UIManager.getFont("Label.font"));
        guide.getAccessibleContext().setAccessibleName(messages.text("guide.heading"));
        guideToggle.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        guideToggle.addActionListener(e -> toggleGuide());
        guideToggle.setName(step.key() + ".guideToggle");
        box.add(icon);
        box.add(guideToggle, "wrap");
        box.add(guide, "span 2, growx, wmin 100");
        updateGuideToggle();
        return box;
    }

    private void toggleGuide() {
        guide.setVisible(!guide.isVisible());
        updateGuideToggle();
        form.panel().revalidate();
    }

    private void updateGuideToggle() {
        Form.mnemonic(guideToggle, messages.text(guide.isVisible() ? "guide.hide" : "guide.show"));
    }
}
