package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Client;
import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.SamplePlan;
import dev.offboard.render.Documents;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.testing.CurrentThreadTaskRunner;
import dev.offboard.ui.testing.HeldTaskRunner;
import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller without a window: tasks run on the test thread, feedback is recorded. */
class AppControllerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path folder;

    private final Preferences node = Preferences.userRoot().node("dev/offboard/controller-test-" + ProcessHandle.current().pid());
    private final PlanHolder holder = new PlanHolder(Plan.empty());
    private final List<String> said = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Path> exported = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private Path answer;
    private boolean sendSecrets;
    /** The answer to "changed on disk", and each time it was asked, the file name. */
    private SaveConflict conflictAnswer = SaveConflict.CANCEL;
    private final List<String> conflicts = new ArrayList<>();
    private boolean confirmReload;
    private Boolean openReadOnly;
    private boolean printMissingGlyphs;
    private AppController controller;

    private AppController controller() {
        return controller(new CurrentThreadTaskRunner());
    }

    private AppController controller(dev.offboard.ui.core.TaskRunner tasks) {
        AppSettings settings = new AppSettings(node);
        settings.setLocale(Locale.ENGLISH);
        controller = new AppController(holder, settings, tasks, Documents::new, dialogs(),
                new NoDesktop(), () -> TODAY);
        controller.attach(null, controllerFeedback());
        return controller;
    }

    /** File choosers that answer {@link #answer} and record what Save suggested. */
    private FileDialogs dialogs() {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseOpen(Component parent, Messages messages) {
                return Optional.ofNullable(answer);
            }

            @Override
            public Optional<Path> chooseSave(Component parent, Messages messages, String suggested, String extension) {
                asked.add(suggested + " as " + extension);
                return Optional.ofNullable(answer);
            }
        };
    }

    /** Feedback that records what the controller says and answers its questions as set. */
    private Feedback controllerFeedback() {
        return new Feedback() {
            @Override
            public void status(String message) {
                said.add(message);
            }

            @Override
            public void problem(String message) {
                problems.add(message);
            }

            @Override
            public void notice(String message) {
                said.add("notice " + message);
            }

            @Override
            public void exported(Path file) {
                exported.add(file);
            }

            @Override
            public boolean confirmSecrets(List<String> findings) {
                said.add("secrets " + findings.size());
                return sendSecrets;
            }

            @Override
            public boolean confirmMissingGlyphs(List<dev.offboard.plan.Problem> unprintable) {
                unprintable.forEach(p -> said.add("glyphs " + p.field() + ": " + p.message(Locale.ENGLISH)));
                return printMissingGlyphs;
            }

            @Override
            public void jumpTo(dev.offboard.plan.FieldPath field) {
                said.add("jump " + field);
            }

            @Override
            public SaveConflict changedOnDisk(String fileName, java.time.Instant changedAt) {
                conflicts.add(fileName);
                return conflictAnswer;
            }

            @Override
            public boolean openReadOnly(String fileName) {
                said.add("already open " + fileName);
                return openReadOnly;
            }

            @Override
            public boolean confirmReload(String fileName) {
                said.add("reload? " + fileName);
                return confirmReload;
            }
        };
    }

    @AfterEach
    void forgetSettings() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void saveAsWritesThePlanAndClearsTheModifiedMark() throws Exception {
        holder.update(p -> p.withFreelancer(new Freelancer("Alex Rivera", "", "", "", "")));
        answer = folder.resolve("alex.json");

        controller().save(() -> said.add("after"));

        assertThat(PlanFile.read(answer).freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(holder.isModified()).isFalse();
        assertThat(holder.file()).contains(answer);
        assertThat(said).containsExactly("Saved alex.json.", "after");
        assertThat(controller.settings().recentFiles()).containsExactly(answer.toAbsolutePath().normalize());
    }

    @Test
    void savingAPlanOpenedThroughASymlinkWritesTheLinkedFileAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectories(folder.resolve("plans")).resolve("alex.json");
        PlanFile.write(real, Plan.empty());
        Path link = Files.createSymbolicLink(folder.resolve("alex.json"), Path.of("plans", "alex.json"));
        controller().open(link);
        holder.update(p -> p.withFreelancer(new Freelancer("Alex Rivera", "", "", "", "")));

        controller.save(() -> { });

        assertThat(problems).isEmpty();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(PlanFile.read(real).freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(PlanFile.read(PlanFile.backupOf(real))).isEqualTo(Plan.empty());
    }

    @Test
    void aSecondSaveWhileTheFirstIsWrittenWaitsForItAndAsksNothingWhenTheFileChangedOnDisk() throws Exception {
        HeldTaskRunner tasks = new HeldTaskRunner();
        Path file = openWithHeldTasks(tasks);
        holder.update(p -> p.withFreelancer(new Freelancer("Alex Rivera", "", "", "", "")));
        Plan theirs = changeOnDisk(file);
        conflictAnswer = SaveConflict.OVERWRITE;

        // Ctrl+S twice (or held down) before the first save is done.
        controller.save(() -> said.add("first"));
        controller.save(() -> said.add("second"));
        assertThat(tasks.held()).isEqualTo(1);
        tasks.releaseAll();

        assertThat(conflicts).containsExactly("alex.json");
        assertThat(PlanFile.read(file).freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(PlanFile.read(PlanFile.backupOf(file))).isEqualTo(theirs);
        assertThat(holder.isModified()).isFalse();
        assertThat(said).contains("first").doesNotContain("second");
    }

    @Test
    void aSaveAskedForWhileAnotherRunsIsMadeAfterItWhenThePlanChangedMeanwhile() throws Exception {
        HeldTaskRunner tasks = new HeldTaskRunner();
        Path file = openWithHeldTasks(tasks);
        holder.update(p -> p.withFreelancer(new Freelancer("Alex", "", "", "", "")));

        controller.save(() -> said.add("first"));
        holder.update(p -> p.withFreelancer(new Freelancer("Alex Rivera", "", "", "", "")));
        controller.save(() -> said.add("second"));
        controller.save(() -> said.add("third"));
        tasks.releaseAll();

        assertThat(conflicts).isEmpty();
        assertThat(PlanFile.read(file).freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(holder.isModified()).isFalse();
        assertThat(said).containsSubsequence("first", "second", "third");
    }

    /** Opens {@code alex.json} holding an empty plan with a controller whose tasks wait for the test. */
    private Path openWithHeldTasks(HeldTaskRunner tasks) throws Exception {
        Path file = folder.resolve("alex.json");
        PlanFile.write(file, Plan.empty());
        controller(tasks).open(file);
        tasks.releaseAll();
        return file;
    }

    /** Opens {@code alex.json} holding an empty plan, then types a name into it in the window. */
    private Path openThenEdit() throws Exception {
        Path file = folder.resolve("alex.json");
        PlanFile.write(file, Plan.empty());
        controller().open(file);
        holder.update(p -> p.withFreelancer(new Freelancer("Alex Rivera", "", "", "", "")));
        return file;
    }

    /** Another program (a sync client, an editor) rewrites the file behind the window's back. */
    private static Plan changeOnDisk(Path file) throws Exception {
        Plan theirs = SamplePlan.create(TODAY);
        Files.writeString(file, PlanFile.toJson(theirs));
        return theirs;
    }

    @Test
    void savingOverAFileChangedOnDiskAsksAndCancelLeavesBothVersionsAlone() throws Exception {
        Path file = openThenEdit();
        Plan theirs = changeOnDisk(file);
        said.clear();

        controller.save(() -> said.add("after"));

        assertThat(conflicts).containsExactly("alex.json");
        assertThat(PlanFile.read(file)).isEqualTo(theirs);
        assertThat(holder.plan().freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(holder.isModified()).isTrue();
        assertThat(said).doesNotContain("after");
    }

    @Test
    void overwriteReplacesTheChangedFileKeepingTheOtherVersionAsTheBackup() throws Exception {
        Path file = openThenEdit();
        Plan theirs = changeOnDisk(file);
        conflictAnswer = SaveConflict.OVERWRITE;

        controller.save(() -> said.add("after"));

        assertThat(PlanFile.read(file).freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(PlanFile.read(PlanFile.backupOf(file))).isEqualTo(theirs);
        assertThat(holder.isModified()).isFalse();
        assertThat(said).contains("after");

        // Saved by this window: the next save does not ask again.
        holder.update(p -> p.withFreelancer(new Freelancer("Alex R.", "", "", "", "")));
        controller.save(() -> { });
        assertThat(conflicts).hasSize(1);
        assertThat(PlanFile.read(file).freelancer().name()).isEqualTo("Alex R.");
    }

    @Test
    void reloadLoadsTheVersionOnDiskOnlyOnceTheUserConfirmsLosingTheirEdits() throws Exception {
        Path file = openThenEdit();
        Plan theirs = changeOnDisk(file);
        conflictAnswer = SaveConflict.RELOAD;

        controller.save(() -> { });
        assertThat(said).contains("reload? alex.json");
        assertThat(holder.plan().freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(PlanFile.read(file)).isEqualTo(theirs);

        confirmReload = true;
        controller.save(() -> { });
        assertThat(holder.plan()).isEqualTo(theirs);
        assertThat(holder.isModified()).isFalse();
        assertThat(PlanFile.read(file)).isEqualTo(theirs);
    }

    @Test
    void saveAsKeepsTheChangedFileAndWritesTheWindowsVersionElsewhere() throws Exception {
        Path file = openThenEdit();
        Plan theirs = changeOnDisk(file);
        conflictAnswer = SaveConflict.SAVE_AS;
        answer = folder.resolve("alex-mine.json");

        controller.save(() -> { });

        assertThat(PlanFile.read(file)).isEqualTo(theirs);
        assertThat(PlanFile.read(answer).freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(holder.file()).contains(answer);
        assertThat(holder.isModified()).isFalse();
    }

    @Test
    void aFileOnlyTouchedOrRewrittenWithTheSameContentSavesWithoutAsking() throws Exception {
        Path file = openThenEdit();
        byte[] same = Files.readAllBytes(file);
        Files.write(file, same);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(60)));

        controller.save(() -> { });

        assertThat(conflicts).isEmpty();
        assertThat(PlanFile.read(file).freelancer().name()).isEqualTo("Alex Rivera");
    }

    @Test
    void aFileDeletedOnDiskIsSimplyWrittenAgain() throws Exception {
        Path file = openThenEdit();
        Files.delete(file);

        controller.save(() -> { });

        assertThat(conflicts).isEmpty();
        assertThat(PlanFile.read(file).freelancer().name()).isEqualTo("Alex Rivera");
    }

    @Test
    void aChangeAfterTheLastSaveIsCaughtToo() throws Exception {
        Path file = openThenEdit();
        controller.save(() -> { });
        Plan theirs = changeOnDisk(file);
        holder.update(p -> p.withFreelancer(new Freelancer("Alex R.", "", "", "", "")));

        controller.save(() -> { });

        assertThat(conflicts).containsExactly("alex.json");
        assertThat(PlanFile.read(file)).isEqualTo(theirs);
    }

    @Test
    void aPlanOpenInAnotherWindowIsNotOpenedTwiceWithoutAsking() throws Exception {
        Path file = folder.resolve("alex.json");
        PlanFile.write(file, SamplePlan.create(TODAY));
        dev.offboard.plan.PlanLocks locks = new dev.offboard.plan.PlanLocks(folder.resolve("locks"));
        try (var otherWindow = locks.tryLock(file).orElseThrow()) {
            controller().usePlanLocks(locks);
            holder.update(p -> p.withFreelancer(new Freelancer("Mine", "", "", "", "")));
            openReadOnly = false;

            controller.open(file);

            assertThat(said).contains("already open alex.json");
            assertThat(holder.plan().freelancer().name()).isEqualTo("Mine");
            assertThat(holder.file()).isEmpty();
        }
    }

    @Test
    void aPlanOpenedReadOnlyIsSavedUnderAnotherNameOnly() throws Exception {
        Path file = folder.resolve("alex.json");
        PlanFile.write(file, SamplePlan.create(TODAY));
        dev.offboard.plan.PlanLocks locks = new dev.offboard.plan.PlanLocks(folder.resolve("locks"));
        try (var otherWindow = locks.tryLock(file).orElseThrow()) {
            controller().usePlanLocks(locks);
            openReadOnly = true;
            controller.open(file);
            assertThat(holder.plan()).isEqualTo(SamplePlan.create(TODAY));
            assertThat(holder.isReadOnly()).isTrue();

            holder.update(p -> p.withFreelancer(new Freelancer("Copy", "", "", "", "")));
            answer = folder.resolve("alex-copy.json");
            controller.save(() -> { });

            assertThat(PlanFile.read(file)).isEqualTo(SamplePlan.create(TODAY));
            assertThat(PlanFile.read(answer).freelancer().name()).isEqualTo("Copy");
            assertThat(holder.file()).contains(answer);
            assertThat(holder.isReadOnly()).isFalse();
        }
    }

    @Test
    void theOpenPlanIsLockedUntilAnotherReplacesItAndAStaleLockNeverStopsAnOpen() throws Exception {
        Path file = folder.resolve("alex.json");
        PlanFile.write(file, SamplePlan.create(TODAY));
        dev.offboard.plan.PlanLocks locks = new dev.offboard.plan.PlanLocks(folder.resolve("locks"));
        // A lock file left by a window that crashed: on disk, but nobody holds it.
        locks.tryLock(file).orElseThrow().close();
        controller().usePlanLocks(locks);

        controller.open(file);
        assertThat(said).noneMatch(s -> s.startsWith("already open"));
        assertThat(holder.isReadOnly()).isFalse();
        assertThat(locks.tryLock(file)).as("held by this window").isEmpty();
        controller.open(file);
        assertThat(said).as("opened again in the same window").noneMatch(s -> s.startsWith("already open"));
        assertThat(holder.isReadOnly()).isFalse();

        controller.newPlan();
        try (var free = locks.tryLock(file).orElseThrow()) {
            assertThat(free).isNotNull();
        }
    }

    @Test
    void aNewPlanIsOfferedAsAnOffboardFileAndAJsonPlanKeepsItsExtension() throws Exception {
        holder.update(p -> p.withClient(new Client("Northwind Books Ltd", "Sam", "", "", null, "", null, null)));
        answer = null;
        controller().saveAs(() -> { });
        assertThat(asked).containsExactly("plan-northwind-books-ltd.offboard as offboard");

        Path json = folder.resolve("northwind.json");
        PlanFile.write(json, holder.plan());
        controller.open(json);
        controller.saveAs(() -> { });
        assertThat(asked).last().isEqualTo("northwind.json as json");

        Path offboard = folder.resolve("northwind.offboard");
        PlanFile.write(offboard, holder.plan());
        controller.open(offboard);
        assertThat(problems).isEmpty();
        assertThat(holder.file()).contains(offboard);
        controller.saveAs(() -> { });
        assertThat(asked).last().isEqualTo("northwind.offboard as offboard");
    }

    @Test
    void aSavedPlanWithPaymentsOpensAgain() throws Exception {
        Path file = folder.resolve("sample.json");
        holder.replace(SamplePlan.create(TODAY), null);
        answer = file;
        controller().save(() -> { });

        holder.replace(Plan.empty(), null);
        controller.open(file);

        assertThat(problems).isEmpty();
        assertThat(holder.plan()).isEqualTo(SamplePlan.create(TODAY));
    }

    @Test
    void aBrokenFileIsReportedOnceAndTheCurrentPlanStays() throws Exception {
        holder.update(p -> p.withFreelancer(new Freelancer("Alex Rivera", "", "", "", "")));
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "not json");

        controller().open(broken);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("broken.json", "unchanged").doesNotContain(folder.toString());
        assertThat(holder.plan().freelancer().name()).isEqualTo("Alex Rivera");
        assertThat(holder.isModified()).isTrue();
    }

    @Test
    void exportWritesTheLetterWhereTheUserChose() throws Exception {
        holder.replace(SamplePlan.create(TODAY), null);
        answer = folder.resolve("letter.pdf");

        controller().exportPdf();

        assertThat(exported).containsExactly(answer);
        try (PDDocument pdf = Loader.loadPDF(answer.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Camille Martin", "Northwind Books Ltd");
        }
    }

    /** A flamingo (Unicode 12): none of the fonts the tests install has it, unlike 🙏. */
    private static final String NO_FONT = "\uD83E\uDDA9";

    @Test
    void aLetterWithCharactersNoFontHasIsExportedOnlyOnceTheUserAcceptsThem() throws Exception {
        Plan sample = SamplePlan.create(TODAY);
        var t = sample.thanks();
        holder.replace(sample.withThanks(new dev.offboard.plan.Thanks(t.message() + " " + NO_FONT + " 🙏",
                t.referencesOffered(), t.keepReferring())), null);
        answer = folder.resolve("letter.pdf");

        controller().exportPdf();
        assertThat(said).singleElement().asString().startsWith("glyphs thanks.message: ")
                .contains(NO_FONT + " (U+1F9A9)", "# in its place").doesNotContain("🙏");
        assertThat(answer).doesNotExist();
        assertThat(exported).isEmpty();

        printMissingGlyphs = true;
        controller.exportPdf();
        assertThat(exported).containsExactly(answer);
        try (PDDocument pdf = Loader.loadPDF(answer.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("# 🙏");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void printingAsksOnTheCallersThreadAndSpoolsThroughTheTaskRunner() {
        holder.replace(SamplePlan.create(TODAY), null);
        List<String> printed = new ArrayList<>();
        List<Runnable> queued = new ArrayList<>();
        // Tasks are held until the test runs them, as the background thread would later.
        AppController held = new AppController(holder, new AppSettings(node), new dev.offboard.ui.core.TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                    java.util.function.Consumer<Exception> onFailure) {
                queued.add(() -> new CurrentThreadTaskRunner().run(work, onSuccess, onFailure));
            }
        }, Documents::new, dialogs(), new NoDesktop(), () -> TODAY);
        held.attach(null, controllerFeedback());
        Thread caller = Thread.currentThread();
        held.usePrinter((pdf, jobName) -> {
            printed.add("asked " + jobName + " on the caller's thread: " + (Thread.currentThread() == caller));
            return Optional.of(() -> printed.add("spooled " + pdf.length + " bytes"));
        });

        held.printLetter();
        assertThat(printed).as("the letter is made in the background first").isEmpty();
        queued.remove(0).run();
        assertThat(printed).containsExactly("asked Offboard — Untitled plan on the caller's thread: true");
        assertThat(said).isEmpty();
        queued.remove(0).run();
        assertThat(printed).hasSize(2).last().asString().startsWith("spooled ");
        assertThat(said).containsExactly("Letter sent to the printer.");
        assertThat(queued).isEmpty();
    }

    @Test
    void aFailedSpoolIsShownAsAProblemAndACancelledDialogPrintsNothing() {
        holder.replace(SamplePlan.create(TODAY), null);
        AppController controller = controller();
        controller.usePrinter((pdf, jobName) -> Optional.of(() -> {
            throw new java.awt.print.PrinterException("the printer is out of paper");
        }));
        controller.printLetter();
        assertThat(problems).singleElement().asString().contains("the printer is out of paper");

        problems.clear();
        controller.usePrinter((pdf, jobName) -> Optional.empty());
        controller.printLetter();
        assertThat(problems).isEmpty();
        assertThat(said).isEmpty();
    }

    @Test
    void theEmailDraftWithCharactersNoFontHasIsRefusedToo() {
        Plan sample = SamplePlan.create(TODAY);
        var t = sample.thanks();
        holder.replace(sample.withThanks(new dev.offboard.plan.Thanks(t.message() + " " + NO_FONT,
                t.referencesOffered(), t.keepReferring())), null);
        answer = folder.resolve("draft.eml");

        controller().saveEmailDraft();

        assertThat(said).anyMatch(s -> s.startsWith("glyphs thanks.message: "));
        assertThat(answer).doesNotExist();
    }

    @Test
    void exportOfAPlanWithErrorsPointsToTheWriteUpInstead() {
        answer = folder.resolve("letter.pdf");

        controller().exportPdf();

        assertThat(problems).singleElement().asString().contains("cannot be made yet");
        assertThat(said).contains("jump writeUp");
        assertThat(answer).doesNotExist();
    }

    @Test
    void aPasswordInClientFacingTextStopsTheExportUnlessTheUserInsists() {
        Plan sample = SamplePlan.create(TODAY);
        holder.replace(sample.withThanks(new dev.offboard.plan.Thanks("Thanks! The admin password is Hunter2-Secret!9",
                "", true)), null);
        answer = folder.resolve("letter.pdf");

        controller().exportPdf();
        assertThat(said).contains("secrets 1");
        assertThat(answer).doesNotExist();

        sendSecrets = true;
        controller.exportPdf();
        assertThat(answer).exists();
    }

    @Test
    void newPlanStartsEmptyAndUnsaved() {
        holder.replace(SamplePlan.create(TODAY), folder.resolve("x.json"));

        controller().newPlan();

        assertThat(holder.plan()).isEqualTo(Plan.empty());
        assertThat(holder.file()).isEmpty();
        assertThat(holder.isModified()).isFalse();
    }

    @Test
    void emailDraftIsSavedWithTheLetterAttached() throws Exception {
        holder.replace(SamplePlan.create(TODAY), null);
        answer = folder.resolve("draft.eml");

        controller().saveEmailDraft();

        assertThat(exported).containsExactly(answer);
        jakarta.mail.internet.MimeMessage draft;
        try (var in = Files.newInputStream(answer)) {
            draft = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in);
        }
        assertThat(draft.getHeader("X-Unsent", null)).isEqualTo("1");
        var parts = (jakarta.mail.internet.MimeMultipart) draft.getContent();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Priya");
        try (PDDocument pdf = Loader.loadPDF(parts.getBodyPart(1).getInputStream().readAllBytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Northwind Books Ltd");
        }
    }

    @Test
    void privatePlanIsExportedWithTheScript() throws Exception {
        holder.replace(SamplePlan.create(TODAY), null);
        answer = folder.resolve("mine.pdf");

        controller().exportPrivatePlan();

        assertThat(exported).containsExactly(answer);
        try (PDDocument pdf = Loader.loadPDF(answer.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Priya, thank you for making time");
        }
    }

    @Test
    void draftAndPrivatePlanWaitUntilThePlanCanBeRendered() {
        answer = folder.resolve("never.eml");

        controller().saveEmailDraft();
        controller.exportPrivatePlan();

        assertThat(answer).doesNotExist();
        assertThat(problems).hasSize(2);
    }

    @Test
    void aRecentFileMovedAwayIsTakenOffTheListWithAClearMessageAndThePlanStays() throws Exception {
        AppController c = controller();
        Path kept = folder.resolve("kept.json");
        Path moved = folder.resolve("moved.json");
        PlanFile.write(kept, SamplePlan.create(TODAY));
        PlanFile.write(moved, SamplePlan.create(TODAY));
        c.settings().addRecent(kept);
        c.settings().addRecent(moved);
        Files.move(moved, folder.resolve("elsewhere.json"));
        holder.update(p -> p.withFreelancer(dev.offboard.plan.Freelancer.empty()));
        Plan before = holder.plan();

        assertThat(c.openRecent(moved)).isFalse();

        assertThat(problems).singleElement().asString().contains("moved.json", folder.toString(), "recent list");
        assertThat(c.settings().recentFiles()).containsExactly(kept.toAbsolutePath().normalize());
        assertThat(holder.plan()).isSameAs(before);
        assertThat(c.openRecent(kept)).isTrue();
        assertThat(holder.file()).contains(kept);
    }

    @Test
    void theDatesAreSavedAsACalendarFileFromTheWizard() throws Exception {
        AppController c = controller();
        holder.replace(SamplePlan.create(TODAY), null);
        Path file = folder.resolve("dates.ics");

        c.saveCalendarTo(file);

        String ics = Files.readString(file);
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "BEGIN:VALARM");
        String lastDay = holder.plan().notice().lastWorkingDay().orElseThrow().toString().replace("-", "");
        assertThat(ics).contains("DTSTART;VALUE=DATE:" + lastDay);
        assertThat(exported).containsExactly(file);
    }
}
