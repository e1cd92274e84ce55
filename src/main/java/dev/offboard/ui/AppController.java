package dev.offboard.ui;

import dev.offboard.plan.AtomicFile;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanCheck;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.PlanFileException;
import dev.offboard.plan.Problem;
import dev.offboard.render.Documents;
import dev.offboard.render.Email;
import dev.offboard.render.EmailDraft;
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
public final class AppController {

    private final PlanHolder holder;
    private final AppSettings settings;
    private final TaskRunner tasks;
    private final Supplier<Documents> documentsFactory;
    private volatile Documents documents;
    private final FileDialogs dialogs;
    private final DesktopBridge desktop;
    private final Supplier<LocalDate> today;
    private Messages messages;
    private Feedback feedback;
    private Component parent;

    /**
     * @param documents makes the renderer; called once, off the event thread, on first use
     *     (it loads templates and fonts)
     */
    public AppController(PlanHolder holder, AppSettings settings, TaskRunner tasks, Supplier<Documents> documents,
            FileDialogs dialogs, DesktopBridge desktop, Supplier<LocalDate> today) {
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
        messages = new Messages(locale);
    }

    TaskRunner tasks() {
        return tasks;
    }

    /** The renderer, made on first use; call from a task, not on the event thread. */
    Documents documents() {
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

    LocalDate today() {
        return today.get();
    }

    Supplier<LocalDate> todaySupplier() {
        return today;
    }

    void newPlan() {
        holder.replace(Plan.empty(), null);
        feedback.status(messages.text("status.new"));
    }

    void open() {
        dialogs.chooseOpen(parent, messages).ifPresent(this::open);
    }

    /** Reads {@code file} in the background; on failure the current plan is kept as it was. */
    public void open(Path file) {
        tasks.run(() -> PlanFile.read(file), plan -> opened(file, plan), e -> openFailed(file, e));
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

    private void opened(Path file, Plan plan) {
        settings.addRecent(file);
        holder.replace(plan, file);
        feedback.status(messages.text("status.opened", file.getFileName()));
    }

    private void openFailed(Path file, Exception e) {
        String detail = e instanceof PlanFileException pfe ? detail(pfe) : String.valueOf(e.getMessage());
        feedback.problem(messages.text("file.openFailed", file.getFileName(), detail));
    }

    /** The part of a plan-file message after the file name, which the banner already gives. */
    private static String detail(PlanFileException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ", String.valueOf(e.file()).length());
        return colon < 0 ? message : message.substring(colon + 2);
    }

    /** Saves to the plan's file, or asks where first; then runs {@code after} on success. */
    void save(Runnable after) {
        Optional<Path> file = holder.file();
        if (file.isPresent()) {
            saveTo(file.get(), after);
        } else {
            saveAs(after);
        }
    }

    void saveAs(Runnable after) {
        dialogs.chooseSave(parent, messages, suggestedName("plan", "json"), "json").ifPresent(f -> saveTo(f, after));
    }

    private void saveTo(Path file, Runnable after) {
        Plan plan = holder.plan();
        tasks.run(() -> {
            PlanFile.write(file, plan);
            return file;
        }, saved -> {
            settings.addRecent(saved);
            holder.markSaved(saved, plan);
            feedback.status(messages.text("status.saved", saved.getFileName()));
            after.run();
        }, e -> feedback.problem(messages.text("file.saveFailed", file.getFileName(), e.getMessage())));
    }

    /**
     * Whether client-facing text may leave the app: true when nothing looks like a secret, or
     * when the user confirms it does not matter.
     */
    private boolean secretsCleared() {
        var secrets = PlanCheck.suspectedSecrets(holder.problems());
        if (secrets.isEmpty()) {
            return true;
        }
        return feedback.confirmSecrets(secrets.stream().map(p -> p.message(messages.locale())).distinct().toList());
    }

    /** Asks where to put the letter, then renders and writes it in the background. */
    void exportPdf() {
        if (!readyToExport() || !secretsCleared()) {
            return;
        }
        dialogs.chooseSave(parent, messages, suggestedName("letter", "pdf"), "pdf").ifPresent(this::exportTo);
    }

    /** Renders the letter into {@code file}; a seam for tests, which skip the chooser. */
    public void exportTo(Path file) {
        Plan plan = holder.plan();
        LocalDate date = today.get();
        writeInBackground(file, () -> documents().letterPdf(plan, plan.client().language(), date),
                () -> documents().unprintable(plan, plan.client().language(), date));
    }

    void openExported(Path file) {
        tasks.run(() -> desktop.open(file), opened -> {
            if (!opened) {
                feedback.status(messages.text("export.openUnsupported", file));
            }
        }, e -> feedback.problem(messages.text("export.openFailed", file.getFileName(), e.getMessage())));
    }

    /** Puts the email, subject first, on the clipboard as plain text. */
    void copyEmail() {
        if (!secretsCleared()) {
            return;
        }
        Plan plan = holder.plan();
        tasks.run(() -> documents().email(plan, plan.client().language()), email -> {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(email.toText()), null);
            feedback.status(messages.text("status.copied"));
        }, e -> feedback.problem(messages.text("email.failed", String.valueOf(e.getMessage()))));
    }

    /**
     * Opens the mail app with the email filled in, when the desktop allows it. An email too
     * long for a mail link goes to the clipboard, and the mail app gets the subject and a
     * note to paste it.
     */
    void openInMail(WriteUpStepModel model) {
        if (!secretsCleared()) {
            return;
        }
        Plan plan = holder.plan();
        String placeholder = messages.text("mail.pasteHere");
        tasks.run(() -> {
            Email email = documents().email(plan, plan.client().language());
            WriteUpStepModel.MailLink link = model.mailLink(email, placeholder);
            return new MailOutcome(email, link, desktop.mail(link.uri()));
        }, this::mailOpened, e -> feedback.problem(messages.text("email.failed", String.valueOf(e.getMessage()))));
    }

    private record MailOutcome(Email email, WriteUpStepModel.MailLink link, boolean opened) {
    }

    private void mailOpened(MailOutcome outcome) {
        if (!outcome.opened()) {
            feedback.status(messages.text("status.mailUnsupported"));
        } else if (outcome.link().complete()) {
            feedback.status(messages.text("status.mailOpened"));
        } else {
            Toolkit.getDefaultToolkit().getSystemClipboard()
                    .setContents(new StringSelection(outcome.email().body()), null);
            feedback.status(messages.text("status.mailTooLong"));
        }
    }

    /** Asks where to save the email as a draft with the letter attached, then writes it. */
    void saveEmailDraft() {
        if (!readyToExport() || !secretsCleared()) {
            return;
        }
        dialogs.chooseSave(parent, messages, suggestedName("email", "eml"), "eml").ifPresent(this::saveEmailDraftTo);
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
        }, () -> documents().unprintable(plan, language, date));
    }

    /** Asks where to save the freelancer's private copy of the plan, then writes it. */
    void exportPrivatePlan() {
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
                e -> feedback.problem(messages.text("print.failed", String.valueOf(e.getMessage()))));
    }

    private void print(byte[] letter) {
        try {
            if (LetterPrint.print(letter, "Offboard — " + holder.documentName(messages.text("title.untitled")))) {
                feedback.status(messages.text("status.printed"));
            }
        } catch (java.io.IOException | java.awt.print.PrinterException e) {
            feedback.problem(messages.text("print.failed", String.valueOf(e.getMessage())));
        }
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
        feedback.jumpTo("writeUp.problems");
        return false;
    }

    /** Makes the bytes off the event thread, replaces {@code file} only once they are all on disk. */
    private void writeInBackground(Path file, Callable<byte[]> make) {
        writeInBackground(file, make, List::of);
    }

    /**
     * Writes {@code file} in the background; then says, once it is written, what of the plan
     * the letter in it could not print ({@link Documents#unprintable}).
     */
    private void writeInBackground(Path file, Callable<byte[]> make, Callable<List<Problem>> unprintable) {
        tasks.run(() -> {
            AtomicFile.write(file, make.call());
            return unprintable.call();
        }, found -> {
            feedback.exported(file);
            if (!found.isEmpty()) {
                feedback.problem(messages.text("export.unprintable", file.getFileName(), found.stream()
                        .map(p -> p.message(messages.locale())).distinct().collect(Collectors.joining(" "))));
            }
        }, e -> feedback.problem(messages.text("export.failed", file.getFileName(), String.valueOf(e.getMessage()))));
    }

    /**
     * A file name for the chooser: beside a saved plan {@code northwind.json}, its documents
     * are {@code northwind-letter.pdf}, {@code northwind-email.eml}, …; before the first save,
     * {@code letter-northwind-books-ltd.pdf}.
     */
    private String suggestedName(String stem, String extension) {
        String base = holder.file().map(f -> f.getFileName().toString().replaceFirst("\\.json$", ""))
                .orElseGet(() -> {
                    String company = holder.plan().client().company().isBlank()
                            ? holder.plan().client().contactName() : holder.plan().client().company();
                    String slug = company.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                            .replaceAll("(^-|-$)", "");
                    return slug.isEmpty() ? stem : stem + "-" + slug;
                });
        boolean named = holder.file().isPresent() && !"json".equals(extension);
        return (named ? base + "-" + stem : base) + "." + extension;
    }
}
