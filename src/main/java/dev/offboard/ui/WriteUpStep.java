package dev.offboard.ui;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.plan.WriteUp;
import java.awt.Cursor;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/** Step 6: the last words, every open problem, and live previews of the email and the letter. */
final class WriteUpStep extends StepPanel {

    /** Edits closer together than this make one preview. */
    static final int PREVIEW_DELAY_MS = 250;

    private final WriteUpStepModel model;
    private final AppController controller;
    private final JPanel problems = new JPanel(new MigLayout("insets 0, wrap 1, gapy 0", "[grow,fill]", ""));
    private final JLabel problemsSummary = new JLabel();
    private final JTextArea emailPreview = new JTextArea();
    private final JPanel pages = new JPanel(new MigLayout("insets 8, wrap 1, gapy 12, alignx center", "[center]", ""));
    private final JLabel previewState = new JLabel();
    private final Timer debounce;
    private final Consumer<String> jump;
    private int generation;

    WriteUpStep(WriteUpStepModel model, AppController controller, Messages messages, Consumer<String> jump) {
        super(Step.WRITE_UP, messages);
        this.model = model;
        this.controller = controller;
        this.jump = jump;
        WriteUp w = model.writeUp();
        form.section(messages.text("writeUp.section.problems"));
        problems.setOpaque(false);
        problems.setName("writeUp.problems");
        form.field(messages.text("writeUp.problems"), problems, problems, "writeUp.problems", "");
        form.section(messages.text("writeUp.section.words"));
        form.area(messages.text("writeUp.conditions"), Form.bind(AssessStep.named(new JTextArea(),
                "writeUp.otherConditions"), model.otherConditionsText(), model::setOtherConditionsText),
                "writeUp.otherConditions", 3);
        form.hint(messages.text("writeUp.conditions.hint"));
        JTextField subject = AssessStep.named(new JTextField(), "writeUp.emailSubject");
        subject.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("writeUp.default"));
        form.field(messages.text("writeUp.subject"), Form.bind(subject, w.emailSubject(), model::setEmailSubject),
                "writeUp.emailSubject");
        JTextArea closing = AssessStep.named(new JTextArea(), "writeUp.closing");
        form.area(messages.text("writeUp.closing"), Form.bind(closing, w.closing(), model::setClosing),
                "writeUp.closing", 2);
        JTextField signOff = AssessStep.named(new JTextField(), "writeUp.signOff");
        signOff.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("writeUp.default"));
        form.field(messages.text("writeUp.signOff"), Form.bind(signOff, w.signOff(), model::setSignOff),
                "writeUp.signOff");
        form.hint(messages.text("writeUp.default.hint"));

        form.section(messages.text("writeUp.section.preview"));
        form.full(actions());
        previewState.setName("writeUp.previewState");
        previewState.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        form.full(previewState);
        emailPreview.setName("writeUp.emailPreview");
        emailPreview.setEditable(false);
        emailPreview.setLineWrap(true);
        emailPreview.setWrapStyleWord(true);
        emailPreview.setRows(18);
        emailPreview.getAccessibleContext().setAccessibleName(messages.text("writeUp.preview.email"));
        Form.tabMovesFocus(emailPreview);
        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab(messages.text("writeUp.preview.email"), new JScrollPane(emailPreview));
        pages.putClientProperty(FlatClientProperties.STYLE, "background: darken($Panel.background,8%)");
        JScrollPane pageScroll = new JScrollPane(pages);
        pageScroll.getVerticalScrollBar().setUnitIncrement(24);
        tabs.addTab(messages.text("writeUp.preview.letter"), pageScroll);
        tabs.setName("writeUp.previewTabs");
        form.panel().add(tabs, "span 2, grow, h 420!");

        debounce = new Timer(PREVIEW_DELAY_MS, e -> renderPreview());
        debounce.setRepeats(false);
        refreshProblems();
        schedulePreview();
    }

    @Override
    StepModel model() {
        return model;
    }

    @Override
    void planChanged() {
        if (form.panel().isShowing()) {
            refreshProblems();
        }
        schedulePreview();
    }

    @Override
    void shown() {
        refreshProblems();
        schedulePreview();
    }

    String previewStateText() {
        return previewState.getText();
    }

    private JPanel actions() {
        JPanel bar = new JPanel(new MigLayout("insets 0", "[][][]push[]", ""));
        bar.setOpaque(false);
        bar.add(button("writeUp.copy", "copy", controller::copyEmail));
        bar.add(button("writeUp.mail", "mail", () -> controller.openInMail(model)));
        bar.add(button("writeUp.export", "export", controller::exportPdf));
        bar.add(button("writeUp.save", "save", () -> controller.save(() -> { })));
        return bar;
    }

    private JButton button(String key, String icon, Runnable action) {
        JButton button = Form.mnemonic(new JButton(), messages.text(key));
        button.setIcon(Icons.get(icon));
        button.setName(key);
        button.addActionListener(e -> action.run());
        return button;
    }

    /** Lists every open problem as a link to its field. */
    private void refreshProblems() {
        problems.removeAll();
        List<FieldProblem> open = model.openProblems();
        long errors = open.stream().filter(FieldProblem::isError).count();
        problemsSummary.setText(open.isEmpty() ? messages.text("writeUp.problems.none")
                : messages.text("writeUp.problems.count", errors, open.size() - errors));
        problemsSummary.setIcon(Icons.get(open.isEmpty() ? "complete" : errors > 0 ? "error" : "warning"));
        problems.add(problemsSummary, "gapbottom 4");
        for (int i = 0; i < open.size(); i++) {
            problems.add(link(open.get(i), i), "growx 0");
        }
        problems.revalidate();
        problems.repaint();
    }

    private JButton link(FieldProblem problem, int index) {
        String stepName = messages.text(problem.step().key() + ".name");
        JButton link = new JButton("<html>" + AssessStep.escape(stepName) + " · <u>"
                + AssessStep.escape(problem.message()) + "</u></html>");
        link.setName("problem." + index);
        link.setIcon(Icons.get(problem.isError() ? "error" : "warning", 12));
        link.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        link.putClientProperty(FlatClientProperties.STYLE, "foreground: $Component.linkColor");
        link.setHorizontalAlignment(JButton.LEADING);
        link.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        link.getAccessibleContext().setAccessibleName(stepName + ": " + problem.message());
        link.setToolTipText(messages.text("writeUp.problems.goTo", stepName));
        link.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        link.addActionListener(e -> jump.accept(problem.field()));
        return link;
    }

    private void schedulePreview() {
        debounce.restart();
        previewState.setText(messages.text("preview.updating"));
    }

    /** Renders the current plan in the background; a result older than the latest request is dropped. */
    private void renderPreview() {
        int requested = ++generation;
        var plan = controller.holder().plan();
        controller.tasks().run(() -> Preview.render(controller.documents(), plan, controller.today(), messages, 1.0f),
                preview -> showPreview(requested, preview),
                e -> showPreview(requested, new Preview(null, List.of(), String.valueOf(e.getMessage()))));
    }

    private void showPreview(int requested, Preview preview) {
        if (requested != generation) {
            return;
        }
        if (preview.email() != null) {
            String text = preview.email().toText();
            if (!text.equals(emailPreview.getText())) {
                emailPreview.setText(text);
                emailPreview.setCaretPosition(0);
            }
        } else {
            emailPreview.setText("");
        }
        pages.removeAll();
        for (BufferedImage page : preview.pages()) {
            JLabel image = new JLabel(new ImageIcon(page));
            image.setBorder(BorderFactory.createLineBorder(java.awt.Color.GRAY));
            pages.add(image);
        }
        pages.revalidate();
        pages.repaint();
        previewState.setText(preview.problem().isEmpty() ? messages.text("preview.ready") : preview.problem());
    }
}
