package dev.offboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.SamplePlan;
import dev.offboard.render.Documents;
import java.awt.Component;
import java.net.URI;
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
    private Path answer;
    private boolean sendSecrets;
    private AppController controller;

    private AppController controller() {
        AppSettings settings = new AppSettings(node);
        settings.setLocale(Locale.ENGLISH);
        controller = new AppController(holder, settings, new CurrentThreadTaskRunner(), Documents::new,
                new FileDialogs() {
                    @Override
                    public Optional<Path> chooseOpen(Component parent, Messages messages) {
                        return Optional.ofNullable(answer);
                    }

                    @Override
                    public Optional<Path> chooseSave(Component parent, Messages messages, String suggested,
                            String extension) {
                        return Optional.ofNullable(answer);
                    }
                }, new DesktopBridge() {
                    @Override
                    public boolean open(Path file) {
                        return false;
                    }

                    @Override
                    public boolean mail(URI mailto) {
                        return false;
                    }
                }, () -> TODAY);
        controller.attach(null, new Feedback() {
            @Override
            public void status(String message) {
                said.add(message);
            }

            @Override
            public void problem(String message) {
                problems.add(message);
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
            public void jumpTo(String field) {
                said.add("jump " + field);
            }
        });
        return controller;
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

    @Test
    void exportingALetterWithCharactersItCannotPrintWritesItAndSaysWhich() throws Exception {
        Plan sample = SamplePlan.create(TODAY);
        var t = sample.thanks();
        holder.replace(sample.withThanks(new dev.offboard.plan.Thanks(t.message() + " 🙏", t.referencesOffered(),
                t.keepReferring())), null);
        answer = folder.resolve("letter.pdf");

        controller().exportPdf();

        assertThat(exported).containsExactly(answer);
        assertThat(problems).singleElement().asString().contains("letter.pdf", "🙏", "# in its place");
    }

    @Test
    void exportOfAPlanWithErrorsPointsToTheWriteUpInstead() {
        answer = folder.resolve("letter.pdf");

        controller().exportPdf();

        assertThat(problems).singleElement().asString().contains("cannot be made yet");
        assertThat(said).contains("jump writeUp.problems");
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
