package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import dev.offboard.render.Documents;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.core.SwingTaskRunner;
import dev.offboard.ui.testing.RequiresDisplay;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes a PNG of every step, light and dark (and the French write-up), with the sample
 * plan, to {@code docs/screenshots/}. Run on demand:
 * {@code xvfb-run -a -s "-screen 0 1400x900x24" mvn -q test -Dtest=Screenshots -Doffboard.screenshots=true}.
 */
@Tag("screenshots")
@RequiresDisplay
@EnabledIfSystemProperty(named = "offboard.screenshots", matches = "true")
class Screenshots {

    private static final Path OUT = Path.of("docs", "screenshots");
    /** Whole steps, top to bottom, for reviewing the layout; not committed. */
    private static final Path FULL = Path.of("target", "screenshots-full");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void writeEveryStepInBothThemes() throws Exception {
        Files.createDirectories(OUT);
        for (AppSettings.Theme theme : java.util.List.of(AppSettings.Theme.LIGHT, AppSettings.Theme.DARK)) {
            shoot(theme, Locale.ENGLISH, "", new java.awt.Dimension(1180, 820));
        }
        shoot(AppSettings.Theme.LIGHT, Locale.FRENCH, "-fr", new java.awt.Dimension(1180, 820));
        // The smallest window the wizard is made for, in the longer language: the Write-up stacks.
        shoot(AppSettings.Theme.LIGHT, Locale.FRENCH, "-fr-1024x700", new java.awt.Dimension(1024, 700));
        assertThat(OUT.resolve("write-up-dark.png")).exists();
    }

    /**
     * The Write-up's wording editor with the notice in the freelancer's own words, after the
     * notice grew by a week: the part is marked, and the warning quotes what changed.
     */
    @Test
    void writeTheEditableWriteUp() throws Exception {
        Files.createDirectories(OUT);
        shootWording(AppSettings.Theme.LIGHT, Locale.ENGLISH, dev.offboard.plan.Language.EN, "light");
        shootWording(AppSettings.Theme.DARK, Locale.ENGLISH, dev.offboard.plan.Language.EN, "dark");
        shootWording(AppSettings.Theme.LIGHT, Locale.FRENCH, dev.offboard.plan.Language.FR, "light-fr");
        assertThat(OUT.resolve("write-up-wording-light.png")).exists();
    }

    private void shootWording(AppSettings.Theme theme, Locale locale, dev.offboard.plan.Language language,
            String suffix) throws Exception {
        Preferences node = Preferences.userRoot().node("dev/offboard/screenshots-" + ProcessHandle.current().pid());
        node.clear();
        AppSettings settings = new AppSettings(node);
        settings.setTheme(theme);
        settings.setLocale(locale);
        Plan sample = SamplePlan.create(TODAY, language);
        String notice = new Documents().generatedWording(sample, language, TODAY).get(dev.offboard.plan.Section.NOTICE);
        String mine = language == dev.offboard.plan.Language.EN
                ? "As we agreed on our call, my last working day will be 15 December.\n\nUntil then, the catalogue "
                        + "comes first:\n- the print-ready files\n- the web banners"
                : "Comme convenu lors de notre appel, mon dernier jour de travail sera le 15 décembre.\n\nD'ici là, "
                        + "le catalogue passe en premier :\n- les fichiers prêts à imprimer\n- les bannières web";
        Plan edited = sample.withWriteUp(sample.writeUp().withEdit(new dev.offboard.plan.EditedText(
                dev.offboard.plan.Section.NOTICE, mine, notice, language)))
                .withNotice(sample.notice().withLength(3));
        MainWindow[] window = new MainWindow[1];
        SwingUtilities.invokeAndWait(() -> {
            AppController controller = new AppController(new PlanHolder(edited), settings,
                    new SwingTaskRunner(), Documents::new, new NoDialogs(), new NoDesktop(), () -> TODAY);
            window[0] = OffboardApp.open(controller);
            controller.holder().replace(edited, Path.of("northwind.json"));
            window[0].frame().setSize(new java.awt.Dimension(1180, 820));
            window[0].frame().setVisible(true);
        });
        try {
            SwingUtilities.invokeAndWait(() -> window[0].showStep(Step.WRITE_UP));
            waitForPreview(window[0]);
            long deadline = System.currentTimeMillis() + 15_000;
            boolean[] ready = new boolean[1];
            while (!ready[0] && System.currentTimeMillis() < deadline) {
                SwingUtilities.invokeAndWait(() -> {
                    java.awt.Component label = named(window[0].frame(), "writeUp.wording.warningText");
                    ready[0] = label != null && label.isShowing();
                });
                Thread.sleep(50);
            }
            SwingUtilities.invokeAndWait(() -> {
                javax.swing.JComponent chooser = (javax.swing.JComponent) named(window[0].frame(),
                        "writeUp.wording.section");
                chooser.scrollRectToVisible(new java.awt.Rectangle(0, -60, chooser.getWidth(), 560));
            });
            Thread.sleep(300);
            ImageIO.write(paint(window[0]), "png", OUT.resolve("write-up-wording-" + suffix + ".png").toFile());
        } finally {
            SwingUtilities.invokeAndWait(() -> window[0].frame().dispose());
            node.removeNode();
        }
    }

    private static java.awt.Component named(java.awt.Container container, String name) {
        for (java.awt.Component child : container.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof java.awt.Container inner) {
                java.awt.Component found = named(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void shoot(AppSettings.Theme theme, Locale locale, String suffix, java.awt.Dimension size)
            throws Exception {
        Preferences node = Preferences.userRoot().node("dev/offboard/screenshots-" + ProcessHandle.current().pid());
        node.clear();
        AppSettings settings = new AppSettings(node);
        settings.setTheme(theme);
        settings.setLocale(locale);
        Plan sample = SamplePlan.create(TODAY);
        MainWindow[] window = new MainWindow[1];
        SwingUtilities.invokeAndWait(() -> {
            AppController controller = new AppController(new PlanHolder(sample), settings,
                    new SwingTaskRunner(), Documents::new, new NoDialogs(), new NoDesktop(), () -> TODAY);
            window[0] = OffboardApp.open(controller);
            controller.holder().replace(sample, Path.of("northwind.json"));
            window[0].frame().setSize(size);
            window[0].frame().setVisible(true);
        });
        try {
            for (Step step : Step.values()) {
                SwingUtilities.invokeAndWait(() -> window[0].showStep(step));
                if (step == Step.WRITE_UP) {
                    waitForPreview(window[0]);
                }
                SwingUtilities.invokeAndWait(() -> { });
                Thread.sleep(150);
                String name = step.key().replace("writeUp", "write-up") + "-" + theme.name().toLowerCase(Locale.ROOT)
                        + suffix + ".png";
                BufferedImage image = paint(window[0]);
                ImageIO.write(image, "png", OUT.resolve(name).toFile());
                Files.createDirectories(FULL);
                ImageIO.write(paintWholeStep(window[0]), "png", FULL.resolve(name).toFile());
            }
            if (theme == AppSettings.Theme.LIGHT && suffix.isEmpty()) {
                shootProblems(window[0], sample);
                // Putting the sample back rebuilt the window on its first step.
                SwingUtilities.invokeAndWait(() -> window[0].showStep(Step.WRITE_UP));
                waitForPreview(window[0]);
            }
            SwingUtilities.invokeAndWait(() -> showLetter(window[0].frame()));
            waitForLetterPage(window[0].frame());
            Thread.sleep(300);
            ImageIO.write(paint(window[0]), "png", OUT.resolve("write-up-letter-"
                    + theme.name().toLowerCase(Locale.ROOT) + suffix + ".png").toFile());
        } finally {
            SwingUtilities.invokeAndWait(() -> window[0].frame().dispose());
            node.removeNode();
        }
    }

    /** The write-up listing open points: no client email, a deliverable due too late. */
    private static void shootProblems(MainWindow window, Plan sample) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            PlanHolder holder = window.controller().holder();
            dev.offboard.plan.Client c = sample.client();
            java.util.List<dev.offboard.plan.Deliverable> late = new java.util.ArrayList<>(sample.deliverables());
            dev.offboard.plan.Deliverable first = late.get(0);
            late.set(0, new dev.offboard.plan.Deliverable(first.name(), first.description(),
                    sample.notice().lastWorkingDay().orElseThrow().plusDays(7), first.status()));
            holder.update(p -> p.withClient(new dev.offboard.plan.Client(c.company(), c.contactName(), "",
                    c.postalAddress(), c.language(), c.country(), c.relationshipStart(), c.revenueSharePercent()))
                    .withDeliverables(late));
            window.showStep(Step.WRITE_UP);
        });
        waitForPreview(window);
        Thread.sleep(200);
        ImageIO.write(paint(window), "png", OUT.resolve("write-up-problems-light.png").toFile());
        SwingUtilities.invokeAndWait(() -> window.controller().holder().replace(sample, Path.of("northwind.json")));
    }

    /** Selects the letter tab and scrolls it into view. */
    private static void showLetter(java.awt.Container container) {
        for (java.awt.Component child : container.getComponents()) {
            if (child instanceof javax.swing.JTabbedPane tabs && "writeUp.previewTabs".equals(tabs.getName())) {
                tabs.setSelectedIndex(1);
                tabs.scrollRectToVisible(new java.awt.Rectangle(0, 0, tabs.getWidth(), tabs.getHeight()));
                return;
            }
            if (child instanceof java.awt.Container inner) {
                showLetter(inner);
            }
        }
    }

    /** Waits until the letter tab shows its first page. */
    private static void waitForLetterPage(java.awt.Container frame) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            boolean[] shown = new boolean[1];
            SwingUtilities.invokeAndWait(() -> shown[0] = firstPageShown(frame));
            if (shown[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the letter preview did not show within 15 s");
    }

    private static boolean firstPageShown(java.awt.Container container) {
        for (java.awt.Component child : container.getComponents()) {
            if ("writeUp.letterPages".equals(child.getName()) && child instanceof java.awt.Container pages) {
                return pages.getComponentCount() > 0 && pages.getComponent(0) instanceof javax.swing.JLabel page
                        && page.getIcon() != null;
            }
            if (child instanceof java.awt.Container inner && firstPageShown(inner)) {
                return true;
            }
        }
        return false;
    }

    private static void waitForPreview(MainWindow window) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            boolean[] ready = new boolean[1];
            SwingUtilities.invokeAndWait(() -> ready[0] = !window.previewState().contains("…"));
            if (ready[0]) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private static BufferedImage paint(MainWindow window) throws Exception {
        BufferedImage[] image = new BufferedImage[1];
        SwingUtilities.invokeAndWait(() -> {
            JRootPane root = window.frame().getRootPane();
            image[0] = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image[0].createGraphics();
            root.paint(g);
            g.dispose();
        });
        return image[0];
    }

    private static BufferedImage paintWholeStep(MainWindow window) throws Exception {
        BufferedImage[] image = new BufferedImage[1];
        SwingUtilities.invokeAndWait(() -> {
            javax.swing.JComponent step = window.currentStepComponent();
            int height = Math.max(step.getHeight(), step.getPreferredSize().height);
            step.setSize(step.getWidth(), height);
            step.doLayout();
            image[0] = new BufferedImage(step.getWidth(), height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image[0].createGraphics();
            step.paint(g);
            g.dispose();
        });
        return image[0];
    }

    /** Screenshots never ask for files. */
    static final class NoDialogs implements FileDialogs {
        @Override
        public Optional<Path> chooseOpen(java.awt.Component parent, Messages messages) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(java.awt.Component parent, Messages messages, String suggested,
                String extension) {
            return Optional.empty();
        }
    }

    /** Screenshots open nothing on the desktop. */
    static final class NoDesktop implements DesktopBridge {
        @Override
        public boolean open(Path file) {
            return false;
        }

        @Override
        public boolean mail(java.net.URI mailto) {
            return false;
        }
    }
}
