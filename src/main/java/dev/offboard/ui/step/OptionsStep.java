package dev.offboard.ui.step;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.plan.FieldPath;
import dev.offboard.plan.Options;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.widget.DateField;
import dev.offboard.ui.widget.Form;
import dev.offboard.ui.widget.RowsTable;
import dev.offboard.ui.widget.WrappingCheckBox;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JTextArea;

/** Step 4: the way forward offered to the client, and what is still owed. */
public final class OptionsStep extends StepPanel {

    private final OptionsStepModel model;
    private final RowsTable payments;
    private final JLabel totals = new JLabel();

    public OptionsStep(OptionsStepModel model, Messages messages) {
        super(Step.OPTIONS, messages);
        this.model = model;
        Options o = model.options();
        form.section(messages.text("options.section.forward"));
        RowsTable referrals = tracked(new RowsTable(model.referrals(), messages, "referrals", 3, "options.addReferral"));
        form.table(messages.text("options.referrals"), referrals.table(), referrals.component(),
                FieldPath.of("options.referrals"));
        form.field("", check("options.interview", o.offerInterviewHelp(), model::setOfferInterviewHelp),
                FieldPath.of("options.offerInterviewHelp"));
        form.field("", check("options.brief", o.offerBriefReplacement(), model::setOfferBriefReplacement),
                FieldPath.of("options.offerBriefReplacement"));
        form.area(messages.text("options.tools"), Form.bind(new JTextArea(), String.join("\n", o.interimTools()),
                model::setInterimToolsText), FieldPath.of("options.interimTools"), 2);
        form.hint(messages.text("options.onePerLine"));

        var supportUntil = DateField.create(messages.locale(), o.supportUntil(), messages.text("options.supportUntil"),
                model::setSupportUntil);
        supportUntil.getComponentDateTextField().setName("options.supportUntil");
        form.field(messages.text("options.supportUntil"), supportUntil, FieldPath.of("options.supportUntil"));
        form.hint(messages.text("options.supportUntil.hint"));

        form.section(messages.text("options.section.return"));
        RowsTable items = tracked(new RowsTable(model.returnItems(), messages, "itemsToReturn", 4, "options.addItem"));
        form.table(messages.text("options.items"), items.table(), items.component(),
                FieldPath.of("options.itemsToReturn"));
        form.hint(messages.text("options.items.hint"));
        form.area(messages.text("options.access"), Form.bind(new JTextArea(), String.join("\n", o.accessToRevoke()),
                model::setAccessToRevokeText), FieldPath.of("options.accessToRevoke"), 3);
        form.hint(messages.text("options.onePerLine"));

        form.section(messages.text("options.section.payments"));
        payments = tracked(new RowsTable(model.payments(), messages, "payments", 4, "options.addPayment"));
        form.table(messages.text("options.payments"), payments.table(), payments.component(), FieldPath.of("payments"));
        form.hint(RowsTable.hint(messages));
        totals.setName("payments.totals");
        totals.putClientProperty(FlatClientProperties.STYLE, "font: +2 bold");
        form.display(messages.text("options.totals.label"), totals, "");
        form.field("", check("options.finalFiles", o.finalFilesAfterPayment(), model::setFinalFilesAfterPayment),
                FieldPath.of("options.finalFilesAfterPayment"));
        planChanged();
    }

    @Override
    public StepModel model() {
        return model;
    }

    @Override
    public void planChanged() {
        totals.setText(model.totalsText());
        payments.repaintNotes();
    }

    private JCheckBox check(String key, boolean selected, java.util.function.Consumer<Boolean> sink) {
        JCheckBox box = Form.mnemonic(new WrappingCheckBox(), messages.text(key));
        box.setSelected(selected);
        box.setName(key);
        box.addActionListener(e -> sink.accept(box.isSelected()));
        return box;
    }
}
