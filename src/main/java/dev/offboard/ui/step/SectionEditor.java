package dev.offboard.ui.step;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.plan.Section;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.widget.ButtonRow;
import dev.offboard.ui.widget.Form;
import dev.offboard.ui.widget.Icons;
import dev.offboard.ui.widget.WrappingLabel;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * The Write-up step's editor of the documents' wording: one section at a time, chosen from a
 * list that marks the edited ones, its text prefilled with what the plan generates. Typing
 * makes the section the freelancer's own; a button takes it back to the generated text. When
 * the plan changes underneath an edit, a warning says what changed and offers to show the new
 * text, keep the edit or take the new text. Every change goes through the plan, so undo
 * takes it back.
 */
final class SectionEditor {

    /** The path the editor answers to: problems and jumps about any edited section. */
    static final String PATH = "writeUp.edits";

    private final WriteUpStepModel model;
    private final Messages messages;
    private final DefaultComboBoxModel<Section> sections = new DefaultComboBoxModel<>();
    private final JComboBox<Section> chooser = new JComboBox<>(sections);
    private final JLabel status = new WrappingLabel();
    private final JButton revert;
    private final JTextArea text = new JTextArea();
    private final JLabel message = new WrappingLabel();
    private final JPanel warning = new JPanel(new MigLayout("insets 0, wrap 1, hidemode 3", "[grow,fill]", ""));
    private final JLabel warningText = new WrappingLabel();
    private final JButton showNew;
    private final JTextArea newText = new JTextArea();
    private final JScrollPane newTextScroll = new JScrollPane(newText);
    /** Set while the editor shows the plan, so that nothing shown is sent back as an edit. */
    private boolean showing;
    /** True while the user's own typing is handed to the model: the text area is theirs then. */
    private boolean typing;
    /** True once the user has emptied the text, until they leave it or choose another part. */
    private boolean emptied;
    /** How text is written: the email is sent as typed, the letter's parts sit among generated ones. */
    private javax.swing.JTextArea hint;

    SectionEditor(Form form, WriteUpStepModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        form.section(messages.text("writeUp.section.wording"));
        form.hint(messages.text("writeUp.wording.intro"));
        chooser.setName("writeUp.wording.section");
        chooser.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                    boolean isSelected, boolean cellHasFocus) {
                return super.getListCellRendererComponent(list, value == null ? " " : label((Section) value), index,
                        isSelected, cellHasFocus);
            }
        });
        chooser.addActionListener(e -> sectionChosen());
        form.display(messages.text("writeUp.wording.section"), chooser, "");

        revert = Form.mnemonic(new JButton(), messages.text("writeUp.wording.revert"));
        revert.setName("writeUp.wording.revert");
        revert.addActionListener(e -> revert());
        status.setName("writeUp.wording.status");
        status.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        JPanel statusRow = new JPanel(new MigLayout("insets 0, hidemode 3", "[grow,fill][]", ""));
        statusRow.setOpaque(false);
        statusRow.add(status, "wmin 40");
        statusRow.add(revert);
        form.display("", statusRow, "");

        text.setName("writeUp.wording.text");
        // Problems about any edited section point here; the editor shows the chosen section's own.
        form.area(messages.text("writeUp.wording.text"), text, dev.offboard.plan.FieldPath.of(PATH), 8);
        text.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                emptied = false;
                if (text.getText().isBlank()) {
                    showSection();
                }
            }
        });
        text.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
                // attributes only
            }
        });
        message.setName("writeUp.wording.message");
        message.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        message.setVisible(false);
        form.note(message);
        hint = form.hint(messages.text("writeUp.wording.hint"));
        hint.setName("writeUp.wording.hint");

        warning.setName("writeUp.wording.warning");
        warning.setOpaque(false);
        warningText.setName("writeUp.wording.warningText");
        warningText.setIcon(Icons.get("warning", 12));
        warning.add(warningText, "wmin 40");
        JPanel buttons = new ButtonRow();
        showNew = button(buttons, "writeUp.wording.showNew", this::toggleNewText);
        button(buttons, "writeUp.wording.keep", this::keep);
        button(buttons, "writeUp.wording.take", this::revert);
        warning.add(buttons, "wmin 40");
        newText.setName("writeUp.wording.newText");
        newText.setEditable(false);
        newText.setLineWrap(true);
        newText.setWrapStyleWord(true);
        newText.setRows(5);
        newText.getAccessibleContext().setAccessibleName(messages.text("writeUp.wording.newText"));
        Form.tabMovesFocus(newText);
        newTextScroll.setVisible(false);
        warning.add(newTextScroll, "hmin 60");
        warning.setVisible(false);
        form.display("", warning, "");
        refresh();
    }

    private JButton button(JPanel row, String key, Runnable action) {
        JButton button = Form.mnemonic(new JButton(), messages.text(key));
        button.setName(key);
        button.addActionListener(e -> action.run());
        row.add(button);
        return button;
    }

    /** The section's name in the list, marked when edited or when its edit needs a look. */
    private String label(Section section) {
        String name = messages.label("wording", section);
        if (model.wordingWarning(section).isPresent()) {
            return messages.text("writeUp.wording.needsLook", name);
        }
        return model.isEdited(section) ? messages.text("writeUp.wording.editedMark", name) : name;
    }

    Optional<Section> selected() {
        return Optional.ofNullable((Section) chooser.getSelectedItem());
    }

    /** Chooses {@code section} and puts the caret in its text; false when it is not offered. */
    boolean focus(Section section) {
        if (sections.getIndexOf(section) < 0) {
            return false;
        }
        chooser.setSelectedItem(section);
        text.requestFocusInWindow();
        return true;
    }

    /** Shows the plan's wording now: the sections offered, the chosen one's text, its state. */
    void refresh() {
        List<Section> offered = model.editableSections();
        Section chosen = selected().orElse(null);
        showing = true;
        try {
            boolean same = offered.size() == sections.getSize();
            for (int i = 0; same && i < offered.size(); i++) {
                same = offered.get(i) == sections.getElementAt(i);
            }
            if (!same) {
                sections.removeAllElements();
                offered.forEach(sections::addElement);
            }
            if (chosen != null && offered.contains(chosen)) {
                chooser.setSelectedItem(chosen);
            } else if (!offered.isEmpty()) {
                chooser.setSelectedItem(offered.contains(Section.OPENING) ? Section.OPENING : offered.get(0));
            }
        } finally {
            showing = false;
        }
        showSection();
        chooser.repaint();
    }

    private void sectionChosen() {
        if (!showing) {
            emptied = false;
            newTextScroll.setVisible(false);
            showSection();
        }
    }

    /** Shows the chosen section's text (unless it is being typed), its state and any warning. */
    private void showSection() {
        Optional<Section> chosen = selected();
        boolean known = model.wordingKnown() && chosen.isPresent();
        text.setEnabled(known);
        chooser.setEnabled(known);
        if (!known) {
            status.setText(messages.text("writeUp.wording.wait"));
            revert.setVisible(false);
            warning.setVisible(false);
            message.setVisible(false);
            return;
        }
        Section section = chosen.get();
        String hintText = messages.text(section == Section.EMAIL_BODY ? "writeUp.wording.hint.email"
                : "writeUp.wording.hint");
        if (!hint.getText().equals(hintText)) {
            hint.setText(hintText);
        }
        String wanted = model.sectionText(section);
        // Never rewrite the text area from inside its own change (Swing forbids it): a section
        // the user has just emptied stays empty, using the generated text, until they leave it.
        boolean keptEmpty = emptied && text.isFocusOwner() && !model.isEdited(section);
        if (!typing && !keptEmpty && !text.getText().equals(wanted)) {
            showing = true;
            try {
                text.setText(wanted);
                text.setCaretPosition(0);
            } finally {
                showing = false;
            }
        }
        boolean edited = model.isEdited(section);
        status.setText(messages.text(keptEmpty ? "writeUp.wording.emptied"
                : edited ? "writeUp.wording.edited" : "writeUp.wording.generated"));
        revert.setVisible(edited);
        Optional<String> warned = model.wordingWarning(section);
        warning.setVisible(warned.isPresent());
        warningText.setText(warned.orElse(""));
        newText.setText(model.generatedText(section));
        newText.setCaretPosition(0);
        Form.mnemonic(showNew, messages.text(newTextScroll.isVisible() ? "writeUp.wording.hideNew"
                : "writeUp.wording.showNew"));
        Optional<String> problem = model.sectionProblem(section);
        message.setText(problem.orElse(""));
        message.setIcon(problem.isPresent() ? Icons.get("warning", 12) : null);
        message.setVisible(problem.isPresent());
    }

    private void typed() {
        if (!showing) {
            typing = true;
            emptied = text.getText().isBlank();
            try {
                selected().ifPresent(section -> model.setSectionText(section, text.getText()));
            } finally {
                typing = false;
            }
        }
    }

    private void revert() {
        selected().ifPresent(model::revert);
        newTextScroll.setVisible(false);
    }

    private void keep() {
        selected().ifPresent(model::keepEdit);
        newTextScroll.setVisible(false);
    }

    private void toggleNewText() {
        newTextScroll.setVisible(!newTextScroll.isVisible());
        showSection();
        warning.revalidate();
    }
}
