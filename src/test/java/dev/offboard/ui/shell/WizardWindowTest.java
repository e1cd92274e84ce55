package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Decision;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JTable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real wizard window with the keyboard: every step, a jump back through a
 * problem link, the PDF export and the email copy. Needs a display (see {@link RequiresDisplay}).
 */
@RequiresDisplay
class WizardWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Timeout WAIT = Timeout.timeout(10_000);

    @TempDir
    Path folder;

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;
    private Path exportTarget;
    private Path saveTarget;
    private WindowDriver driver;

    @BeforeEach
    void openWindow() {
        exportTarget = folder.resolve("letter.pdf");
        saveTarget = folder.resolve("blue-harbor.json");
        driver = WindowDriver.openWith(Plan.empty(), Locale.ENGLISH, AppSettings.Theme.LIGHT, new Dimension(1280, 860),
                new AnswerDialogs());
        robot = driver.robot;
        window = driver.window;
        main = driver.main;
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void whatTheUserTypesFirstGoesIntoTheFirstFieldNotTheSidebar() {
        waitFor("the first field focused", () -> focused() == window.textBox("freelancer.name").target(),
                () -> String.valueOf(focused() == null ? null : focused().getName()));
        robot.enterText("Alex");
        waitFor("typed into the name", () -> "Alex".equals(plan().freelancer().name()),
                () -> plan().freelancer().name());
    }

    @Test
    void walksAllSixStepsWithTheKeyboardThenExportsTheLetterAndCopiesTheEmail() throws Exception {
        // 1. Assess
        type("freelancer.name", "Alex Rivera");
        type("freelancer.email", "alex@rivera.example");
        type("client.company", "Blue Harbor Ltd");
        type("client.contactName", "Sam Lee");
        type("client.email", "sam@blueharbor.example");
        window.checkBox("sign.IGNORES_CONTRACT").focus();
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        waitFor("contract sign checked", () -> plan().assessment().signs().size() == 1);
        waitFor("recommendation", () -> window.textBox("assess.recommendation").text().contains("strong case"));
        window.comboBox("assessment.decision").focus();
        robot.pressAndReleaseKey(KeyEvent.VK_DOWN);
        waitFor("decision", () -> plan().assessment().decision() == Decision.PART_WAYS);
        next();
        waitForStep(Step.CONVERSE);

        // 2. Converse: a blaming word is flagged while typing, then rewritten
        type("conversation.date", "2026-11-30");
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        waitFor("conversation date", () -> LocalDate.of(2026, 11, 30).equals(plan().conversation().date()));
        type("conversation.clientReason", "This breakup is hard.");
        waitFor("tone warning", () -> label("conversation.clientReason.tone").getText().contains("breakup"));
        window.textBox("conversation.clientReason").focus();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_A);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        robot.enterText("The project no longer fits the direction of my business.");
        waitFor("tone warning gone", () -> !label("conversation.clientReason.tone").isVisible(),
                () -> window.textBox("conversation.clientReason").text());
        alt(KeyEvent.VK_D);
        waitFor("drafted talking points", () -> plan().conversation().talkingPoints().contains("no longer matches"));
        next();
        waitForStep(Step.NOTICE);

        // 3. Notice: ten working days from Tuesday 1 December, and a deliverable due the day before
        type("notice.givenOn", "2026-12-01");
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        waitFor("last working day", () -> window.label("notice.lastDay").text().equals("Tuesday, December 15, 2026"));
        alt(KeyEvent.VK_A);
        waitFor("deliverable row", () -> plan().deliverables().size() == 1 && focused() instanceof JTable);
        robot.enterText("Brand guide");
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        robot.enterText("Colour and type pages");
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        robot.enterText("2026-12-14");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        waitFor("deliverable typed", () -> LocalDate.of(2026, 12, 14).equals(plan().deliverables().get(0).dueDate())
                && plan().deliverables().get(0).name().equals("Brand guide"));
        next();
        waitForStep(Step.OPTIONS);

        // 4. Options: a payment, typed the English way, due after the last day
        alt(KeyEvent.VK_Y);
        waitFor("payment row", () -> plan().payments().size() == 1 && focused() instanceof JTable);
        robot.enterText("INV-7");
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        robot.enterText("1,250.50");
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        robot.enterText("EUR");
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        robot.enterText("2026-12-18");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        waitFor("totals", () -> window.label("payments.totals").text().equals("€1,250.50")
                && LocalDate.of(2026, 12, 18).equals(plan().payments().get(0).dueDate()));
        next();
        waitForStep(Step.THANK);

        // 5. Thank
        type("thanks.message", "Thank you for four good years together.");
        next();
        waitForStep(Step.WRITE_UP);

        // 6. Write-up lists the late payment; its link leads back to the table row
        type("writeUp.otherConditions", "Source files handed over on the last day");
        // The list follows the plan as previews finish: the link is looked up again until it holds the focus.
        waitFor("link focused", () -> {
            JButton link = window.robot().finder().find(main.frame(), new GenericTypeMatcher<JButton>(JButton.class) {
                @Override
                protected boolean isMatching(JButton button) {
                    return button.getName() != null && button.getName().startsWith("problem.")
                            && button.getText().contains("INV-7") && button.isShowing();
                }
            });
            if (focused() != link) {
                GuiActionRunner.execute(() -> link.requestFocusInWindow());
                robot.waitForIdle();
            }
            return focused() == link;
        }, () -> String.valueOf(focused() == null ? null : focused().getName()));
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        waitForStep(Step.OPTIONS);
        waitFor("payments table focused on the late row", () -> focused() instanceof JTable table
                && "payments".equals(table.getName()) && table.getSelectedRow() == 0);

        // Back to the write-up with the keyboard
        next();
        next();
        waitForStep(Step.WRITE_UP);
        alt(KeyEvent.VK_S);
        waitFor("saved", () -> Files.exists(saveTarget) && !main.controller().holder().isModified());
        waitFor("title", () -> main.frame().getTitle().equals("Offboard — blue-harbor.json"));

        alt(KeyEvent.VK_X);
        waitFor("letter exported", () -> Files.exists(exportTarget) && Files.size(exportTarget) > 0
                && main.statusText().contains("letter.pdf"));
        String pdf;
        try (PDDocument document = Loader.loadPDF(exportTarget.toFile())) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertThat(pdf).contains("Alex Rivera", "Blue Harbor Ltd", "Brand guide", "INV-7",
                "Source files handed over on the last day");

        alt(KeyEvent.VK_C);
        waitFor("copied", () -> main.statusText().equals("Email copied to the clipboard."));
        String clipboard = (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        assertThat(clipboard).startsWith("Subject: ").contains("Sam", "Brand guide", "Alex Rivera",
                "Thank you for four good years together.").doesNotContain("breakup");
    }

    @Test
    void nextKeepsTheUserOnAStepWithErrorsAndShowsThemBesideTheFields() {
        next();

        waitFor("stays on assess", () -> main.currentStep() == Step.ASSESS);
        waitFor("outline", () -> "error".equals(window.textBox("freelancer.name").target()
                .getClientProperty("JComponent.outline")));
        assertThat(main.statusText()).isEqualTo("2 details need fixing before you move on: they are marked in red on this page.");
        waitFor("focus on the first field in error", () -> focused() == window.textBox("freelancer.name").target());
    }

    @Test
    void switchingLanguageKeepsWhatWasTypedAndChangesEveryLabel() {
        type("freelancer.name", "Alex Rivera");
        GuiActionRunner.execute(() -> clickMenu("menu.language.fr"));

        waitFor("french", () -> window.button("nav.next").text().equals("Suivant"));
        assertThat(window.textBox("freelancer.name").text()).isEqualTo("Alex Rivera");
        assertThat(main.frame().getTitle()).isEqualTo("Offboard — Plan sans titre •");
    }

    @Test
    void closingWithUnsavedChangesAsksFirstAndCancelKeepsEverything() {
        type("freelancer.name", "Alex Rivera");
        waitFor("modified mark", () -> main.frame().getTitle().endsWith("•"));

        window.close();
        JOptionPaneFixture question = JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
        question.requireMessage("Save the changes to Untitled plan before closing?");
        driver.answer(question, "Cancel");

        waitFor("still open", () -> main.frame().isDisplayable() && main.frame().isShowing());
        assertThat(window.textBox("freelancer.name").text()).isEqualTo("Alex Rivera");
    }

    @Test
    void f1OpensTheGuideBesideTheWizardAndEscapeClosesIt() {
        robot.pressAndReleaseKey(KeyEvent.VK_F1);

        org.assertj.swing.fixture.DialogFixture guide = org.assertj.swing.finder.WindowFinder
                .findDialog("help.dialog").withTimeout(10_000).using(robot);
        assertThat(guide.target().isModal()).isFalse();
        assertThat(guide.textBox().text()).contains("Is it time to part ways?", "Put it in writing");

        guide.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("guide closed", () -> !guide.target().isShowing());
    }

    @Test
    void darkThemeIsAppliedAndRemembered() {
        GuiActionRunner.execute(() -> clickMenu("menu.theme.DARK"));

        waitFor("dark", com.formdev.flatlaf.FlatLaf::isLafDark);
        assertThat(main.controller().settings().theme()).isEqualTo(AppSettings.Theme.DARK);
        assertThat(window.textBox("freelancer.name").target().getBackground().getRed()).isLessThan(100);

        GuiActionRunner.execute(() -> clickMenu("menu.theme.LIGHT"));
        waitFor("light again", () -> !com.formdev.flatlaf.FlatLaf.isLafDark());
    }

    @Test
    void followingTheSystemTakesItsDarkPreferenceAndIsRemembered() {
        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            SystemTheme.useCommands(command -> {
                asked.add(String.join(" ", command));
                return java.util.Optional.of(command.contains("defaults") ? "Dark" : command.contains("reg")
                        ? "AppsUseLightTheme    REG_DWORD    0x0" : "'prefer-dark'");
            });
            GuiActionRunner.execute(() -> clickMenu("menu.theme.SYSTEM"));

            waitFor("dark, as the system prefers", com.formdev.flatlaf.FlatLaf::isLafDark);
            assertThat(main.controller().settings().theme()).isEqualTo(AppSettings.Theme.SYSTEM);
            assertThat(asked).isNotEmpty();
        } finally {
            SystemTheme.useCommands(SystemTheme::run);
            GuiActionRunner.execute(() -> clickMenu("menu.theme.LIGHT"));
            waitFor("light again", () -> !com.formdev.flatlaf.FlatLaf.isLafDark());
        }
    }

    @Test
    void mnemonicsAreUniqueOnEveryStepInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            GuiActionRunner.execute(() -> clickMenu("menu.language." + locale.getLanguage()));
            for (Step step : Step.values()) {
                Map<Integer, String> seen = GuiActionRunner.execute(() -> {
                    main.showStep(step);
                    Map<Integer, String> mnemonics = new HashMap<>();
                    for (int i = 0; i < main.frame().getJMenuBar().getMenuCount(); i++) {
                        JMenu menu = main.frame().getJMenuBar().getMenu(i);
                        mnemonics.put(menu.getMnemonic(), menu.getText());
                    }
                    collect(main.frame().getContentPane(), mnemonics, locale + " " + step);
                    return mnemonics;
                });
                assertThat(seen).isNotEmpty();
            }
        }
    }

    @Test
    void aFileThatCannotBeReadIsReportedOnceAndThePlanStays() throws Exception {
        type("freelancer.name", "Alex Rivera");
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{ \"formatVersion\": 1, ");

        GuiActionRunner.execute(() -> main.controller().open(broken));

        waitFor("banner", () -> window.panel("banner").target().isVisible());
        assertThat(window.label("banner.text").text()).contains("broken.json", "unchanged");
        assertThat(plan().freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(main.frame().getTitle()).endsWith("•");
    }

    @Test
    void openingASavedPlanFillsEveryStep() throws Exception {
        Path file = folder.resolve("northwind.json");
        dev.offboard.plan.PlanFile.write(file, SamplePlan.create(TODAY));

        GuiActionRunner.execute(() -> main.controller().open(file));

        waitFor("opened", () -> main.frame().getTitle().equals("Offboard — northwind.json"),
                () -> main.frame().getTitle() + " / " + window.label("banner.text").text());
        assertThat(window.textBox("freelancer.name").text()).isEqualTo("Camille Martin");
        robot.waitForIdle();
        assertThat(scrolledBy("freelancer.name")).as("the first step shows from its top").isZero();
        type("freelancer.name", " Studio");
        robot.waitForIdle();
        assertThat(scrolledBy("freelancer.name")).as("an edit at the top leaves the view where it is").isZero();
        GuiActionRunner.execute(() -> main.showStep(Step.NOTICE));
        waitFor("last day shown", () -> !window.label("notice.lastDay").text().isEmpty());
        assertThat(window.table("deliverables").rowCount()).isEqualTo(3);
    }

    @Test
    void aLongLettersPagesAreDrawnAsTheyAreScrolledTo() throws Exception {
        Plan longPlan = dev.offboard.bench.BenchPlans.withRows(100);
        GuiActionRunner.execute(() -> {
            main.controller().holder().replace(longPlan, null);
            main.showStep(Step.WRITE_UP);
        });
        javax.swing.JTabbedPane tabs = (javax.swing.JTabbedPane) window.tabbedPane("writeUp.previewTabs").target();
        GuiActionRunner.execute(() -> tabs.setSelectedIndex(1));
        java.awt.Container pages = (java.awt.Container) window.panel("writeUp.letterPages").target();
        waitFor("first page", () -> GuiActionRunner.execute(() -> pages.getComponentCount() > 0
                && ((JLabel) pages.getComponent(0)).getIcon() != null), () -> "", Timeout.timeout(60_000));
        int count = GuiActionRunner.execute(pages::getComponentCount);
        assertThat(count).as("pages").isGreaterThan(3);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> ((JLabel) pages.getComponent(count - 1)).getIcon()))
                .as("the last page, out of view, is not drawn yet").isNull();

        GuiActionRunner.execute(() -> ((javax.swing.JComponent) pages).scrollRectToVisible(
                pages.getComponent(count - 1).getBounds()));

        waitFor("last page drawn once in view", () -> GuiActionRunner.execute(
                () -> ((JLabel) pages.getComponent(count - 1)).getIcon() != null), () -> "", Timeout.timeout(30_000));
        assertThat(GuiActionRunner.execute(() -> ((JLabel) pages.getComponent(count / 2)).getIcon()))
                .as("a page in the middle, never in view").isNull();
    }

    @Test
    void withTheLetterOpenTextItCannotPrintIsLinkedToItsField() throws Exception {
        Plan sample = SamplePlan.create(TODAY);
        var t = sample.thanks();
        GuiActionRunner.execute(() -> {
            main.controller().holder().replace(sample.withThanks(new dev.offboard.plan.Thanks(
                    t.message() + " \uD83E\uDDA9", t.referencesOffered(), t.keepReferring())), null);
            main.showStep(Step.WRITE_UP);
        });
        javax.swing.JTabbedPane tabs = (javax.swing.JTabbedPane) window.tabbedPane("writeUp.previewTabs").target();
        GuiActionRunner.execute(() -> tabs.setSelectedIndex(1));

        waitFor("unprintable shown", () -> GuiActionRunner.execute(
                () -> window.panel("writeUp.unprintable").target().isVisible()), () -> "", Timeout.timeout(60_000));
        JButton link = window.button("unprintable.0").target();
        // A flamingo (Unicode 12): none of the fonts the tests install has it.
        assertThat(GuiActionRunner.execute(link::getText)).contains("U+1F9A9").contains("# in its place");
        // The write-up's fields push the preview below the screen's edge: follow the link from the keyboard.
        GuiActionRunner.execute(() -> link.requestFocusInWindow());
        waitFor("link focused", () -> focused() == link);
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        waitForStep(Step.THANK);
    }

    /** How far the step holding {@code field} is scrolled down, in pixels. */
    private int scrolledBy(String field) {
        return GuiActionRunner.execute(() -> ((javax.swing.JScrollPane) javax.swing.SwingUtilities.getAncestorOfClass(
                javax.swing.JScrollPane.class, window.textBox(field).target())).getVerticalScrollBar().getValue());
    }

    private void collect(java.awt.Container container, Map<Integer, String> mnemonics, String where) {
        for (Component child : container.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            if (child instanceof AbstractButton button && button.getMnemonic() != 0) {
                String previous = mnemonics.put(button.getMnemonic(), button.getText());
                assertThat(previous).as("%s: '%s' and '%s' share a mnemonic", where, previous, button.getText())
                        .isNull();
            }
            if (child instanceof java.awt.Container inner) {
                collect(inner, mnemonics, where);
            }
        }
    }

    private void clickMenu(String name) {
        for (int i = 0; i < main.frame().getJMenuBar().getMenuCount(); i++) {
            JMenu menu = main.frame().getJMenuBar().getMenu(i);
            for (Component item : menu.getMenuComponents()) {
                if (item instanceof JMenu sub) {
                    for (Component inner : sub.getMenuComponents()) {
                        if (name.equals(inner.getName())) {
                            ((AbstractButton) inner).doClick();
                            return;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no menu item " + name);
    }

    private void type(String field, String text) {
        driver.type(field, text);
    }

    /** Alt+Right; pressed again (at most twice more) if the step has not changed within five seconds. */
    private void next() {
        Step before = GuiActionRunner.execute(() -> main.currentStep());
        for (int attempt = 1; ; attempt++) {
            alt(KeyEvent.VK_RIGHT);
            try {
                waitFor("leaving " + before, () -> GuiActionRunner.execute(() -> main.currentStep()) != before
                        || !GuiActionRunner.execute(() -> main.statusText()).isBlank(), () -> "", Timeout.timeout(5_000));
                return;
            } catch (org.assertj.swing.exception.WaitTimedOutError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void alt(int key) {
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(key);
        robot.releaseKey(KeyEvent.VK_ALT);
        robot.waitForIdle();
    }

    /** A label by name, shown or not. */
    private JLabel label(String name) {
        return robot.finder().findByName(main.frame(), name, JLabel.class, false);
    }

    private Plan plan() {
        return GuiActionRunner.execute(() -> main.controller().holder().plan());
    }

    private Component focused() {
        return driver.focused();
    }

    private void waitForStep(Step step) {
        waitFor("step " + step, () -> GuiActionRunner.execute(() -> main.currentStep()) == step);
        robot.waitForIdle();
    }

    private static void waitFor(String what, Callable<Boolean> check) {
        waitFor(what, check, () -> "");
    }

    private static void waitFor(String what, Callable<Boolean> check, Callable<String> actual) {
        waitFor(what, check, actual, WAIT);
    }

    /** Waits for {@code check}; on time-out the message shows what {@code actual} says. */
    private static void waitFor(String what, Callable<Boolean> check, Callable<String> actual, Timeout timeout) {
        WindowDriver.pause(what, check, actual, timeout);
    }

    /** Answers file choosers with paths in the test folder. */
    private final class AnswerDialogs implements FileDialogs {
        @Override
        public Optional<Path> chooseOpen(Component parent, Messages messages) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(Component parent, Messages messages, String suggested, String extension) {
            return Optional.of("pdf".equals(extension) ? exportTarget : saveTarget);
        }
    }

}
