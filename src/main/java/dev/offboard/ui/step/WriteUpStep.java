package dev.offboard.ui.step;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.plan.Confirmation;
import dev.offboard.plan.FieldPath;
import dev.offboard.plan.PaperSize;
import dev.offboard.plan.WriteUp;
import dev.offboard.render.Email;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.widget.ButtonRow;
import dev.offboard.ui.widget.DateField;
import dev.offboard.ui.widget.Form;
import dev.offboard.ui.widget.Html;
import dev.offboard.ui.widget.Icons;
import dev.offboard.ui.widget.LetterPages;
import dev.offboard.ui.widget.PageIcon;
import dev.offboard.ui.widget.Preview;
import dev.offboard.ui.widget.PreviewModel;
import dev.offboard.ui.widget.SideBySide;
import dev.offboard.ui.widget.WrappingButton;
import dev.offboard.ui.widget.WrappingCheckBox;
import dev.offboard.ui.widget.WrappingLabel;
import java.awt.Cursor;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/** Step 6: the last words, every open problem, and live previews of the email and the letter. */
public final class WriteUpStep extends StepPanel {

    /**
     * Edits closer together than this make one letter preview. The email, which takes about a
     * millisecond, follows every edit; a letter takes tens of milliseconds and more.
     */
    static final int LETTER_DELAY_MS = 100;

    /** The narrowest page, in unscaled pixels, that shows the fields and the preview side by side. */
    static final int SIDE_BY_SIDE_WIDTH = 940;

    private final WriteUpStepModel model;
    private final WriteUpActions controller;
    private final JPanel problems = new JPanel(new MigLayout("insets 0, wrap 1, gapy 0", "[grow,fill]", ""));
    private final JLabel problemsSummary = new WrappingLabel();
    /** The problems the links below the summary show; null before the first listing. */
    private List<FieldProblem> listedProblems;
    private final JTextArea emailPreview = new JTextArea();
    /** The letter's pages, as wide as the preview: each page is fitted to its width, never scrolled sideways. */
    private final JPanel pages = new LetterPages();
    private final JLabel previewState = new JLabel();
    /** Links to client-facing text the letter cannot print (an emoji, say), shown with the letter. */
    private final JPanel unprintable = new JPanel(new MigLayout("insets 0, wrap 1, gapy 0", "[grow,fill]", ""));
    private final JTabbedPane tabs = new JTabbedPane();
    private final JScrollPane pageScroll = new JScrollPane(pages);
    /**
     * The preview beside the fields, or under them in a narrow window. The tabs' own constraint
     * ("push") makes their row the one that grows: a hidden row above them (hidemode 3) takes
     * no cell, so a growing row chosen by its index would be an empty one below the tabs.
     */
    private final JPanel preview = new JPanel(new MigLayout("insets dialog, wrap 1, fill, hidemode 3", "[grow,fill]",
            ""));
    private final SideBySide page;
    private ShownLetter shownLetter;
    private final Consumer<FieldPath> jump;
    /** The email follows every edit; the letter once edits pause, and only while its tab is open. */
    private final PreviewModel<Email> email;
    private final PreviewModel<LetterOnScreen> letter;
    /** The generated text of every section, for the wording editor; follows the plan once edits pause. */
    private final PreviewModel<WriteUpStepModel.WordingState> wording;
    private final SectionEditor wordingEditor;
    private String emailProblem = "";
    private String letterProblem = "";

    public WriteUpStep(WriteUpStepModel model, WriteUpActions controller, Messages messages, Consumer<FieldPath> jump) {
        super(Step.WRITE_UP, messages);
        this.model = model;
        this.controller = controller;
        this.jump = jump;
        WriteUp w = model.writeUp();
        form.section(messages.text("writeUp.section.problems"));
        problems.setOpaque(false);
        problems.setName("writeUp.problems");
        form.field(messages.text("writeUp.problems"), problems, problems, FieldProblem.WHOLE_PLAN, "");
        form.section(messages.text("writeUp.section.words"));
        form.area(messages.text("writeUp.conditions"), Form.bind(AssessStep.named(new JTextArea(),
                "writeUp.otherConditions"), model.otherConditionsText(), model::setOtherConditionsText),
                FieldPath.of("writeUp.otherConditions"), 3);
        form.hint(messages.text("writeUp.conditions.hint"));
        JTextField subject = AssessStep.named(new JTextField(), "writeUp.emailSubject");
        subject.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("writeUp.default"));
        form.field(messages.text("writeUp.subject"), Form.bind(subject, w.emailSubject(), model::setEmailSubject),
                FieldPath.of("writeUp.emailSubject"));
        JTextArea closing = AssessStep.named(new JTextArea(), "writeUp.closing");
        form.area(messages.text("writeUp.closing"), Form.bind(closing, w.closing(), model::setClosing),
                FieldPath.of("writeUp.closing"), 2);
        JTextField signOff = AssessStep.named(new JTextField(), "writeUp.signOff");
        signOff.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("writeUp.default"));
        form.field(messages.text("writeUp.signOff"), Form.bind(signOff, w.signOff(), model::setSignOff),
                FieldPath.of("writeUp.signOff"));
        form.hint(messages.text("writeUp.default.hint"));
        JTextArea payment = AssessStep.named(new JTextArea(), "writeUp.paymentDetails");
        form.area(messages.text("writeUp.paymentDetails"), Form.bind(payment, w.paymentDetails(),
                model::setPaymentDetails), FieldPath.of("writeUp.paymentDetails"), 2);
        form.hint(messages.text("writeUp.paymentDetails.hint"));
        var letterDate = DateField.create(messages.locale(), w.letterDate(), messages.text("writeUp.letterDate"),
                model::setLetterDate);
        letterDate.getComponentDateTextField().setName("writeUp.letterDate");
        form.field(messages.text("writeUp.letterDate"), letterDate, FieldPath.of("writeUp.letterDate"));
        form.hint(messages.text("writeUp.letterDate.hint"));
        javax.swing.JCheckBox registered = Form.mnemonic(new WrappingCheckBox(),
                messages.text("writeUp.registeredPost"));
        registered.setName("writeUp.registeredPost");
        registered.setSelected(w.registeredPost());
        registered.addActionListener(e -> model.setRegisteredPost(registered.isSelected()));
        form.field("", registered, FieldPath.of("writeUp.registeredPost"));
        javax.swing.JComboBox<Confirmation> confirmation = Form.choices(Confirmation.values(),
                choice -> messages.label("confirmation", choice), w.confirmation(), model::setConfirmation);
        confirmation.setName("writeUp.confirmation");
        form.field(messages.text("writeUp.confirmation"), confirmation, FieldPath.of("writeUp.confirmation"));
        form.hint(messages.text("writeUp.confirmation.hint"));
        form.field(messages.text("writeUp.paper"), Form.choices(PaperSize.values(),
                size -> messages.label("paper", size), w.paperSize(), model::setPaperSize),
                FieldPath.of("writeUp.paperSize"));
        wordingEditor = new SectionEditor(form, model, messages);

        JLabel previewTitle = new JLabel(messages.text("writeUp.section.preview"));
        previewTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        preview.add(previewTitle, "split 2");
        preview.add(new javax.swing.JSeparator(), "growx");
        preview.add(actions(), "wmin 40");
        previewState.setName("writeUp.previewState");
        previewState.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        preview.add(previewState);
        unprintable.setOpaque(false);
        unprintable.setName("writeUp.unprintable");
        unprintable.setVisible(false);
        preview.add(unprintable);
        emailPreview.setName("writeUp.emailPreview");
        emailPreview.setEditable(false);
        emailPreview.setLineWrap(true);
        emailPreview.setWrapStyleWord(true);
        emailPreview.setRows(18);
        emailPreview.getAccessibleContext().setAccessibleName(messages.text("writeUp.preview.email"));
        Form.tabMovesFocus(emailPreview);
        tabs.addTab(messages.text("writeUp.preview.email"), new JScrollPane(emailPreview));
        pages.setName("writeUp.letterPages");
        pages.putClientProperty(FlatClientProperties.STYLE, "background: darken($Panel.background,8%)");
        pageScroll.getVerticalScrollBar().setUnitIncrement(24);
        pageScroll.getViewport().addChangeListener(e -> drawVisiblePages());
        pageScroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        pageScroll.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                fitPages();
            }
        });
        tabs.addTab(messages.text("writeUp.preview.letter"), pageScroll);
        tabs.setName("writeUp.previewTabs");
        tabs.addChangeListener(e -> letterTabChanged());
        preview.add(tabs, "grow, push, hmin 200");
        preview.setOpaque(false);
        page = new SideBySide("writeUp.page", form.panel(), preview, SIDE_BY_SIDE_WIDTH, 520);

        email = new PreviewModel<>(controller.tasks(), controller.scheduler(), 0, this::showEmail,
                e -> showEmailProblem(messages.text("preview.unavailable", Preview.reason(e))));
        letter = new PreviewModel<>(controller.tasks(), controller.scheduler(), LETTER_DELAY_MS, this::showLetter,
                e -> showLetterProblem(messages.text("preview.letterUnavailable", Preview.reason(e))));
        wording = new PreviewModel<>(controller.tasks(), controller.scheduler(), LETTER_DELAY_MS, this::showWording,
                e -> { });
        email.onStateChange(this::updateState);
        letter.onStateChange(this::updateState);
        letter.setActive(false);
        refreshProblems();
        schedulePreview();
    }

    @Override
    public StepModel model() {
        return model;
    }

    @Override
    public javax.swing.JComponent component() {
        return page;
    }

    @Override
    public void planChanged() {
        if (form.panel().isShowing()) {
            refreshProblems();
            schedulePreview();
            wordingEditor.refresh();
        }
    }

    @Override
    public void dispose() {
        email.dispose();
        letter.dispose();
        wording.dispose();
    }

    /** A problem about an edited section (writeUp.edits[2].text) first chooses that section in the editor. */
    @Override
    public boolean focusField(FieldPath path) {
        chooseEditedSection(path.value());
        return super.focusField(path);
    }

    @Override
    public boolean focusField(FieldPath path, int caret) {
        chooseEditedSection(path.value());
        return super.focusField(path, caret);
    }

    private void chooseEditedSection(String path) {
        java.util.regex.Matcher edit = EDIT_PATH.matcher(path);
        if (edit.lookingAt()) {
            int index = Integer.parseInt(edit.group(1));
            List<dev.offboard.plan.EditedText> edits = model.writeUp().edits();
            if (index < edits.size()) {
                wordingEditor.focus(edits.get(index).section());
            }
        }
    }

    private static final java.util.regex.Pattern EDIT_PATH = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(SectionEditor.PATH) + "\\[(\\d+)]");

    private void showWording(WriteUpStepModel.WordingState state) {
        model.wordingComputed(state);
        wordingEditor.refresh();
        refreshProblems();
    }

    @Override
    public void shown() {
        refreshProblems();
        schedulePreview();
    }

    public String previewStateText() {
        return previewState.getText();
    }

    private JPanel actions() {
        JPanel bar = new ButtonRow();
        bar.add(button("writeUp.copy", "copy", controller::copyEmail));
        bar.add(button("writeUp.mail", "mail", () -> controller.openInMail(model)));
        bar.add(button("writeUp.draft", "mail", controller::saveEmailDraft));
        bar.add(button("writeUp.export", "export", controller::exportPdf));
        bar.add(button("writeUp.save", "save", () -> controller.save(() -> { })));
        JButton privatePlan = button("writeUp.private", "export", controller::exportPrivatePlan);
        privatePlan.setToolTipText(messages.text("writeUp.private.hint"));
        bar.add(privatePlan);
        return bar;
    }

    private JButton button(String key, String icon, Runnable action) {
        JButton button = Form.mnemonic(new JButton(), messages.text(key));
        button.setIcon(Icons.get(icon));
        button.setName(key);
        button.addActionListener(e -> action.run());
        return button;
    }

    /**
     * Lists every open problem as a link to its field. The links are rebuilt only when the list
     * changed, so a link a keyboard user is on keeps the focus while previews finish; when they
     * are rebuilt, the focus stays at the same place in the list.
     */
    private void refreshProblems() {
        List<FieldProblem> open = model.openProblems();
        if (open.equals(listedProblems)) {
            return;
        }
        listedProblems = open;
        int focusedLink = -1;
        for (int i = 0; i < problems.getComponentCount(); i++) {
            if (problems.getComponent(i).isFocusOwner()) {
                focusedLink = i;
            }
        }
        problems.removeAll();
        long errors = open.stream().filter(FieldProblem::isError).count();
        problemsSummary.setText(open.isEmpty() ? messages.text("writeUp.problems.none")
                : messages.text("writeUp.problems.count", errors, open.size() - errors));
        problemsSummary.setIcon(Icons.get(open.isEmpty() ? "complete" : errors > 0 ? "error" : "warning"));
        problems.add(problemsSummary, "gapbottom 4, growx, wmin 40");
        for (int i = 0; i < open.size(); i++) {
            problems.add(link(open.get(i), i), "growx 0, wmin 40");
        }
        problems.revalidate();
        problems.repaint();
        if (focusedLink >= 0) {
            java.awt.Component stay = problems.getComponent(Math.min(focusedLink, problems.getComponentCount() - 1));
            if (stay.isFocusable()) {
                stay.requestFocusInWindow();
            } else {
                problems.transferFocus();
            }
        }
    }

    private JButton link(FieldProblem problem, int index) {
        String stepName = messages.text(problem.step().key() + ".name");
        JButton link = new WrappingButton("<html>" + Html.escape(stepName) + " · <u>"
                + Html.escape(problem.message()) + "</u></html>");
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

    /** The email follows every edit; the letter follows once edits pause, and only while its tab is open. */
    private void schedulePreview() {
        var plan = controller.holder().plan();
        email.request(() -> Preview.email(controller.documents(), plan));
        requestLetter(plan);
        java.time.LocalDate today = controller.today();
        wording.request(() -> {
            var documents = controller.documents();
            var language = plan.client().language();
            return new WriteUpStepModel.WordingState(plan, documents.generatedWording(plan, language, today),
                    documents.wordingProblems(plan, language, today));
        });
    }

    /**
     * Asks for the letter with its first page drawn for the width it is shown at, at the
     * screen's density; before the preview has a width, at its printed size.
     */
    private void requestLetter(dev.offboard.plan.Plan plan) {
        double deviceScale = PageIcon.deviceScale(pages);
        int width = pageWidth();
        requestedWidth = width;
        float pointsWide = plan.writeUp().paperSize().resolve(plan.client()) == PaperSize.LETTER ? 612f : 595.28f;
        float scale = width > 0 ? PageIcon.fitScale(width, pointsWide, deviceScale) : PageIcon.renderScale(pages);
        letter.request(() -> new LetterOnScreen(Preview.letter(controller.documents(), plan, controller.today(),
                scale), deviceScale, scale));
    }

    /**
     * The width a page is shown at: the preview's width less its margins and the page's
     * frame; 0 before the preview is laid out.
     */
    private int pageWidth() {
        java.awt.Insets margins = pages.getInsets();
        int width = pageScroll.getViewport().getWidth() - margins.left - margins.right - 2;
        return width >= MIN_PAGE_WIDTH ? width : pageScroll.getViewport().getWidth() > 0 ? MIN_PAGE_WIDTH : 0;
    }

    /** The width the last letter asked for is drawn for; 0 for its printed size. */
    private int requestedWidth;

    /** The narrowest a page is drawn, however narrow its preview: a line of the letter still reads. */
    private static final int MIN_PAGE_WIDTH = 120;

    /**
     * The preview's width changed: every page is fitted to the new width at once (the image it
     * has, scaled), and the letter is drawn again for that width once resizing pauses when the
     * image was made for a width that differs by more than a tenth, so its text stays sharp.
     */
    private void fitPages() {
        int width = pageWidth();
        ShownLetter shown = shownLetter;
        if (width <= 0 || shown == null) {
            return;
        }
        int drawnFor = 0;
        for (java.awt.Component component : pages.getComponents()) {
            JLabel page = (JLabel) component;
            if (page.getIcon() instanceof PageIcon icon) {
                page.setIcon(icon.fitted(width));
                drawnFor = Math.max(drawnFor, (int) Math.round(icon.imageWidth() / shown.deviceScale()));
            } else {
                page.setPreferredSize(placeholderSize(width));
            }
        }
        pages.revalidate();
        pages.repaint();
        if (drawnFor > 0 && Math.abs(drawnFor - width) * 10 > width) {
            requestLetter(controller.holder().plan());
        }
    }

    /** The size of a page not drawn yet, shown {@code width} wide: the first page's proportions. */
    private java.awt.Dimension placeholderSize(int width) {
        java.awt.Component first = pages.getComponentCount() > 0 ? pages.getComponent(0) : null;
        javax.swing.Icon icon = first instanceof JLabel label ? label.getIcon() : null;
        int height = icon == null ? width * 297 / 210
                : (int) Math.round((double) width * icon.getIconHeight() / icon.getIconWidth());
        return new java.awt.Dimension(width + 2, height + 2);
    }

    private boolean letterShown() {
        return tabs.getSelectedComponent() == pageScroll;
    }

    private void letterTabChanged() {
        int width = pageWidth();
        if (letterShown() && width > 0 && Math.abs(requestedWidth - width) * 10 > width) {
            // Asked for (before the tab had a width, say) for another width: asked again for this one.
            requestLetter(controller.holder().plan());
        }
        letter.setActive(letterShown());
    }

    private void showEmail(Email made) {
        String text = made.toText();
        if (!text.equals(emailPreview.getText())) {
            emailPreview.setText(text);
            emailPreview.setCaretPosition(0);
        }
        emailProblem = "";
    }

    private void showEmailProblem(String problem) {
        emailPreview.setText("");
        emailProblem = problem;
    }

    /** A letter made for the screen: its first page drawn at the screen's density. */
    private record LetterOnScreen(Preview.Letter letter, double deviceScale, float scale) {
    }

    /** Shows the letter's first page, with room for the others, drawn as they are scrolled to. */
    private void showLetter(LetterOnScreen made) {
        Preview.Letter letter = made.letter();
        double deviceScale = made.deviceScale();
        pages.removeAll();
        PageIcon first = fit(new PageIcon(letter.first(), deviceScale));
        pages.add(page(first));
        for (int i = 1; i < letter.pageCount(); i++) {
            JLabel placeholder = page(null);
            placeholder.setPreferredSize(new java.awt.Dimension(first.getIconWidth() + 2, first.getIconHeight() + 2));
            pages.add(placeholder);
        }
        pages.revalidate();
        pages.repaint();
        letterProblem = "";
        showUnprintable(letter.unprintable());
        shownLetter = new ShownLetter(letter.pdf(), deviceScale, made.scale(), new java.util.HashSet<>());
        // The pages after the first are drawn as they are scrolled into view, not all at once.
        SwingUtilities.invokeLater(this::drawVisiblePages);
    }

    private void showUnprintable(List<dev.offboard.plan.Problem> problems) {
        unprintable.removeAll();
        for (int i = 0; i < problems.size(); i++) {
            dev.offboard.plan.Problem problem = problems.get(i);
            JButton link = link(FieldProblem.warning(problem.field(), problem.message(messages.locale())), i);
            link.setName("unprintable." + i);
            unprintable.add(link, "growx 0, wmin 40");
        }
        unprintable.setVisible(!problems.isEmpty());
        unprintable.revalidate();
        unprintable.repaint();
    }

    /** The letter on show, for drawing its other pages when they come into view. */
    private record ShownLetter(byte[] pdf, double deviceScale, float scale,
            java.util.Set<Integer> asked) {
    }

    /** Draws, in the background, the letter's pages now in view that are not drawn yet. */
    private void drawVisiblePages() {
        ShownLetter letter = shownLetter;
        if (letter == null) {
            return;
        }
        java.awt.Rectangle view = pageScroll.getViewport().getViewRect();
        List<Integer> wanted = new java.util.ArrayList<>();
        for (int i = 1; i < pages.getComponentCount(); i++) {
            if (pages.getComponent(i).getBounds().intersects(view) && letter.asked().add(i)) {
                wanted.add(i);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        controller.tasks().run(() -> Preview.pages(letter.pdf(), wanted, letter.scale()),
                drawn -> showPages(letter, drawn), e -> letter.asked().removeAll(wanted));
    }

    private void showPages(ShownLetter letter, java.util.Map<Integer, BufferedImage> drawn) {
        // The pages of an older letter are not shown under a newer one.
        if (letter != shownLetter) {
            return;
        }
        drawn.forEach((index, image) -> {
            if (index < pages.getComponentCount()) {
                JLabel page = (JLabel) pages.getComponent(index);
                page.setPreferredSize(null);
                page.setIcon(fit(new PageIcon(image, letter.deviceScale())));
            }
        });
        pages.revalidate();
        pages.repaint();
    }

    /** {@code page} fitted to the preview's width, once it has one. */
    private PageIcon fit(PageIcon page) {
        int width = pageWidth();
        return width > 0 ? page.fitted(width) : page;
    }

    private void showLetterProblem(String problem) {
        shownLetter = null;
        pages.removeAll();
        pages.revalidate();
        pages.repaint();
        showUnprintable(List.of());
        letterProblem = problem;
    }

    private static JLabel page(javax.swing.Icon image) {
        JLabel page = new JLabel(image);
        page.setBorder(BorderFactory.createLineBorder(java.awt.Color.GRAY));
        return page;
    }

    private void updateState() {
        boolean busy = email.state() == PreviewModel.State.UPDATING || letter.state() == PreviewModel.State.UPDATING;
        String problem = !emailProblem.isEmpty() ? emailProblem : letterProblem;
        previewState.setText(busy ? messages.text("preview.updating")
                : problem.isEmpty() ? messages.text("preview.ready") : problem);
    }
}
