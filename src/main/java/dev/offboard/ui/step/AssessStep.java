package dev.offboard.ui.step;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.plan.Client;
import dev.offboard.plan.Decision;
import dev.offboard.plan.FieldPath;
import dev.offboard.plan.Language;
import dev.offboard.plan.WarningSign;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.widget.DateField;
import dev.offboard.ui.widget.Form;
import dev.offboard.ui.widget.WrappingCheckBox;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** Step 1: you and your client, then the private assessment. */
public final class AssessStep extends StepPanel {

    private final AssessStepModel model;
    private final javax.swing.JTextArea recommendation = Form.wrapped("");
    private final JTextField greetingName = new JTextField();
    private final JLabel greetingPreview = new JLabel();

    public AssessStep(AssessStepModel model, Messages messages) {
        super(Step.ASSESS, messages);
        this.model = model;
        var f = model.freelancer();
        var c = model.client();
        var a = model.assessment();
        form.section(messages.text("assess.section.you"));
        form.field(messages.text("assess.yourName"), Form.bind(named(new JTextField(), "freelancer.name"), f.name(),
                model::setFreelancerName), FieldPath.of("freelancer.name"));
        form.field(messages.text("assess.business"), Form.bind(new JTextField(), f.businessName(),
                model::setBusinessName), FieldPath.of("freelancer.businessName"));
        form.field(messages.text("assess.email"), Form.bind(named(new JTextField(), "freelancer.email"), f.email(),
                model::setFreelancerEmail), FieldPath.of("freelancer.email"));
        form.field(messages.text("assess.phone"), Form.bind(new JTextField(), f.phone(), model::setPhone),
                FieldPath.of("freelancer.phone"));
        form.area(messages.text("assess.signature"), Form.bind(new JTextArea(), f.signature(), model::setSignature),
                FieldPath.of("freelancer.signature"), 2);
        form.area(messages.text("assess.yourAddress"), Form.bind(new JTextArea(), f.postalAddress(),
                model::setFreelancerAddress), FieldPath.of("freelancer.postalAddress"), 3);
        form.field(messages.text("assess.city"), Form.bind(new JTextField(), f.city(), model::setCity),
                FieldPath.of("freelancer.city"));
        form.field(messages.text("assess.yourCountry"), named(Form.countries(messages.locale(),
                messages.text("assess.country.none"), f.country(), model::setFreelancerCountry), "freelancer.country"),
                FieldPath.of("freelancer.country"));
        form.hint(messages.text("assess.yourCountry.hint"));
        form.section(messages.text("assess.section.client"));
        form.field(messages.text("assess.company"), Form.bind(named(new JTextField(), "client.company"), c.company(),
                model::setCompany), FieldPath.of("client.company"));
        form.field(messages.text("assess.contact"), Form.bind(named(new JTextField(), "client.contactName"),
                c.contactName(), model::setContactName), FieldPath.of("client.contactName"));
        greetingName.setName("client.greetingName");
        greetingName.getAccessibleContext().setAccessibleName(messages.text("assess.greetingName"));
        Form.bind(greetingName, c.greetingName(), model::setGreetingName);
        var formality = named(Form.choices(Client.Formality.values(), v -> messages.label("formality", v),
                c.formality(), model::setFormality), "client.formality");
        formality.getAccessibleContext().setAccessibleName(messages.text("assess.greeting"));
        var title = named(Form.choices(Client.Title.values(), v -> messages.label("title", v), c.title(),
                model::setTitle), "client.title");
        title.getAccessibleContext().setAccessibleName(messages.text("assess.contactTitle"));
        JPanel greeting = new JPanel(new MigLayout("insets 0", "[][][grow,fill]", ""));
        greeting.setOpaque(false);
        greeting.add(formality);
        greeting.add(title);
        greeting.add(greetingName);
        form.field(messages.text("assess.greeting"), greetingName, greeting, FieldPath.of("client.greetingName"), "");
        greetingName.getAccessibleContext().setAccessibleName(messages.text("assess.greetingName"));
        form.register(FieldPath.of("client.formality"), greeting);
        form.register(FieldPath.of("client.title"), greeting);
        greetingPreview.setName("client.greetingPreview");
        form.full(greetingPreview);
        form.field(messages.text("assess.clientEmail"), Form.bind(named(new JTextField(), "client.email"), c.email(),
                model::setClientEmail), FieldPath.of("client.email"));
        form.area(messages.text("assess.address"), Form.bind(new JTextArea(), c.postalAddress(),
                model::setPostalAddress), FieldPath.of("client.postalAddress"), 3);
        form.field(messages.text("assess.country"), named(Form.countries(messages.locale(),
                messages.text("assess.country.none"), c.country(), model::setClientCountry), "client.country"),
                FieldPath.of("client.country"));
        form.field(messages.text("assess.language"), Form.choices(Language.values(),
                l -> messages.label("language", l), c.language(), model::setClientLanguage),
                FieldPath.of("client.language"));
        form.hint(messages.text("assess.language.hint"));
        form.field(messages.text("assess.since"), DateField.create(messages.locale(), c.relationshipStart(),
                messages.text("assess.since"), model::setRelationshipStart), FieldPath.of("client.relationshipStart"));
        JTextField share = Form.bind(named(new JTextField(6), "client.revenueSharePercent"), model.revenueShareText(),
                model::setRevenueShareText);
        share.putClientProperty(FlatClientProperties.TEXT_FIELD_TRAILING_COMPONENT, new JLabel("% "));
        form.field(messages.text("assess.share"), share, share, FieldPath.of("client.revenueSharePercent"),
                "growx 0, w 90!");

        form.section(messages.text("assess.section.private"), Form.badge(messages.text("assess.private"), "lock"));
        JPanel signs = new JPanel(new MigLayout("insets 0, wrap 1, gapy 2", "[grow,fill]", ""));
        signs.setOpaque(false);
        for (WarningSign sign : WarningSign.values()) {
            JCheckBox box = new WrappingCheckBox(messages.label("sign", sign), a.signs().contains(sign));
            box.setName("sign." + sign.name());
            box.getAccessibleContext().setAccessibleName(messages.label("sign", sign));
            box.addActionListener(e -> model.setSign(sign, box.isSelected()));
            signs.add(box);
        }
        form.field(messages.text("assess.signs"), signs, signs, FieldPath.of("assessment.signs"), "");
        form.area(messages.text("assess.ownSigns"), Form.bind(new JTextArea(), model.ownSignsText(),
                model::setOwnSignsText), FieldPath.of("assessment.ownSigns"), 2);
        form.hint(messages.text("assess.ownSigns.hint"));
        form.area(messages.text("assess.workImpact"), Form.bind(new JTextArea(), a.workImpact(),
                model::setWorkImpact), FieldPath.of("assessment.workImpact"), 2);
        form.area(messages.text("assess.revenueImpact"), Form.bind(new JTextArea(), a.revenueImpact(),
                model::setRevenueImpact), FieldPath.of("assessment.revenueImpact"), 2);
        form.area(messages.text("assess.notes"), Form.bind(new JTextArea(), a.notes(), model::setNotes),
                FieldPath.of("assessment.notes"), 2);
        form.field(messages.text("assess.firstConsidered"), DateField.create(messages.locale(), a.firstConsidered(),
                messages.text("assess.firstConsidered"), model::setFirstConsidered),
                FieldPath.of("assessment.firstConsidered"));
        recommendation.setName("assess.recommendation");
        recommendation.putClientProperty(FlatClientProperties.STYLE, "font: +1 bold");
        form.display(messages.text("assess.recommendation"), recommendation, "wmin 50");
        form.field(messages.text("assess.decision"), named(Form.choices(Decision.values(),
                d -> messages.label("decision", d), a.decision(), model::setDecision), "assessment.decision"),
                FieldPath.of("assessment.decision"));
        planChanged();
    }

    @Override
    public StepModel model() {
        return model;
    }

    @Override
    public void planChanged() {
        recommendation.setText(model.recommendationText());
        greetingName.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, model.greetingNamePlaceholder());
        greetingPreview.setText(messages.text("assess.greeting.preview", model.greetingPreview()));
    }

    static <T extends java.awt.Component> T named(T component, String name) {
        component.setName(name);
        return component;
    }
}
