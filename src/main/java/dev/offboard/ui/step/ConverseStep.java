package dev.offboard.ui.step;

import dev.offboard.plan.Channel;
import dev.offboard.plan.Conversation;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.widget.DateField;
import dev.offboard.ui.widget.Form;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTextArea;

/** Step 2: the honest conversation. */
public final class ConverseStep extends StepPanel {

    private final ConverseStepModel model;
    private final JTextArea talkingPoints = new JTextArea();
    private final JTextArea pushBack = new JTextArea();

    public ConverseStep(ConverseStepModel model, Messages messages) {
        super(Step.CONVERSE, messages);
        this.model = model;
        Conversation c = model.conversation();
        form.section(messages.text("converse.section.when"));
        form.field(messages.text("converse.date"), DateField.create(messages.locale(), c.date(),
                messages.text("converse.date"), model::setDate), "conversation.date");
        form.field(messages.text("converse.channel"), AssessStep.named(Form.choices(Channel.values(),
                ch -> messages.label("channel", ch), c.channel(), model::setChannel), "conversation.channel"),
                "conversation.channel");
        form.section(messages.text("converse.section.words"));
        talkingPoints.setName("conversation.talkingPoints");
        form.area(messages.text("converse.talkingPoints"), Form.bind(talkingPoints, c.talkingPoints(),
                model::setTalkingPoints), "conversation.talkingPoints", 5);
        tone(talkingPoints);
        JButton draft = Form.mnemonic(new JButton(), messages.text("converse.draft"));
        draft.setName("converse.draft");
        draft.addActionListener(e -> draftTalkingPoints());
        form.panel().add(draft, "skip 1, growx 0, wrap");
        form.area(messages.text("converse.unmet"), Form.bind(new JTextArea(), c.unmetExpectations(),
                model::setUnmetExpectations), "conversation.unmetExpectations", 2);
        JTextArea script = AssessStep.named(new JTextArea(), "conversation.script");
        form.area(messages.text("converse.script"), Form.bind(script, c.script(), model::setScript),
                "conversation.script", 5);
        tone(script);
        form.hint(messages.text("converse.script.hint"));
        pushBack.setName("conversation.pushBackAnswer");
        form.area(messages.text("converse.pushBack"), Form.bind(pushBack, c.pushBackAnswer(),
                model::setPushBackAnswer), "conversation.pushBackAnswer", 3);
        tone(pushBack);
        JButton suggest = Form.mnemonic(new JButton(), messages.text("converse.pushBack.suggest"));
        suggest.addActionListener(e -> suggestPushBack());
        form.panel().add(suggest, "skip 1, growx 0, wrap");
        form.hint(messages.text("converse.pushBack.hint"));
        form.section(messages.text("converse.section.reason"));
        JTextArea reason = AssessStep.named(new JTextArea(), "conversation.clientReason");
        form.area(messages.text("converse.reason"), Form.bind(reason, c.clientReason(), model::setClientReason),
                "conversation.clientReason", 3);
        tone(reason);
        form.hint(messages.text("converse.reason.hint"));
    }

    @Override
    public StepModel model() {
        return model;
    }

    private void tone(JTextArea area) {
        JLabel label = ToneHighlighter.attach(area, model, form::note);
        label.setVisible(!label.getText().isEmpty());
    }

    private void draftTalkingPoints() {
        model.addDraft();
        added(talkingPoints, model.conversation().talkingPoints());
    }

    private void suggestPushBack() {
        model.addSuggestedPushBack();
        added(pushBack, model.conversation().pushBackAnswer());
    }
}
