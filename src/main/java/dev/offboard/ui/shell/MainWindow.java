package dev.offboard.ui.shell;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.plan.FieldPath;
import dev.offboard.plan.Plan;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanDiff;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.core.UndoHistory;
import dev.offboard.ui.step.AssessStep;
import dev.offboard.ui.step.AssessStepModel;
import dev.offboard.ui.step.ConverseStep;
import dev.offboard.ui.step.ConverseStepModel;
import dev.offboard.ui.step.NoticeStep;
import dev.offboard.ui.step.NoticeStepModel;
import dev.offboard.ui.step.OptionsStep;
import dev.offboard.ui.step.OptionsStepModel;
import dev.offboard.ui.step.ShownProblems;
import dev.offboard.ui.step.StepModel;
import dev.offboard.ui.step.StepPanel;
import dev.offboard.ui.step.ThankStep;
import dev.offboard.ui.step.ThankStepModel;
import dev.offboard.ui.step.WriteUpStep;
import dev.offboard.ui.step.WriteUpStepModel;
import dev.offboard.ui.widget.FocusInView;
import dev.offboard.ui.widget.Form;
import dev.offboard.ui.widget.Icons;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The wizard window: a step sidebar, the current step, Back and Next, a menu. It builds
 * the steps from the plan holder and rebuilds them when the plan or the language changes.
 */
public final class MainWindow implements Feedback {

    private final AppController controller;
    private final Runnable themeChanger;
    private final JFrame frame = new JFrame();
    private final JList<Step> sidebar = new JList<>(Step.values()) {
        /** A click below the last step picks nothing (a list would pick the nearest step). */
        @Override
        public int locationToIndex(java.awt.Point location) {
            int index = super.locationToIndex(location);
            return index >= 0 && getCellBounds(index, index).contains(location) ? index : -1;
        }
    };
    private final CardLayout cardLayout = new CardLayout();
    private final JPanel cards = new JPanel(cardLayout);
    private final Banner banner = new Banner();
    private final StatusLine statusLine = new StatusLine(this::openExportedFile, this::updateSaveState);
    /** The plan as last saved, to tell when a save happened. */
    private Plan lastSaved;
    private final JButton back = new JButton();
    private final JButton next = new JButton();
    private final Map<Step, StepPanel> panels = new EnumMap<>(Step.class);
    private final Map<Step, JScrollPane> scrolls = new EnumMap<>(Step.class);
    private final Map<Step, StepModel> models = new EnumMap<>(Step.class);
    /** Each step's panel is built the first time it is shown: startup builds only the first. */
    private final Map<Step, Supplier<StepPanel>> factories = new EnumMap<>(Step.class);
    private final Navigation navigation = new Navigation();
    private final Map<Step, ShownProblems> shownProblems = new EnumMap<>(Step.class);
    private final Map<Step, Navigation.StepState> states = new EnumMap<>(Step.class);
    /** The plan as the window last saw it, to tell which fields an edit touched. */
    private Plan seen;
    private boolean syncingSidebar;
    /** The plan file when the menu (and its recent list) was last built. */
    private Path menuFile;
    private EditMenu editMenu;
    /** File > Recover unsaved work…, enabled while copies are kept for later. */
    private JMenuItem recoverItem;
    /** Unsaved work of earlier sessions not asked about at start-up, newest first; kept on disk. */
    private final List<dev.offboard.plan.RecoveryStore.Recovered> keptForLater = new java.util.ArrayList<>();
    private Recovery recovery;
    /** The banner shows the note about kept work (a problem shown since replaces it). */
    private boolean recoveryNoteShown;
    /** The user closed that note: it is not shown again this session; the File menu still offers the work. */
    private boolean recoveryNoteDismissed;

    MainWindow(AppController controller, Runnable themeChanger) {
        this.controller = controller;
        this.themeChanger = themeChanger;
        controller.attach(frame, this);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                statusLine.stop();
            }

            /** What a user types first goes into the step's first field, not into the sidebar. */
            @Override
            public void windowOpened(WindowEvent e) {
                SwingUtilities.invokeLater(() -> panel(navigation.current()).focusFirstInput());
            }
        });
        // A window manager activates the window after it opened, and the focus then goes to the
        // first focusable component, the sidebar: the first activation puts it in the field again.
        frame.addWindowFocusListener(new java.awt.event.WindowAdapter() {
            private boolean placed;

            @Override
            public void windowGainedFocus(WindowEvent e) {
                if (!placed) {
                    placed = true;
                    SwingUtilities.invokeLater(() -> panel(navigation.current()).focusFirstInput());
                }
            }
        });
        frame.setName("offboard.window");
        banner.onDismiss(() -> {
            if (recoveryNoteShown) {
                recoveryNoteDismissed = true;
                recoveryNoteShown = false;
            }
        });
        Icons.applyAppIcon(frame);
        frame.setMinimumSize(new Dimension(900, 600));
        frame.setSize(1180, 820);
        seen = controller.holder().plan();
        navigation.reset(!seen.equals(Plan.empty()));
        lastSaved = controller.holder().savedPlan();
        controller.holder().addListener(this::planChanged);
        navigation.moveTo(lastStep(controller.settings()));
        layout();
        rebuild();
        FocusInView.install(frame);
        WindowPlace.restore(frame, controller.settings());
    }

    public JFrame frame() {
        return frame;
    }

    public AppController controller() {
        return controller;
    }

    public Step currentStep() {
        return navigation.current();
    }

    private Messages messages() {
        return controller.messages();
    }

    private void layout() {
        sidebar.setName("sidebar");
        sidebar.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        sidebar.setCellRenderer(new StepRenderer());
        sidebar.setFixedCellHeight(40);
        sidebar.putClientProperty(FlatClientProperties.STYLE, "background: $Offboard.sidebar.background;"
                + " selectionBackground: $Offboard.sidebar.selection.background;"
                + " selectionForeground: $Offboard.sidebar.selection.foreground;"
                + " selectionArc: 10; selectionInsets: 2,6,2,6");
        sidebar.addListSelectionListener(e -> sidebarSelected());
        JPanel side = new JPanel(new BorderLayout());
        side.putClientProperty(FlatClientProperties.STYLE, "background: $Offboard.sidebar.background");
        side.setPreferredSize(new Dimension(210, 100));
        JLabel brand = new JLabel("Offboard");
        brand.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        brand.setBorder(javax.swing.BorderFactory.createEmptyBorder(16, 16, 12, 16));
        side.add(brand, BorderLayout.NORTH);
        side.add(sidebar, BorderLayout.CENTER);

        back.setName("nav.back");
        back.setIcon(Icons.get("back"));
        back.addActionListener(e -> goBack());
        next.setName("nav.next");
        next.setIcon(Icons.get("next"));
        next.setHorizontalTextPosition(JButton.LEADING);
        next.addActionListener(e -> goNext());
        JPanel nav = new JPanel(new MigLayout("insets 8 16 8 16, fillx", "[grow][][]push[button][button]", ""));
        nav.putClientProperty(FlatClientProperties.STYLE, "border: 1,0,0,0,$Component.borderColor");
        statusLine.addTo(nav);
        nav.add(back);
        nav.add(next);

        JPanel main = new JPanel(new BorderLayout());
        main.add(banner.component(), BorderLayout.NORTH);
        main.add(cards, BorderLayout.CENTER);
        main.add(nav, BorderLayout.SOUTH);
        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().add(side, BorderLayout.WEST);
        frame.getContentPane().add(main, BorderLayout.CENTER);

        JComponent root = frame.getRootPane();
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, InputEvent.ALT_DOWN_MASK), "back", this::goBack);
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, InputEvent.ALT_DOWN_MASK), "next", this::goNext);
        bind(root, EditMenu.REDO_ALTERNATIVE, "redo", this::redo);
    }

    private static void bind(JComponent root, KeyStroke key, String name, Runnable action) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, name);
        root.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
    }

    /** Builds the steps, the menu and every text from the holder and the current language. */
    void rebuild() {
        Messages messages = messages();
        JComponent.setDefaultLocale(messages.locale());
        frame.setLocale(messages.locale());
        PlanHolder holder = controller.holder();
        AssessStepModel assess = new AssessStepModel(holder, messages, controller.todaySupplier());
        ConverseStepModel converse = new ConverseStepModel(holder, messages);
        NoticeStepModel notice = new NoticeStepModel(holder, messages);
        OptionsStepModel options = new OptionsStepModel(holder, messages, controller.settings(),
                Locale.getDefault(Locale.Category.FORMAT));
        ThankStepModel thank = new ThankStepModel(holder, messages);
        WriteUpStepModel writeUp = new WriteUpStepModel(holder, messages,
                List.of(assess, converse, notice, options, thank));
        panels.values().forEach(StepPanel::dispose);
        shownProblems.values().forEach(ShownProblems::dispose);
        shownProblems.clear();
        models.clear();
        models.put(Step.ASSESS, assess);
        models.put(Step.CONVERSE, converse);
        models.put(Step.NOTICE, notice);
        models.put(Step.OPTIONS, options);
        models.put(Step.THANK, thank);
        models.put(Step.WRITE_UP, writeUp);
        factories.clear();
        factories.put(Step.ASSESS, () -> new AssessStep(assess, messages));
        factories.put(Step.CONVERSE, () -> new ConverseStep(converse, messages));
        factories.put(Step.NOTICE, () -> new NoticeStep(notice, messages));
        factories.put(Step.OPTIONS, () -> new OptionsStep(options, messages));
        factories.put(Step.THANK, () -> new ThankStep(thank, messages));
        factories.put(Step.WRITE_UP, () -> new WriteUpStep(writeUp, controller, messages, this::jumpTo));
        panels.clear();
        cards.removeAll();
        scrolls.clear();
        frame.setJMenuBar(menuBar());
        Form.mnemonic(back, messages.text("nav.back"));
        Form.mnemonic(next, messages.text("nav.next"));
        statusLine.translate(messages);
        banner.translate(messages);
        updateSaveState();
        refreshStates();
        show(navigation.current(), false);
        updateTitle();
        frame.getRootPane().revalidate();
        frame.repaint();
    }

    private JMenuBar menuBar() {
        Messages m = messages();
        menuFile = controller.holder().file().orElse(null);
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("menu.file");
        file.add(item("menu.new", "new", KeyStroke.getKeyStroke(KeyEvent.VK_N, InputEvent.CTRL_DOWN_MASK),
                this::newPlan));
        file.add(item("menu.open", "open", KeyStroke.getKeyStroke(KeyEvent.VK_O, InputEvent.CTRL_DOWN_MASK),
                this::openPlan));
        JMenu recent = menu("menu.recent");
        for (Path path : controller.settings().recentFiles()) {
            JMenuItem entry = new JMenuItem(path.getFileName().toString());
            entry.setToolTipText(path.toString());
            entry.addActionListener(e -> openRecent(path));
            recent.add(entry);
        }
        recent.setEnabled(recent.getItemCount() > 0);
        file.add(recent);
        recoverItem = item("menu.recover", null, null, this::recoverKept);
        recoverItem.setEnabled(!keptForLater.isEmpty());
        file.add(recoverItem);
        file.addSeparator();
        file.add(item("menu.save", "save", KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK),
                () -> controller.save(() -> { })));
        file.add(item("menu.saveAs", null, KeyStroke.getKeyStroke(KeyEvent.VK_S,
                InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK), () -> controller.saveAs(() -> { })));
        file.addSeparator();
        file.add(item("menu.export", "export", KeyStroke.getKeyStroke(KeyEvent.VK_E, InputEvent.CTRL_DOWN_MASK),
                controller::exportPdf));
        file.add(item("menu.copyEmail", "copy", KeyStroke.getKeyStroke(KeyEvent.VK_C,
                InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK), controller::copyEmail));
        file.add(item("menu.saveDraft", "mail", null, controller::saveEmailDraft));
        file.add(item("menu.saveCalendar", "calendar", null, controller::saveCalendar));
        file.add(item("menu.print", null, KeyStroke.getKeyStroke(KeyEvent.VK_P, InputEvent.CTRL_DOWN_MASK),
                controller::printLetter));
        file.add(item("menu.exportPrivate", null, null, controller::exportPrivatePlan));
        file.addSeparator();
        file.add(item("menu.quit", null, KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK),
                this::close));
        bar.add(file);

        PlanHolder holder = controller.holder();
        editMenu = new EditMenu(m, this::undo, this::redo, holder::canUndo, holder::canRedo);
        bar.add(editMenu.menu());

        JMenu view = menu("menu.view");
        JMenu theme = menu("menu.theme");
        ButtonGroup themes = new ButtonGroup();
        for (AppSettings.Theme value : AppSettings.Theme.values()) {
            JRadioButtonMenuItem entry = new JRadioButtonMenuItem();
            Form.mnemonic(entry, m.label("menu.theme", value));
            entry.setName("menu.theme." + value.name());
            entry.setSelected(controller.settings().theme() == value);
            entry.addActionListener(e -> changeTheme(value));
            themes.add(entry);
            theme.add(entry);
        }
        view.add(theme);
        JMenu language = menu("menu.language");
        ButtonGroup languages = new ButtonGroup();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            JRadioButtonMenuItem entry = new JRadioButtonMenuItem();
            Form.mnemonic(entry, m.text("menu.language." + locale.getLanguage()));
            entry.setName("menu.language." + locale.getLanguage());
            entry.setSelected(m.locale().getLanguage().equals(locale.getLanguage()));
            entry.addActionListener(e -> changeLanguage(locale));
            languages.add(entry);
            language.add(entry);
        }
        view.add(language);
        bar.add(view);

        JMenu help = menu("menu.help");
        help.add(item("menu.guide", "guide", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), this::showGuide));
        help.add(item("menu.about", null, null, this::showAbout));
        bar.add(help);
        return bar;
    }

    private JMenu menu(String key) {
        JMenu menu = new JMenu();
        Form.mnemonic(menu, messages().text(key));
        menu.setName(key);
        return menu;
    }

    private JMenuItem item(String key, String icon, KeyStroke accelerator, Runnable action) {
        JMenuItem item = new JMenuItem();
        Form.mnemonic(item, messages().text(key));
        item.setName(key);
        if (icon != null) {
            item.setIcon(Icons.get(icon));
        }
        item.setAccelerator(accelerator);
        item.addActionListener(e -> action.run());
        return item;
    }

    private void planChanged(Plan plan, boolean replaced) {
        Plan before = seen;
        seen = plan;
        Plan saved = controller.holder().savedPlan();
        if (saved != lastSaved && !replaced) {
            statusLine.saveIndicator().saved();
        }
        lastSaved = saved;
        if (replaced) {
            statusLine.saveIndicator().reset();
            updateSaveState();
            navigation.reset(!plan.equals(Plan.empty()));
            banner.hide();
            recoveryNoteShown = false;
            rebuild();
            showRecoveryNote();
            return;
        }
        PlanDiff.changes(before, plan, 8).stream().map(PlanDiff.Change::path).filter(FieldPath::exists)
                .forEach(path -> navigation.touch(FieldPath.of(path)));
        for (StepPanel panel : panels.values()) {
            panel.planChanged();
        }
        problemsFollowTheText();
        Path file = controller.holder().file().orElse(null);
        if (file != null && !file.equals(menuFile)) {
            frame.setJMenuBar(menuBar());
        }
        refreshStates();
        updateTitle();
        updateSaveState();
        editMenu.refreshHistory();
    }

    /** A recovery copy of the work was written at {@code when}. */
    void autosaved(java.time.Instant when) {
        statusLine.saveIndicator().autosaved(when);
        updateSaveState();
    }

    private void updateSaveState() {
        statusLine.showSaveState(controller.holder().isModified(), messages());
    }

    /** The save state line, e.g. "Saved 14:02"; for tests. */
    String saveStateText() {
        return statusLine.saveStateText();
    }

    /** Edit > Undo: the plan as it was before the last step, shown where it changed. */
    void undo() {
        controller.holder().undo().ifPresent(this::showHistoryStep);
    }

    /** Edit > Redo: the step undone last, again. */
    void redo() {
        controller.holder().redo().ifPresent(this::showHistoryStep);
    }

    /**
     * After undo or redo, every field shows the plan as it is now (the steps are rebuilt from
     * it, as after a language change), and the field that changed takes the focus with its
     * caret where the change was.
     */
    private void showHistoryStep(UndoHistory.Step step) {
        rebuild();
        if (!FieldPath.exists(step.path())) {
            return;
        }
        FieldPath path = FieldPath.of(step.path());
        Step target = Step.forField(path);
        if (target != navigation.current()) {
            leave(navigation.current());
            show(target, false);
        }
        StepPanel panel = panel(target);
        SwingUtilities.invokeLater(() -> panel.focusField(path, step.caret()));
    }

    /** The panel of {@code step}, built and added to the cards on first use. */
    private StepPanel panel(Step step) {
        StepPanel built = panels.get(step);
        if (built != null) {
            return built;
        }
        StepPanel panel = factories.get(step).get();
        panel.setStatus(this::status);
        panel.onEdit(this::fieldEdited);
        panels.put(step, panel);
        shownProblems.put(step, new ShownProblems(controller.scheduler(), panel::showProblems));
        JScrollPane scroll = new JScrollPane(panel.component());
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scrolls.put(step, scroll);
        cards.add(scroll, step.name());
        // Laid out now, so its fields can take the focus as soon as it is shown.
        cards.validate();
        showProblemsNow(step);
        return panel;
    }

    /** A text was edited, whether or not the plan took it (a share that is not a number, say). */
    private void fieldEdited(FieldPath path) {
        navigation.touch(path);
        problemsFollowTheText();
        refreshStates();
    }

    /** Each built step's problems follow the plan: fixed ones go at once, new ones after a pause. */
    private void problemsFollowTheText() {
        shownProblems.forEach((step, shown) -> shown.changed(visibleProblems(step)));
    }

    private void showProblemsNow(Step step) {
        ShownProblems shown = shownProblems.get(step);
        if (shown != null) {
            shown.showNow(visibleProblems(step));
        }
    }

    private List<FieldProblem> visibleProblems(Step step) {
        return navigation.visibleProblems(step, models.get(step).problems());
    }

    private void refreshStates() {
        for (Map.Entry<Step, StepModel> entry : models.entrySet()) {
            states.put(entry.getKey(), navigation.state(entry.getKey(), entry.getValue()));
        }
        sidebar.repaint();
    }

    Navigation.StepState state(Step step) {
        return states.getOrDefault(step, Navigation.StepState.TODO);
    }

    private void updateTitle() {
        PlanHolder holder = controller.holder();
        String name = holder.documentName(messages().text("title.untitled"));
        String readOnly = holder.isReadOnly() ? " (" + messages().text("title.readOnly") + ")" : "";
        frame.setTitle("Offboard — " + name + readOnly + (holder.isModified() ? " •" : ""));
    }

    private void sidebarSelected() {
        Step selected = sidebar.getSelectedValue();
        if (!syncingSidebar && selected != null && selected != navigation.current()) {
            leave(navigation.current());
            show(selected, false);
        }
    }

    /** Back: no check, just the previous step. */
    void goBack() {
        navigation.previous().ifPresent(previous -> {
            leave(navigation.current());
            show(previous, true);
        });
    }

    /**
     * Next: checks the step and shows problems beside the fields; errors keep the user here,
     * warnings are named in the status line and the step is left as asked.
     */
    void goNext() {
        Step step = navigation.current();
        StepPanel panel = panel(step);
        leave(step);
        Optional<String> refused = panel.focusRefusedEntry();
        if (refused.isPresent()) {
            statusLine.blocked(messages().text("nav.refusedFirst", refused.get()));
            return;
        }
        List<FieldProblem> problems = panel.model().problems();
        List<FieldProblem> errors = problems.stream().filter(FieldProblem::isError).toList();
        if (!errors.isEmpty()) {
            statusLine.blocked(messages().text("nav.fixFirst", errors.size()));
            panel.focusField(errors.get(0).field());
            return;
        }
        Optional<Step> next = navigation.next();
        next.ifPresent(following -> show(following, true));
        if (!problems.isEmpty() && next.isPresent()) {
            attention(messages().text("nav.warningsLeft", messages().text(step.key() + ".name"), problems.size()));
        }
    }

    private void leave(Step step) {
        navigation.leave(step);
        showProblemsNow(step);
        refreshStates();
    }

    private void show(Step step, boolean focusFirst) {
        navigation.moveTo(step);
        StepPanel panel = panel(step);
        cardLayout.show(cards, step.name());
        syncingSidebar = true;
        sidebar.setSelectedValue(step, true);
        syncingSidebar = false;
        back.setEnabled(step.ordinal() > 0);
        next.setEnabled(step.ordinal() < Step.values().length - 1);
        showProblemsNow(step);
        panel.shown();
        scrolls.get(step).getVerticalScrollBar().setValue(0);
        if (focusFirst) {
            SwingUtilities.invokeLater(panel::focusFirstInput);
        }
    }

    /** Shows the step that holds {@code field} and focuses the field. */
    @Override
    public void jumpTo(FieldPath field) {
        Step step = Step.forField(field);
        leave(navigation.current());
        show(step, false);
        navigation.leave(step);
        StepPanel panel = panel(step);
        showProblemsNow(step);
        SwingUtilities.invokeLater(() -> panel.focusField(field));
    }

    private void newPlan() {
        confirmDiscard("close.question.new", controller::newPlan);
    }

    private void openPlan() {
        confirmDiscard("close.question.open", controller::open);
    }

    private void openRecent(Path path) {
        confirmDiscard("close.question.open", () -> {
            if (!controller.openRecent(path)) {
                frame.setJMenuBar(menuBar());
            }
        });
    }

    /**
     * Runs {@code then} once unsaved changes are saved or knowingly dropped; {@code question}
     * names what is about to happen ("…before starting a new plan?").
     */
    private void confirmDiscard(String question, Runnable then) {
        if (!controller.holder().isModified()) {
            then.run();
            return;
        }
        Messages m = messages();
        Object[] choices = {m.text("close.save"), m.text("close.discard"), m.text("close.cancel")};
        int answer = JOptionPane.showOptionDialog(frame, m.text(question,
                controller.holder().documentName(m.text("title.untitled"))), m.text("close.title"),
                JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE, null, choices, choices[0]);
        if (answer == 0) {
            controller.save(then);
        } else if (answer == 1) {
            then.run();
        }
    }

    private void close() {
        confirmDiscard("close.question", this::closeNow);
    }

    private void closeNow() {
        WindowPlace.remember(frame, controller.settings());
        controller.settings().setLastStep(navigation.current().name());
        frame.dispose();
    }

    /** The step shown when the window was last closed; the first one if none or unknown. */
    private static Step lastStep(AppSettings settings) {
        return settings.lastStep().flatMap(name -> java.util.Arrays.stream(Step.values())
                .filter(s -> s.name().equals(name)).findFirst()).orElse(Step.ASSESS);
    }

    private void changeTheme(AppSettings.Theme theme) {
        controller.settings().setTheme(theme);
        themeChanger.run();
        rebuild();
    }

    private void changeLanguage(Locale locale) {
        controller.setLocale(locale);
        rebuild();
        status(messages().text("status.language"));
    }

    private void showGuide() {
        HelpDialogs.guide(frame, messages());
    }

    private void showAbout() {
        HelpDialogs.about(frame, messages());
    }

    private void openExportedFile(Path file) {
        if (file != null) {
            controller.openExported(file);
        }
    }

    /** Something done as asked: the message with a tick, fading after a few seconds. */
    @Override
    public void status(String message) {
        statusLine.done(message);
    }

    /** Something that did not happen as asked: the message with a warning sign, never a tick. */
    @Override
    public void notice(String message) {
        attention(message);
    }

    private void attention(String message) {
        statusLine.attention(message);
    }

    /** The status line's icon, for tests: {@code complete}, {@code warning} or none. */
    String statusIcon() {
        return statusLine.icon();
    }

    @Override
    public void problem(String message) {
        recoveryNoteShown = false;
        banner.show(message);
    }

    @Override
    public void exported(Path file) {
        statusLine.exported(file, messages().text("status.exported", file.getFileName()));
    }

    @Override
    public boolean confirmSecrets(List<String> findings) {
        Messages m = messages();
        Object[] choices = {m.text("secrets.review"), m.text("secrets.sendAnyway")};
        int answer = JOptionPane.showOptionDialog(frame, m.text("secrets.question", String.join("\n", findings)),
                m.text("secrets.title"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null, choices,
                choices[0]);
        if (answer != 1) {
            jumpTo(FieldProblem.WHOLE_PLAN);
            return false;
        }
        return true;
    }

    @Override
    public SaveConflict changedOnDisk(String fileName, java.time.Instant changedAt) {
        Messages m = messages();
        String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(m.locale())
                .format(changedAt.atZone(java.time.ZoneId.systemDefault()));
        Object[] choices = {m.text("conflict.overwrite"), m.text("conflict.reload"), m.text("conflict.saveAs"),
            m.text("conflict.cancel")};
        int answer = JOptionPane.showOptionDialog(frame, m.text("conflict.question", fileName, when),
                m.text("conflict.title"), JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, choices,
                choices[2]);
        return switch (answer) {
            case 0 -> SaveConflict.OVERWRITE;
            case 1 -> SaveConflict.RELOAD;
            case 2 -> SaveConflict.SAVE_AS;
            default -> SaveConflict.CANCEL;
        };
    }

    @Override
    public boolean openReadOnly(String fileName) {
        Messages m = messages();
        Object[] choices = {m.text("alreadyOpen.readOnly"), m.text("alreadyOpen.cancel")};
        return JOptionPane.showOptionDialog(frame, m.text("alreadyOpen.question", fileName),
                m.text("alreadyOpen.title"), JOptionPane.YES_NO_OPTION, JOptionPane.INFORMATION_MESSAGE, null,
                choices, choices[0]) == 0;
    }

    @Override
    public boolean confirmReload(String fileName) {
        Messages m = messages();
        Object[] choices = {m.text("reload.confirm"), m.text("reload.cancel")};
        return JOptionPane.showOptionDialog(frame, m.text("reload.question", fileName), m.text("reload.title"),
                JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null, choices, choices[1]) == 0;
    }

    @Override
    public boolean confirmMissingGlyphs(List<dev.offboard.plan.Problem> unprintable) {
        Messages m = messages();
        String findings = unprintable.stream().map(p -> p.message(m.locale())).distinct()
                .collect(java.util.stream.Collectors.joining("\n"));
        Object[] choices = {m.text("glyphs.fix"), m.text("glyphs.printAnyway")};
        int answer = JOptionPane.showOptionDialog(frame, m.text("glyphs.question", findings), m.text("glyphs.title"),
                JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null, choices, choices[0]);
        if (answer != 1) {
            jumpTo(FieldProblem.pathOf(unprintable.get(0).field()));
            return false;
        }
        return true;
    }

    /** Asks what to do with work a previous session left unsaved. */
    Recovery.Choice askRecovery(dev.offboard.plan.RecoveryStore.Recovered recovered) {
        Messages m = messages();
        String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.LONG,
                java.time.format.FormatStyle.SHORT).withLocale(m.locale())
                .format(recovered.savedAt().atZone(java.time.ZoneId.systemDefault()));
        String plan = recovered.planFile().map(f -> m.text("recovery.ofFile", f.getFileName()))
                .orElse(m.text("recovery.untitled"));
        Object[] choices = {m.text("recovery.restore"), m.text("recovery.discard"), m.text("recovery.later")};
        int answer = JOptionPane.showOptionDialog(frame, m.text("recovery.question", plan, when),
                m.text("recovery.title"), JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE, null,
                choices, choices[0]);
        return answer == 0 ? Recovery.Choice.RESTORE : answer == 1 ? Recovery.Choice.DISCARD : Recovery.Choice.LATER;
    }

    /**
     * Work earlier sessions left unsaved that was not asked about at start-up (it belongs to
     * another plan than the one opened): kept on disk, and offered without blocking, by a note
     * in the banner with a Restore… button and by File > Recover unsaved work….
     */
    void keepForLater(Recovery recovery, List<dev.offboard.plan.RecoveryStore.Recovered> copies) {
        this.recovery = recovery;
        keptForLater.addAll(copies);
        showRecoveryNote();
    }

    private void showRecoveryNote() {
        if (recoverItem != null) {
            recoverItem.setEnabled(!keptForLater.isEmpty());
        }
        if (keptForLater.isEmpty()) {
            if (recoveryNoteShown) {
                banner.hide();
                recoveryNoteShown = false;
            }
            return;
        }
        if (recoveryNoteDismissed) {
            return;
        }
        Messages m = messages();
        String note = keptForLater.size() == 1 ? m.text("recovery.kept", recoveredName(keptForLater.get(0)))
                : m.text("recovery.keptMany", keptForLater.size());
        banner.offer(note, "save", m.text("recovery.review"), this::recoverKept);
        recoveryNoteShown = true;
    }

    private String recoveredName(dev.offboard.plan.RecoveryStore.Recovered recovered) {
        return recovered.planFile().map(f -> f.getFileName().toString())
                .orElse(messages().text("recovery.untitled"));
    }

    /**
     * Banner > Restore… or File > Recover unsaved work…: asks about the newest copy kept for
     * later, as at start-up; restoring it first asks to save the plan on screen.
     */
    void recoverKept() {
        if (keptForLater.isEmpty() || recovery == null) {
            return;
        }
        dev.offboard.plan.RecoveryStore.Recovered copy = keptForLater.get(0);
        java.util.function.Consumer<Exception> failed = e -> problem(messages().text("recovery.failed",
                dev.offboard.ui.core.Failures.describe(e)));
        switch (askRecovery(copy)) {
            case RESTORE -> confirmDiscard("close.question.recover", () -> {
                keptForLater.remove(copy);
                recovery.resolve(copy, Recovery.Choice.RESTORE, failed);
                showRecoveryNote();
            });
            case DISCARD -> {
                keptForLater.remove(copy);
                recovery.resolve(copy, Recovery.Choice.DISCARD, failed);
                showRecoveryNote();
            }
            case LATER -> {
                // Kept, on disk and in the menu.
            }
        }
    }

    /** The banner's text, empty when it is hidden; for tests. */
    String bannerText() {
        return banner.text();
    }

    String statusText() {
        return statusLine.text();
    }

    /** Shows a step as the sidebar would; for screenshots and tests. */
    void showStep(Step step) {
        leave(navigation.current());
        show(step, false);
    }

    /** Whether the step that shows {@code path} has a field for it; for tests. */
    boolean hasField(FieldPath path) {
        return panel(Step.forField(path)).hasField(path);
    }

    /** Puts the focus in the first input of the step on screen; for tests. */
    void focusFirstInputOfStep() {
        panel(navigation.current()).focusFirstInput();
    }

    /** The form of the step on screen. */
    JComponent currentStepComponent() {
        return panel(navigation.current()).component();
    }

    /** The write-up's preview state line. */
    String previewState() {
        return ((WriteUpStep) panel(Step.WRITE_UP)).previewStateText();
    }

    /** Draws a step in the sidebar: its state icon, number and name. */
    private final class StepRenderer extends DefaultListCellRenderer {

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                boolean focused) {
            Step step = (Step) value;
            Navigation.StepState state = state(step);
            String name = messages().text(step.key() + ".name");
            super.getListCellRendererComponent(list, (step.ordinal() + 1) + "   " + name, index, selected, focused);
            setIcon(Icons.get(switch (state) {
                case COMPLETE -> "complete";
                case ATTENTION -> "warning";
                case TO_FIX -> "error";
                case TODO -> "todo";
            }));
            setIconTextGap(10);
            setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 16, 0, 8));
            getAccessibleContext().setAccessibleName(name + ", " + messages().label("step.state", state));
            return this;
        }
    }

}
