package dev.offboard.ui.step;

import com.formdev.flatlaf.FlatClientProperties;
import com.github.lgooddatepicker.components.DatePicker;
import dev.offboard.plan.FieldPath;
import dev.offboard.plan.Notice;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.widget.DateField;
import dev.offboard.ui.widget.Form;
import dev.offboard.ui.widget.RowsTable;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.ButtonGroup;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;

/** Step 3: notice, the last working day, and the work left to deliver. */
public final class NoticeStep extends StepPanel {

    private static final FieldPath MILESTONE_NAME = FieldPath.of("notice.milestoneName");
    private static final FieldPath MILESTONE_DATE = FieldPath.of("notice.milestoneDate");

    private final NoticeStepModel model;
    private final JLabel lastDay = new JLabel();
    private final Map<NoticeStepModel.Preset, JRadioButton> presets = new EnumMap<>(NoticeStepModel.Preset.class);
    private final JSpinner length = new JSpinner(new SpinnerNumberModel(2, 1, 366, 1));
    private final JComboBox<Notice.NoticeUnit> unit;
    private final JTextField milestoneName = new JTextField();
    private final DatePicker milestoneDate;
    private final RowsTable deliverables;

    public NoticeStep(NoticeStepModel model, Messages messages) {
        super(Step.NOTICE, messages);
        this.model = model;
        Notice n = model.notice();
        form.section(messages.text("notice.section.notice"));
        DatePicker givenOn = DateField.create(messages.locale(), n.givenOn(), messages.text("notice.givenOn"),
                model::setGivenOn);
        givenOn.getComponentDateTextField().setName("notice.givenOn");
        form.field(messages.text("notice.givenOn"), givenOn, FieldPath.of("notice.givenOn"));

        JPanel choices = new JPanel(new MigLayout("insets 0, wrap 1, gapy 2", "[]", ""));
        choices.setOpaque(false);
        ButtonGroup group = new ButtonGroup();
        for (NoticeStepModel.Preset preset : NoticeStepModel.Preset.values()) {
            JRadioButton radio = Form.mnemonic(new JRadioButton(), messages.label("notice.preset", preset));
            radio.setName("notice.preset." + preset.name());
            radio.addActionListener(e -> choosePreset(preset));
            group.add(radio);
            presets.put(preset, radio);
            choices.add(radio);
        }
        unit = Form.choices(Notice.NoticeUnit.values(), u -> messages.label("notice.unit", u), n.unit(),
                u -> applyLength());
        unit.getAccessibleContext().setAccessibleName(messages.text("notice.unit"));
        length.setValue(Math.max(1, Math.min(366, n.length())));
        length.addChangeListener(e -> applyLength());
        length.getAccessibleContext().setAccessibleName(messages.text("notice.length"));
        choices.add(length, "split 2, gapleft 28, w 70!");
        choices.add(unit);
        form.field(messages.text("notice.length"), choices, choices, FieldPath.of("notice.length"), "");
        form.register(FieldPath.of("notice.kind"), choices);

        milestoneName.setName("notice.milestoneName");
        form.field(messages.text("notice.milestoneName"), Form.bind(milestoneName, n.milestoneName(),
                model::setMilestoneName), MILESTONE_NAME);
        milestoneName.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("notice.milestoneName.placeholder"));
        milestoneDate = DateField.create(messages.locale(), n.milestoneDate(), messages.text("notice.milestoneDate"),
                model::setMilestoneDate);
        form.field(messages.text("notice.milestoneDate"), milestoneDate, MILESTONE_DATE);

        lastDay.setName("notice.lastDay");
        lastDay.putClientProperty(FlatClientProperties.STYLE, "font: +8 bold; foreground: $Offboard.lastDay.foreground");
        JLabel lastDayCaption = new JLabel(messages.text("notice.lastDay"));
        lastDayCaption.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        form.full(lastDayCaption);
        form.panel().add(lastDay, "span 2, gaptop 0, gapbottom para");
        lastDay.getAccessibleContext().setAccessibleName(messages.text("notice.lastDay"));

        JTextField agreement = AssessStep.named(new JTextField(), "notice.agreement");
        agreement.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("notice.agreement.placeholder"));
        form.field(messages.text("notice.agreement"), Form.bind(agreement, n.agreement(), model::setAgreement),
                FieldPath.of("notice.agreement"));
        JTextField clause = AssessStep.named(new JTextField(8), "notice.noticeClause");
        clause.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("notice.noticeClause.placeholder"));
        form.field(messages.text("notice.noticeClause"), Form.bind(clause, n.noticeClause(), model::setNoticeClause),
                clause, FieldPath.of("notice.noticeClause"), "growx 0, w 120!");
        DatePicker cutoff = DateField.create(messages.locale(), n.newRequestsCutoff(),
                messages.text("notice.newRequestsCutoff"), model::setNewRequestsCutoff);
        cutoff.getComponentDateTextField().setName("notice.newRequestsCutoff");
        form.field(messages.text("notice.newRequestsCutoff"), cutoff, FieldPath.of("notice.newRequestsCutoff"));
        form.hint(messages.text("notice.newRequestsCutoff.hint"));

        form.section(messages.text("notice.section.deliverables"));
        deliverables = tracked(new RowsTable(model.deliverables(), messages, "deliverables", 4, "notice.addDeliverable"));
        form.table(messages.text("notice.deliverables"), deliverables.table(), deliverables.component(),
                FieldPath.of("deliverables"));
        form.hint(RowsTable.hint(messages));
        syncPreset();
        planChanged();
    }

    @Override
    public StepModel model() {
        return model;
    }

    @Override
    public void planChanged() {
        lastDay.setText(model.lastWorkingDayText());
        deliverables.repaintNotes();
    }

    private void choosePreset(NoticeStepModel.Preset preset) {
        if (preset == NoticeStepModel.Preset.CUSTOM) {
            applyLength();
        } else {
            model.choosePreset(preset);
        }
        syncPreset();
    }

    private void applyLength() {
        if (presets.get(NoticeStepModel.Preset.CUSTOM).isSelected()) {
            model.setLength((Integer) length.getValue(), (Notice.NoticeUnit) unit.getSelectedItem());
        }
    }

    private void syncPreset() {
        NoticeStepModel.Preset preset = model.preset();
        if (!presets.get(NoticeStepModel.Preset.CUSTOM).isSelected() || preset != NoticeStepModel.Preset.TWO_WEEKS) {
            presets.get(preset).setSelected(true);
        }
        boolean custom = presets.get(NoticeStepModel.Preset.CUSTOM).isSelected();
        length.setEnabled(custom);
        unit.setEnabled(custom);
        boolean milestone = preset == NoticeStepModel.Preset.MILESTONE;
        form.setFieldVisible(MILESTONE_NAME, milestone);
        form.setFieldVisible(MILESTONE_DATE, milestone);
        form.panel().revalidate();
    }
}
