package dev.offboard.ui.shell;

import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import dev.offboard.render.Documents;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.core.SwingTaskRunner;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.ContainerEvent;
import java.awt.event.ContainerListener;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * Measures the live preview with the sample plan in the real window: after a keystroke in
 * the write-up's closing words, how long until the email preview shows the new text, and
 * until the letter preview shows its new first page, warm; then, during a scripted typing
 * run, how long the event thread is ever busy with one event ({@link EdtWatchdog}).
 *
 * <p>A measurement, not a test: run it under a display, as docs/performance.md shows:
 * {@code xvfb-run -a -s "-screen 0 1400x900x24" mvn -q test-compile exec:exec@preview}.
 * A keystroke is the text insertion the text area's key-typed action performs, posted to
 * the event queue; its time starts when it is posted.
 */
public final class PreviewLatency {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final long TIMEOUT_MS = 10_000;

    private final BlockingQueue<Long> emailUpdates = new ArrayBlockingQueue<>(1000);
    private final BlockingQueue<Long> letterUpdates = new ArrayBlockingQueue<>(1000);
    private MainWindow window;
    private JTextArea closing;
    private JTabbedPane tabs;

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        EdtWatchdog watchdog = EdtWatchdog.install();
        new PreviewLatency().run(samples, watchdog);
        System.exit(0);
    }

    private void run(int samples, EdtWatchdog watchdog) throws Exception {
        Preferences node = Preferences.userRoot().node("dev/offboard/preview-latency");
        node.clear();
        AppSettings settings = new AppSettings(node);
        settings.setLocale(Locale.ENGLISH);
        settings.setTheme(AppSettings.Theme.LIGHT);
        Plan sample = SamplePlan.create(TODAY);
        SwingUtilities.invokeAndWait(() -> {
            AppController controller = new AppController(new PlanHolder(sample), settings, new SwingTaskRunner(),
                    Documents::new, new Screenshots.NoDialogs(), new Screenshots.NoDesktop(), () -> TODAY);
            window = OffboardApp.open(controller);
            controller.holder().replace(sample, Path.of("northwind.json"));
            window.frame().setSize(1180, 820);
            window.frame().setVisible(true);
            window.showStep(Step.WRITE_UP);
            closing = (JTextArea) find(window.frame(), "writeUp.closing");
            tabs = (JTabbedPane) find(window.frame(), "writeUp.previewTabs");
            JTextArea email = (JTextArea) find(window.frame(), "writeUp.emailPreview");
            email.getDocument().addDocumentListener(new Changed(emailUpdates));
            Container pages = (Container) ((JScrollPane) tabs.getComponentAt(1)).getViewport().getView();
            pages.addContainerListener(new FirstPageAdded(letterUpdates));
            closing.requestFocusInWindow();
        });
        waitUntilReady();
        System.out.printf("machine: %d processors, load %.2f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        // The email, with its tab open: warm up, then measure single keystrokes.
        measure(emailUpdates, samples, 150, true);
        List<Double> email = measure(emailUpdates, samples, 150, false);
        System.out.println("email preview after a keystroke: " + summary(email) + " (target 50 ms)");

        // The letter, with its tab open.
        SwingUtilities.invokeAndWait(() -> tabs.setSelectedIndex(1));
        waitUntilReady();
        measure(letterUpdates, Math.max(5, samples / 3), 400, true);
        List<Double> letter = measure(letterUpdates, samples, 400, false);
        System.out.println("letter preview page after a keystroke: " + summary(letter) + " (target 300 ms)");

        // Typing a sentence at 12 characters a second with the letter open: is the event thread ever busy long?
        waitUntilReady();
        watchdog.reset();
        String sentence = " Thank you again for these three years of work together, and all the best for the future.";
        for (char c : sentence.toCharArray()) {
            type(String.valueOf(c));
            Thread.sleep(83);
        }
        waitUntilReady();
        Thread.sleep(500);
        System.out.println("event thread during typing: " + watchdog.report() + " (target: none over 50 ms)");
    }

    /** Types one character at a time and waits for {@code updates}; the milliseconds each took. */
    private List<Double> measure(BlockingQueue<Long> updates, int count, long pauseMs, boolean warmUp)
            throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            updates.clear();
            long start = type(i % 2 == 0 ? "a" : "b");
            Long shown = updates.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (shown == null) {
                throw new IllegalStateException("the preview did not update within " + TIMEOUT_MS + " ms");
            }
            millis.add((shown - start) / 1e6);
            waitUntilReady();
            Thread.sleep(pauseMs);
        }
        return warmUp ? List.of() : millis;
    }

    /** Posts a keystroke's text to the closing words; returns when it was posted. */
    private long type(String text) {
        long posted = System.nanoTime();
        SwingUtilities.invokeLater(() -> {
            closing.setCaretPosition(closing.getDocument().getLength());
            closing.replaceSelection(text);
        });
        return posted;
    }

    private void waitUntilReady() throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            boolean[] ready = new boolean[1];
            SwingUtilities.invokeAndWait(() -> ready[0] = !window.previewState().contains("…"));
            if (ready[0]) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the preview stayed busy for " + TIMEOUT_MS + " ms");
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("median %.1f ms, p90 %.1f ms, max %.1f ms over %d keystrokes",
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.9)),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    private static Component find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Notes when the email preview's text was replaced. */
    private record Changed(BlockingQueue<Long> times) implements DocumentListener {
        @Override
        public void insertUpdate(DocumentEvent e) {
            times.offer(System.nanoTime());
        }

        @Override
        public void removeUpdate(DocumentEvent e) {
        }

        @Override
        public void changedUpdate(DocumentEvent e) {
        }
    }

    /** Notes when a new first page of the letter was put in the window. */
    private record FirstPageAdded(BlockingQueue<Long> times) implements ContainerListener {
        @Override
        public void componentAdded(ContainerEvent e) {
            if (e.getContainer().getComponentCount() == 1 && e.getChild() instanceof JLabel page
                    && page.getIcon() != null) {
                times.offer(System.nanoTime());
            }
        }

        @Override
        public void componentRemoved(ContainerEvent e) {
        }
    }
}
