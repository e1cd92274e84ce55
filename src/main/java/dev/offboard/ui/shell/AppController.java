package dev.offboard.ui.shell;

import dev.offboard.plan.AtomicFile;
import dev.offboard.plan.FileStamp;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanCheck;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.PlanFileException;
import dev.offboard.plan.PlanLocks;
import dev.offboard.plan.Problem;
import dev.offboard.render.Documents;
import dev.offboard.render.Email;
import dev.offboard.render.EmailDraft;
import dev.offboard.ui.core.Failures;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Scheduler;
import dev.offboard.ui.core.SwingScheduler;
import dev.offboard.ui.core.TaskRunner;
import dev.offboard.ui.step.WriteUpActions;
import dev.offboard.ui.step.WriteUpStepModel;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the menu and buttons do with the plan: new, open, save, export, copy, mail. Slow
 * work goes through the {@link TaskRunner}; outcomes are told through {@link Feedback}.
 */
public final class AppController implements WriteUpActions {

    private final PlanHolder holder;
    private final AppSettings settings;
    private final TaskRunner tasks;
    private final Scheduler scheduler;
    private final Supplier<Documents> documentsFactory;
    private volatile Documents documents;
    private final FileDialogs dialogs;
    private final DesktopBridge desktop;
    private final Supplier<LocalDate> today;
    private Messages messages;
    private Feedback feedback;
    /** Which plans are open in other windows; none in tests that do not ask for it. */
    private LetterPrint.Printer printer = LetterPrint.SYSTEM;
    private PlanLocks locks;
    /** This window's lock on its plan file, while it has one. */
    private PlanLocks.Held held;
    /** Whether a save is being written; what asks to save meanwhile waits in {@link #waitingForSave}. */
    private boolean saving;
    private final List<PendingSave> waitingForSave = new java.util.ArrayList<>();
    private Component parent;

    /**
     * @param documents makes the renderer; called once, off the event thread, on first use
     *     (it loads templates and fonts)
     */
    public AppController(PlanHolder holder, AppSettings settings, TaskRunner tasks, Supplier<Documents> documents,
            FileDialogs dialogs, DesktopBridge desktop, Supplier<LocalDate> today) {
        this(holder, settings, tasks, new SwingScheduler(), documents, dialogs, desktop, today);
    }

    /** As above, with the {@link Scheduler} that times debounced work (a hand-moved clock in tests). */
    public AppController(PlanHolder holder, AppSettings settings, TaskRunner tasks, Scheduler scheduler,
            Supplier<Documents> documents, FileDialogs dialogs, DesktopBridge desktop, Supplier<LocalDate> today) {
        this.scheduler = scheduler;
        this.holder = holder;
        this.settings = settings;
        this.tasks = tasks;
        this.documentsFactory = documents;
        this.dialogs = dialogs;
        this.desktop = desktop;
        this.today = today;
        this.messages = new Messages(settings.locale());
    }

    void attach(Component window, Feedback windowFeedback) {
        this.parent = window;
        this.feedback = windowFeedback;
    }

    @Override
    public PlanHolder holder() {
        return holder;
    }

    public AppSettings settings() {
        return settings;
    }

    public Messages messages() {
        return messages;
    }

    void setLocale(Locale locale) {
        settings.setLocale(locale);
        messages = new Messages(settings.locale());
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }

    @Override
    public Scheduler scheduler() {
        return scheduler;
    }

    /** The renderer, made on first use; call from a task, not on the event thread. */
    @Override
    public Documents documents() {
        Documents made = documents;
        if (made == null) {
            synchronized (this) {
                if (documents == null) {
                    documents = documentsFactory.get();
                }
                made = documents;
            }
        }
        return made;
    }

    @Override
    public LocalDate today() {
        return today.get();
    }

    Supplier<LocalDate> todaySupplier() {
        return today;
    }

    /** Notices plans open in other windows through {@code planLocks} (the app's data folder). */
    void usePlanLocks(PlanLocks planLocks) {
        this.locks = planLocks;
    }

    void newPlan() {
        hold(null);
        holder.replace(Plan.empty(), null);
        feedback.status(messages.text("status.new"));
    }

    void open() {
        dialogs.chooseOpen(parent, messages).ifPresent(this::open);
    }

    /** Reads {@code file} in the background; on failure the current plan is kept as it was. */
    public void open(Path file) {
        PlanLocks planLocks = locks;
        PlanLocks.Held mine = held;
        // Opening again the plan this window has open (from Recent, say) is no other window's.
        tasks.run(() -> new Opening(PlanFile.open(file), mine != null && mine.isOf(file) ? Optional.of(mine)
                : lock(planLocks, file)),
                opening -> opened(file, opening), e -> openFailed(file, e));
    }

    /** A plan read, with this window's lock on its file, or empty when another window has it. */
    private record Opening(PlanFile.Opened opened, Optional<PlanLocks.Held> lock) {
    }

    /** The lock of {@code file}; a lock that cannot be taken for any reason but another window never stops an open. */
    private static Optional<PlanLocks.Held> lock(PlanLocks planLocks, Path file) {
        if (planLocks == null) {
            return Optional.of(PlanLocks.NONE);
        }
        try {
            return planLocks.tryLock(file);
        } catch (java.io.IOException e) {
            return Optional.of(PlanLocks.NONE);
        }
    }

    /**
     * Opens a file from the recent list. One that was moved or deleted since is taken off the
     * list, and the banner says where it was; the plan on screen stays as it is.
     *
     * @return false when the file is gone
     */
    boolean openRecent(Path file) {
        if (Files.isRegularFile(file)) {
            open(file);
            return true;
        }
        settings.removeRecent(file);
        Path folder = file.toAbsolutePath().getParent();
        feedback.problem(messages.text("file.recentGone", file.getFileName(), folder == null ? "" : folder));
        return false;
    }

    private void opened(Path file, Opening opening) {
        boolean readOnly = opening.lock().isEmpty();
        if (readOnly && !feedback.openReadOnly(file.getFileName().toString())) {
            return;
        }
        hold(opening.lock().orElse(null));
        settings.addRecent(file);
        holder.replace(opening.opened().plan(), file, opening.opened().stamp(), readOnly);
        feedback.status(messages.text(readOnly ? "status.openedReadOnly" : "status.opened", file.getFileName()));
    }

    /** Keeps {@code next} as this window's lock, letting the previous one go. */
    private void hold(PlanLocks.Held next) {
        PlanLocks.Held previous = held;
        held = next;
        if (previous != null && previous != next) {
            try {
                previous.close();
            } catch (java.io.IOException e) {
                // The process's end releases it anyway.
            }
        }
    }

    private void openFailed(Path file, Exception e) {
        String detail = e instanceof PlanFileException pfe ? detail(pfe) : Failures.describe(e);
        feedback.problem(messages.text("file.openFailed", file.getFileName(), detail));
    }

    /** The part of a plan-file message after the file name, which the banner already gives. */
    private static String detail(PlanFileException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ", String.valueOf(e.file()).length());
        return colon < 0 ? message : message.substring(colon + 2);
    }

    /** Saves to the plan's file, or asks where first; then runs {@code after} on success. */
    @Override
    public void save(Runnable after) {
        Optional<Path> file = holder.file();
        if (file.isPresent() && !holder.isReadOnly()) {
            saveTo(file.get(), after);
        } else {
            saveAs(after);
        }
    }

    void saveAs(Runnable after) {
        // A plan keeps the extension it has; a new one gets .offboard, which opens Offboard when
        // double-clicked where the installer registered it (docs/plan-format.md).
        String extension = holder.file().map(f -> f.getFileName().toString())
                .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".json")).map(name -> "json").orElse("offboard");
        dialogs.chooseSave(parent, messages, suggestedName("plan", extension), extension).ifPresent(f -> saveTo(f, after));
    }

    private void saveTo(Path file, Runnable after) {
        saveTo(file, after, false);
    }

    /**
     * Writes the plan to {@code file}, unless the file changed on disk since this window read or
     * wrote it (and {@code overwrite} is false): then asks the user what to do instead.
     */
    private void saveTo(Path file, Runnable after, boolean overwrite) {
        if (saving) {
            // A second Ctrl+S (or a key held down) while a save runs: it waits for that save, and
            // saves again after it only if the plan changed meanwhile.
            waitingForSave.add(new PendingSave(file, after));
            return;
        }
        saving = true;
        Plan plan = holder.plan();
        Optional<FileStamp> known = overwrite ? Optional.empty()
                : holder.file().filter(file::equals).flatMap(f -> holder.stamp());
        tasks.run(() -> {
            if (known.isPresent()) {
                Optional<FileStamp> now = FileStamp.read(file);
                if (now.isPresent() && !now.get().sameContent(known.get())) {
                    return new SaveOutcome(null, now.get());
                }
            }
            return new SaveOutcome(PlanFile.write(file, plan), null);
        }, outcome -> {
            saving = false;
            if (outcome.changedOnDisk() != null) {
                waitingForSave.clear();
                changedOnDisk(file, outcome.changedOnDisk(), after);
                return;
            }
            settings.addRecent(file);
            if (!holder.file().filter(file::equals).isPresent() || holder.isReadOnly()) {
                hold(lock(locks, file).orElse(null));
            }
            holder.markSaved(file, plan, outcome.written());
            feedback.status(messages.text("status.saved", file.getFileName()));
            after.run();
            saveWaiting(file);
        }, e -> {
            saving = false;
            waitingForSave.clear();
            feedback.problem(messages.text("file.saveFailed", file.getFileName(), Failures.describe(e)));
        });
    }

    /**
     * After a save of {@code saved}, what asked to save while it ran: a save of the same file is
     * done if the plan has not changed since, else made again; a save elsewhere is made now.
     */
    private void saveWaiting(Path saved) {
        List<PendingSave> waiting = List.copyOf(waitingForSave);
        waitingForSave.clear();
        for (PendingSave pending : waiting) {
            if (pending.file().equals(saved) && !holder.isModified()) {
                pending.after().run();
            } else {
                saveTo(pending.file(), pending.after());
            }
        }
    }

    /** A save asked for while another was being written. */
    private record PendingSave(Path file, Runnable after) {
    }

    /** A save's outcome: what was written, or, when nothing was, the other program's version. */
    private record SaveOutcome(FileStamp written, FileStamp changedOnDisk) {
    }

    private void changedOnDisk(Path file, FileStamp theirs, Runnable after) {
        String name = file.getFileName().toString();
        switch (feedback.changedOnDisk(name, theirs.modified())) {
            case OVERWRITE -> saveTo(file, after, true);
            case RELOAD -> {
                if (feedback.confirmReload(name)) {
                    reload(file);
                }
            }
            case SAVE_AS -> saveAs(after);
            case CANCEL -> {
                // Both versions stay as they are: the file on disk and the window's edits.
            }
        }
    }

    /** Replaces the window's plan with the file as it is on disk now. */
    private void reload(Path file) {
        tasks.run(() -> PlanFile.open(file), opened -> {
            holder.replace(opened.plan(), file, opened.stamp(), holder.isReadOnly());
            feedback.status(messages.text("status.reloaded", file.getFileName()));
        }, e -> openFailed(file, e));
    }

    /**
     * Whether client-facing text may leave the app: true when nothing looks like a secret, or
     * when the user confirms it does not matter.
     */
    private boolean secretsCleared() {
        if (holder.guardsPending()) {
            feedback.status(messages.text("secrets.stillChecking"));
            return false;
        }
        var secrets = PlanCheck.suspectedSecrets(holder.problems());
        if (secrets.isEmpty()) {
            return true;
        }
        return feedback.confirmSecrets(secrets.stream().map(p -> p.message(messages.locale())).distinct().toList());
    }

    /**
     * Asks where to put the letter, then renders and writes it in the background; first, when
     * some of its characters have no font, asks whether to print {@code #} in their place.
     */
    @Override
    public void exportPdf() {
        if (!readyToExport() || !secretsCleared()) {
            return;
        }
        whenPrintable(() -> dialogs.chooseSave(parent, messages, suggestedName("letter", "pdf"), "pdf")
                .ifPresent(this::exportTo));
    }

    /** Renders the letter into {@code file}; a seam for tests, which skip the chooser. */
    public void exportTo(Path file) {
        Plan plan = holder.plan();
        LocalDate date = today.get();
        writeInBackground(file, () -> documents().letterPdf(plan, plan.client().language(), date));
    }

    /**
     * Runs {@code next} when every character of the letter has a font, or when the user, told
     * which characters of which fields have none, accepts that they print as {@code #}. The
     * check makes the letter's text, so it runs in the background; if it fails, {@code next}
     * runs and the export reports the failure.
     */
    private void whenPrintable(Runnable next) {
        Plan plan = holder.plan();
        LocalDate date = today.get();
        tasks.run(() -> documents().unprintable(plan, plan.client().language(), date), found -> {
            if (found.isEmpty() || feedback.confirmMissingGlyphs(found)) {
                next.run();
            }
        }, e -> next.run());
    }

    void openExported(Path file) {
        tasks.run(() -> desktop.open(file), opened -> {
            if (!opened) {
                feedback.notice(messages.text("export.openUnsupported", file));
            }
        }, e -> feedback.problem(messages.text("export.openFailed", file.getFileName(), Failures.describe(e))));
    }

    /** Puts the email, subject first, on the clipboard as plain text. */
    @Override
    public void copyEmail() {
        if (!secretsCleared()) {
            return;
        }
        Plan plan = holder.plan();
        tasks.run(() -> documents().email(plan, plan.client().language()), email -> {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(email.toText()), null);
            feedback.status(messages.text("status.copied"));
        }, e -> feedback.problem(messages.text("email.failed", Failures.describe(e))));
    }

    /**
     * Opens the mail app with the email filled in, when the desktop allows it. An email too
     * long for a mail link goes to the clipboard, and the mail app gets the subject and a
     * note to paste it.
     */
    @Override
    public void openInMail(WriteUpStepModel model) {
        if (!secretsCleared()) {
            return;
        }
        Plan plan = holder.plan();
        String placeholder = messages.text("mail.pasteHere");
        tasks.run(() -> {
            Email email = documents().email(plan, plan.client().language());
            WriteUpStepModel.MailLink link = model.mailLink(email, placeholder);
            return new MailOutcome(email, link, desktop.mail(link.uri()));
        }, this::mailOpened, e -> feedback.problem(messages.text("email.failed", Failures.describe(e))));
    }

    private record MailOutcome(Email email, WriteUpStepModel.MailLink link, boolean opened) {
    }

    private void mailOpened(MailOutcome outcome) {
        if (!outcome.opened()) {
            feedback.notice(messages.text("status.mailUnsupported"));
        } else if (outcome.link().complete()) {
            feedback.status(messages.text("status.mailOpened"));
        } else {
            Toolkit.getDefaultToolkit().getSystemClipboard()
                    .setContents(new StringSelection(outcome.email().body()), null);
            feedback.status(messages.text("status.mailTooLong"));
        }
    }

    /** Asks where to save the email as a draft with the letter attached, then writes it. */
    @Override
    public void saveEmailDraft() {
        if (!readyToExport() || !secretsCleared()) {
            return;
        }
        whenPrintable(() -> dialogs.chooseSave(parent, messages, suggestedName("email", "eml"), "eml")
                .ifPresent(this::saveEmailDraftTo));
    }

    /** Writes the email draft ({@code .eml}) into {@code file}; a seam for tests. */
    public void saveEmailDraftTo(Path file) {
        Plan plan = holder.plan();
        Language language = plan.client().language();
        LocalDate date = today.get();
        writeInBackground(file, () -> {
            Documents docs = documents();
            Email email = docs.email(plan, language);
            byte[] letter = docs.letterPdf(plan, language, date);
            return EmailDraft.eml(plan, email, letter, EmailDraft.letterFileName(language), ZonedDateTime.now());
        });
    }

    /** Asks where to save the freelancer's private copy of the plan, then writes it. */
    @Override
    public void exportPrivatePlan() {
        if (!readyToExport()) {
            return;
        }
        dialogs.chooseSave(parent, messages, suggestedName("private-plan", "pdf"), "pdf")
                .ifPresent(this::exportPrivatePlanTo);
    }

    /** Writes the private plan PDF into {@code file}; a seam for tests. */
    public void exportPrivatePlanTo(Path file) {
        Plan plan = holder.plan();
        LocalDate date = today.get();
        writeInBackground(file, () -> documents().privatePlanPdf(plan, plan.client().language(), date));
    }

    /** Prints the letter, after the same checks as Export; the print dialog lets the user choose the printer. */
    void printLetter() {
        if (!readyToExport() || !secretsCleared()) {
            return;
        }
        Plan plan = holder.plan();
        LocalDate date = today.get();
        tasks.run(() -> documents().letterPdf(plan, plan.client().language(), date), this::print,
                e -> feedback.problem(messages.text("print.failed", Failures.describe(e))));
    }

    private void print(byte[] letter) {
        Optional<LetterPrint.Confirmed> confirmed;
        try {
            confirmed = printer.ask(letter, "Offboard — " + holder.documentName(messages.text("title.untitled")));
        } catch (java.io.IOException | RuntimeException e) {
            feedback.problem(messages.text("print.failed", Failures.describe(e)));
            return;
        }
        confirmed.ifPresent(job -> tasks.run(() -> {
            job.spool();
            return Boolean.TRUE;
        }, printed -> feedback.status(messages.text("status.printed")),
                e -> feedback.problem(messages.text("print.failed", Failures.describe(e)))));
    }

    /** Prints through {@code printer} instead of the system's dialog; for tests. */
    void usePrinter(LetterPrint.Printer printer) {
        this.printer = printer;
    }

    /** Asks where to save the plan's dates as a calendar file ({@code .ics}), then writes it. */
    void saveCalendar() {
        if (!readyToExport()) {
            return;
        }
        dialogs.chooseSave(parent, messages, suggestedName("dates", "ics"), "ics").ifPresent(this::saveCalendarTo);
    }

    /** Writes the plan's dates, with reminders, into {@code file}; a seam for tests. */
    public void saveCalendarTo(Path file) {
        Plan plan = holder.plan();
        writeInBackground(file, () -> dev.offboard.render.CalendarFile.ics(plan, plan.client().language(),
                java.time.Instant.now()));
    }

    private boolean readyToExport() {
        if (holder.canRender()) {
            return true;
        }
        feedback.problem(messages.text("export.blocked"));
        feedback.jumpTo(dev.offboard.ui.core.FieldProblem.WHOLE_PLAN);
        return false;
    }

    /** Makes the bytes off the event thread, replaces {@code file} only once they are all on disk. */
    private void writeInBackground(Path file, Callable<byte[]> make) {
        tasks.run(() -> {
            AtomicFile.write(file, make.call());
            return file;
        }, feedback::exported,
                e -> feedback.problem(messages.text("export.failed", file.getFileName(), Failures.describe(e))));
    }

    /**
     * A file name for the chooser: beside a saved plan {@code northwind.json}, its documents
     * are {@code northwind-letter.pdf}, {@code northwind-email.eml}, …; before the first save,
     * {@code letter-northwind-books-ltd.pdf}.
     */
    private String suggestedName(String stem, String extension) {
        String base = holder.file().map(f -> f.getFileName().toString().replaceFirst("\\.(json|offboard)$", ""))
                .orElseGet(() -> {
                    String company = holder.plan().client().company().isBlank()
                            ? holder.plan().client().contactName() : holder.plan().client().company();
                    String slug = company.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                            .replaceAll("(^-|-$)", "");
                    return slug.isEmpty() ? stem : stem + "-" + slug;
                });
        boolean named = holder.file().isPresent() && !"json".equals(extension) && !"offboard".equals(extension);
        return (named ? base + "-" + stem : base) + "." + extension;
    }
}
