package dev.offboard.ui.step;

import dev.offboard.plan.FieldPath;
import dev.offboard.plan.Thanks;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.widget.Form;
import dev.offboard.ui.widget.WrappingCheckBox;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/** Step 5: thanks and references, starting from suggested wordings. */
public final class ThankStep extends StepPanel {

    private final ThankStepModel model;
    private final JTextArea message = new JTextArea();
    private final JTextArea references = new JTextArea();
    private final ButtonGroup wordings = new ButtonGroup();

    public ThankStep(ThankStepModel model, Messages messages) {
        super(Step.THANK, messages);
        this.model = model;
        Thanks t = model.thanks();
        form.section(messages.text("thank.section.words"));
        JPanel suggestions = new JPanel(new MigLayout("insets 0, wrap 2, gapy 4", "[][grow,fill]", "[top]"));
        suggestions.setOpaque(false);
        int index = 0;
        for (String wording : model.suggestions()) {
            JRadioButton option = new JRadioButton();
            option.setName("thank.suggestion." + (++index));
            option.getAccessibleContext().setAccessibleName(wording);
            option.setActionCommand(wording);
            wordings.add(option);
            JTextArea text = Form.wrapped(wording);
            text.addMouseListener(new java.awt.event.MouseAdapter() {
                @Override
                public void mouseClicked(java.awt.event.MouseEvent e) {
                    option.setSelected(true);
                    option.requestFocusInWindow();
                }
            });
            suggestions.add(option, "aligny top");
            suggestions.add(text, "wmin 100");
        }
        JButton use = Form.mnemonic(new JButton(), messages.text("thank.use"));
        use.setName("thank.use");
        use.addActionListener(e -> useWording());
        suggestions.add(use, "skip 1, growx 0");
        JTextArea hint = Form.wrapped(messages.text("thank.suggestions.hint"));
        hint.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE,
                "font: -1; foreground: $Offboard.hint.foreground");
        suggestions.add(hint, "skip 1, wmin 100");
        form.display(messages.text("thank.suggestions"), suggestions, "wmin 100");
        message.setName("thanks.message");
        form.area(messages.text("thank.message"), Form.bind(message, t.message(), model::setMessage),
                FieldPath.of("thanks.message"), 4);
        references.setName("thanks.referencesOffered");
        form.area(messages.text("thank.references"), Form.bind(references, t.referencesOffered(),
                model::setReferences), FieldPath.of("thanks.referencesOffered"), 2);
        JButton suggestReference = Form.mnemonic(new JButton(), messages.text("thank.references.suggest"));
        suggestReference.setName("thank.references.suggest");
        suggestReference.addActionListener(e -> suggestReferences());
        form.panel().add(suggestReference, "skip 1, growx 0, wrap");
        JCheckBox keep = Form.mnemonic(new WrappingCheckBox(), messages.text("thank.keepReferring"));
        keep.setName("thanks.keepReferring");
        keep.setSelected(t.keepReferring());
        keep.addActionListener(e -> model.setKeepReferring(keep.isSelected()));
        form.field("", keep, FieldPath.of("thanks.keepReferring"));
        form.hint(messages.text("thank.hint"));
    }

    @Override
    public StepModel model() {
        return model;
    }

    private void useWording() {
        if (wordings.getSelection() == null) {
            return;
        }
        model.useWording(wordings.getSelection().getActionCommand());
        added(message, model.thanks().message());
    }

    private void suggestReferences() {
        model.addSuggestedReferences();
        added(references, model.thanks().referencesOffered());
    }
}
