package dev.offboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path sample() {
        Path plan = dir.resolve("plan.json");
        assertThat(run("sample", plan.toString())).isZero();
        return plan;
    }

    @Test
    void everyOptionAndParameterIsDescribedInOneSentenceThatHelpWrapsAsAWhole() {
        // A description given as several strings prints as several lines, each wrapped on its
        // own, so a sentence split across them breaks mid-line in a narrow terminal.
        picocli.CommandLine root = new picocli.CommandLine(new OffboardCommand());
        for (picocli.CommandLine command : root.getSubcommands().values()) {
            for (picocli.CommandLine.Model.ArgSpec arg : command.getCommandSpec().args()) {
                assertThat(arg.description())
                        .as("%s %s", command.getCommandName(), arg.paramLabel())
                        .hasSizeLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void planParametersNameThePlanFileExtension() {
        assertThat(run("render", "--help")).isZero();
        assertThat(run("validate", "--help")).isZero();
        assertThat(out.toString()).contains("(.offboard, or .json)").doesNotContain("(.json)");
    }

    @Test
    void sampleWritesAPlanThatValidatesCleanly() throws Exception {
        Path plan = sample();

        assertThat(PlanFile.read(plan).freelancer().name()).isNotBlank();
        assertThat(run("validate", plan.toString())).isZero();
        assertThat(out.toString()).contains("0 errors, 0 warnings; the documents can be made.");
    }

    @Test
    void sampleRefusesToOverwriteAnExistingFile() throws IOException {
        Path existing = dir.resolve("mine.json");
        Files.writeString(existing, "my own notes");

        assertThat(run("sample", existing.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains(existing + " already exists").contains("--force");
        assertThat(Files.readString(existing)).isEqualTo("my own notes");
    }

    @Test
    void sampleWithForceReplacesTheFile() throws Exception {
        Path existing = dir.resolve("mine.json");
        Files.writeString(existing, "old");

        assertThat(run("sample", "--force", existing.toString())).isZero();
        assertThat(PlanFile.read(existing).client().company()).isNotBlank();
    }

    @Test
    void sampleWithForceThroughASymlinkReplacesTheLinkedFileAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("plans")).resolve("mine.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("plans", "mine.json"));

        assertThat(run("sample", "--force", link.toString())).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(PlanFile.read(real).client().company()).isNotBlank();
        assertThat(Files.readString(PlanFile.backupOf(real))).isEqualTo("old");
        assertThat(PlanFile.backupOf(link)).doesNotExist();
    }

    @Test
    void validateExitsOneAndNamesTheFieldWhenThePlanCannotBeRendered() throws Exception {
        Path plan = dir.resolve("bad.json");
        PlanFile.write(plan, PlanFile.read(sample()).withFreelancer(Freelancer.empty()));

        assertThat(run("validate", plan.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(out.toString()).contains(plan + ": error: freelancer.name: Your name is missing")
                .contains("1 error, 0 warnings");
    }

    @Test
    void validatePrintsWarningsButSucceeds() throws Exception {
        Plan withoutEmail = PlanFile.read(sample());
        var c = withoutEmail.client();
        Path plan = dir.resolve("warn.json");
        PlanFile.write(plan, withoutEmail.withClient(new dev.offboard.plan.Client(c.company(), c.contactName(), "",
                c.postalAddress(), c.language(), c.country(), c.relationshipStart(), c.revenueSharePercent())));

        assertThat(run("validate", plan.toString())).isZero();
        assertThat(out.toString()).contains("warning: client.email:").contains("0 errors, 1 warning;");
    }

    @Test
    void validateNamesEachTextTypedInTheOtherLanguageThanTheDocuments() throws Exception {
        Plan english = PlanFile.read(sample());
        Path plan = dir.resolve("mixed.json");
        PlanFile.write(plan, english.withClient(english.client().withLanguage(dev.offboard.plan.Language.FR)));

        assertThat(run("validate", plan.toString())).isZero();
        assertThat(out.toString()).contains(plan + ": warning: thanks.message: This reads as English, but the documents "
                + "are in French");
    }

    /** A flamingo (Unicode 12): none of the fonts the tests install has it, unlike 🙏. */
    private static final String NO_FONT = "\uD83E\uDDA9";

    @Test
    void renderUsesEditedWordingWarnsWhenThePlanChangedUnderItAndStopsForASecretInIt() throws Exception {
        Plan sample = PlanFile.read(sample());
        var edits = sample.writeUp()
                .withEdit(new dev.offboard.plan.EditedText(dev.offboard.plan.Section.EMAIL_BODY,
                        "Hi Priya,\n\nMy own short email.\n\nCamille", "an older email", dev.offboard.plan.Language.EN))
                .withEdit(new dev.offboard.plan.EditedText(dev.offboard.plan.Section.NOTICE,
                        "My last day is 24 March.", "I am giving you one week's notice.", dev.offboard.plan.Language.EN));
        Path plan = dir.resolve("edited.json");
        PlanFile.write(plan, sample.withWriteUp(edits));
        Path outDir = dir.resolve("out");

        assertThat(run("validate", plan.toString())).as("stale edits are warnings, not errors").isZero();
        assertThat(out.toString()).contains("warning: writeUp.edits[1].text: The plan changed since you edited this "
                + "section").contains("0 errors, 2 warnings");

        assertThat(run("render", plan.toString(), "--out", outDir.toString(), "--only", "email,letter")).isZero();
        assertThat(err.toString()).contains("warning: writeUp.edits[1].text: The plan changed since you edited this "
                + "section").contains("warning: writeUp.edits[0].text:");
        assertThat(Files.readString(outDir.resolve("email.txt"))).endsWith("Camille\n").contains("My own short email.")
                .doesNotContain("As discussed");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(outDir.resolve("letter.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("My last day is 24 March.")
                    .doesNotContain("I am giving you");
        }

        Path secret = dir.resolve("secret.json");
        PlanFile.write(secret, sample.withWriteUp(edits.withEdit(new dev.offboard.plan.EditedText(
                dev.offboard.plan.Section.HANDOVER, "The host login is password: Hunter2024!", "",
                dev.offboard.plan.Language.EN))));
        assertThat(run("render", secret.toString(), "--out", dir.resolve("out2").toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("writeUp.edits[2].text").contains("--send-suspected-secrets");
    }

    @Test
    void textNoFontCanPrintIsAWarningFromValidateAndRenderRefusesItUnlessAccepted() throws Exception {
        Plan sample = PlanFile.read(sample());
        var t = sample.thanks();
        Path plan = dir.resolve("emoji.json");
        PlanFile.write(plan, sample.withThanks(new dev.offboard.plan.Thanks(t.message() + " 🙏 " + NO_FONT,
                t.referencesOffered(), t.keepReferring())));
        Path outDir = dir.resolve("out");

        assertThat(run("validate", plan.toString())).isZero();
        assertThat(out.toString()).contains("warning: thanks.message:").contains(NO_FONT + " (U+1F9A9)")
                .doesNotContain("U+1F64F").contains("0 errors, 1 warning;");

        assertThat(run("render", plan.toString(), "--out", outDir.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("warning: thanks.message:").contains("U+1F9A9")
                .contains("# in its place").contains("--accept-missing-glyphs");
        assertThat(outDir).doesNotExist();

        assertThat(run("render", plan.toString(), "--out", outDir.toString(), "--only", "email,calendar")).isZero();
        assertThat(outDir.resolve("email.txt")).exists();

        assertThat(run("render", plan.toString(), "--out", outDir.toString(), "--only", "letter",
                "--accept-missing-glyphs")).isZero();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(outDir.resolve("letter.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("🙏 #");
        }
    }

    @Test
    void validateOfABrokenFileExitsOneWithTheMessageAndNoStackTrace() throws IOException {
        Path plan = dir.resolve("broken.json");
        Files.writeString(plan, "{\"formatVersion\": 1, \"notice\": {\"length\": \"two\"}}");

        assertThat(run("validate", plan.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).startsWith("offboard: " + plan + ", line 1")
                .contains("field 'notice.length'").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void renderWritesEveryDocument() throws Exception {
        Path plan = sample();
        Path outDir = dir.resolve("out");

        assertThat(run("render", plan.toString(), "--out", outDir.toString())).isZero();

        String email = Files.readString(outDir.resolve("email.txt"), StandardCharsets.UTF_8);
        assertThat(email).startsWith("Subject: ").contains("\n\n").contains("Priya");
        byte[] letter = Files.readAllBytes(outDir.resolve("letter.pdf"));
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Northwind Books Ltd");
        }
        assertThat(Files.readString(outDir.resolve("dates.ics"))).startsWith("BEGIN:VCALENDAR")
                .contains("Last working day for Northwind Books Ltd");
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("email.txt", "email.eml", "letter.pdf", "plan-private.pdf", "dates.ics",
                            OutputFolder.MANIFEST);
        }
        try (PDDocument own = Loader.loadPDF(outDir.resolve("plan-private.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(own)).contains("Priya, thank you for making time");
        }
    }

    @Test
    void emailDraftMatchesTheEmailAndCarriesTheLetter() throws Exception {
        Path outDir = dir.resolve("out");
        assertThat(run("render", sample().toString(), "--out", outDir.toString())).isZero();
        String emailTxt = Files.readString(outDir.resolve("email.txt"), StandardCharsets.UTF_8);
        String subject = emailTxt.lines().findFirst().orElseThrow().substring("Subject: ".length());
        String body = emailTxt.substring(emailTxt.indexOf("\n\n") + 2);

        MimeMessage draft;
        try (InputStream in = Files.newInputStream(outDir.resolve("email.eml"))) {
            draft = new MimeMessage(Session.getInstance(new Properties()), in);
        }

        assertThat(draft.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(draft.getSubject()).isEqualTo(subject);
        assertThat(draft.getRecipients(MimeMessage.RecipientType.TO)[0].toString()).contains("priya.shah@northwind.example");
        MimeMultipart parts = (MimeMultipart) draft.getContent();
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo(body);
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("transition-letter.pdf");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes())
                .isEqualTo(Files.readAllBytes(outDir.resolve("letter.pdf")));
    }

    @Test
    void nonAsciiSubjectIsEncodedInTheDraft() throws Exception {
        Path plan = dir.resolve("fr.json");
        assertThat(run("sample", "--lang", "fr", plan.toString())).isZero();
        Path outDir = dir.resolve("out");

        assertThat(run("render", plan.toString(), "--out", outDir.toString())).isZero();

        String raw = Files.readString(outDir.resolve("email.eml"), StandardCharsets.US_ASCII);
        assertThat(raw).containsPattern("(?m)^Subject: =\\?UTF-8\\?");
        try (InputStream in = Files.newInputStream(outDir.resolve("email.eml"))) {
            MimeMessage draft = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(Files.readString(outDir.resolve("email.txt"))).startsWith("Objet\u00A0: " + draft.getSubject() + "\n");
            assertThat(((MimeMultipart) draft.getContent()).getBodyPart(1).getFileName())
                    .isEqualTo("lettre-de-transition.pdf");
        }
    }

    @Test
    void onlyLimitsTheDocuments() throws Exception {
        Path outDir = dir.resolve("out");

        assertThat(run("render", sample().toString(), "--out", outDir.toString(), "--only", "email,calendar")).isZero();

        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("email.txt", "dates.ics",
                    OutputFolder.MANIFEST);
        }
    }

    @Test
    void unknownDocumentInOnlyIsWrongUsage() {
        assertThat(run("render", sample().toString(), "--out", dir.toString(), "--only", "letter,fax")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("unknown document 'fax'").contains("email, eml, letter, private, calendar");
    }

    @Test
    void renderReplacesEarlierDocumentsWholeAndLeavesNoTemporaryFiles() throws Exception {
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Files.writeString(outDir.resolve("email.txt"), "an older email ".repeat(10_000));
        Files.writeString(outDir.resolve("notes.txt"), "mine");

        assertThat(run("render", sample().toString(), "--out", outDir.toString())).isZero();

        assertThat(Files.readString(outDir.resolve("email.txt"))).startsWith("Subject: ").doesNotContain("older");
        assertThat(Files.readString(outDir.resolve("notes.txt"))).isEqualTo("mine");
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void renderCleansUpWhatAKilledRunLeftAndListsItsSetWithChecksums() throws Exception {
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path killed = Files.createDirectory(outDir.resolve(OutputFolder.STAGING_PREFIX + "4711"));
        Files.writeString(killed.resolve("letter.pdf"), "half a letter");

        assertThat(run("render", sample().toString(), "--out", outDir.toString(), "--only", "email,letter")).isZero();

        assertThat(killed).doesNotExist();
        String manifest = Files.readString(outDir.resolve(OutputFolder.MANIFEST));
        assertThat(manifest).contains("\"plan\" : \"plan.json\"", "email.txt", "letter.pdf",
                dev.offboard.plan.FileStamp.sha256(Files.readAllBytes(outDir.resolve("letter.pdf"))));
    }

    @Test
    void renderOfAnotherPlanRemovesTheEarlierPlansDocumentsItDoesNotRemake() throws Exception {
        Path outDir = dir.resolve("out");
        assertThat(run("render", sample().toString(), "--out", outDir.toString(), "--only", "email,letter")).isZero();
        Path french = dir.resolve("fr.json");
        assertThat(run("sample", "--lang", "fr", french.toString())).isZero();

        assertThat(run("render", french.toString(), "--out", outDir.toString(), "--only", "email")).isZero();

        assertThat(outDir.resolve("letter.pdf")).doesNotExist();
        assertThat(err.toString()).contains("removed " + outDir.resolve("letter.pdf"));
    }

    @Test
    void renderOfAnotherPlanLeavesADocumentTheUserChangedAndSaysItIsNotPartOfTheSet() throws Exception {
        Path outDir = dir.resolve("out");
        assertThat(run("render", sample().toString(), "--out", outDir.toString(), "--only", "email,calendar")).isZero();
        Files.writeString(outDir.resolve("dates.ics"), "my own calendar");
        Path french = dir.resolve("fr.json");
        assertThat(run("sample", "--lang", "fr", french.toString())).isZero();

        assertThat(run("render", french.toString(), "--out", outDir.toString(), "--only", "email")).isZero();

        assertThat(Files.readString(outDir.resolve("dates.ics"))).isEqualTo("my own calendar");
        assertThat(err.toString()).contains(outDir.resolve("dates.ics") + " was made by an earlier run and changed since")
                .contains("not part of this set");
        assertThat(Files.readString(outDir.resolve(OutputFolder.MANIFEST))).doesNotContain("dates.ics");
    }

    @Test
    void renderInFrenchOnRequest() throws Exception {
        Path plan = sample();
        Path outDir = dir.resolve("fr");

        assertThat(run("render", plan.toString(), "--out", outDir.toString(), "--lang", "FR")).isZero();

        assertThat(Files.readString(outDir.resolve("email.txt"))).contains("Bonjour");
    }

    @Test
    void anEnglishPlanInFrenchGivesEntirelyFrenchDocumentsAndSaysTheTypedTextStaysAsTyped() throws Exception {
        Path plan = sample();
        Path outDir = dir.resolve("fr-whole");

        assertThat(run("render", plan.toString(), "--out", outDir.toString(), "--lang", "fr")).isZero();

        String email = Files.readString(outDir.resolve("email.txt"));
        String letter;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(outDir.resolve("letter.pdf")))) {
            letter = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        for (String document : List.of(email, letter)) {
            assertThat(document).doesNotContain("Subject", "Dear ", "Kind regards", "Page 1 of", "Acknowledg",
                    "Work to be delivered", "notice", "January", "February", "April", "May ", "June",
                    "July", "August", "September", "October", "November", "December", "Total due", "Open invoices");
        }
        assertThat(email).startsWith("Objet\u00A0: ").contains("Bonjour Priya,");
        assertThat(letter).contains("Accusé de réception", "Page 1 sur");
        assertThat(err.toString()).contains("warning: client.language").contains("French")
                .contains("stays as you wrote it");
    }

    @Test
    void renderRefusesAPlanWithErrorsAndLeavesEarlierDocumentsAlone() throws Exception {
        Path plan = dir.resolve("bad.json");
        PlanFile.write(plan, Plan.empty());
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Files.writeString(outDir.resolve("email.txt"), "the email I already sent");

        assertThat(run("render", plan.toString(), "--out", outDir.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("error: freelancer.name").contains("cannot be made");
        assertThat(outDir.resolve("letter.pdf")).doesNotExist();
        assertThat(Files.readString(outDir.resolve("email.txt"))).isEqualTo("the email I already sent");
    }

    @Test
    void renderIntoAFileInsteadOfAFolderIsBadInput() throws IOException {
        Path plan = sample();
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "keep me");

        assertThat(run("render", plan.toString(), "--out", file.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void unknownLanguageIsWrongUsage() {
        assertThat(run("render", sample().toString(), "--out", dir.toString(), "--lang", "de")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("use en or fr");
    }

    @Test
    void missingArgumentsAndUnknownCommandsAreWrongUsage() {
        assertThat(run("render")).isEqualTo(Cli.USAGE);
        assertThat(run("frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(run("validate")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Usage:");
    }

    @Test
    void helpListsEveryCommandWhicheverWayItIsAsked() {
        assertThat(run("help")).isZero();
        String listed = out.toString();
        assertThat(listed).contains("sample").contains("validate").contains("render").contains("Exit codes");
        out.getBuffer().setLength(0);
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).isEqualTo(listed);
        assertThat(run("rendre")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Did you mean: offboard render");
    }

    @Test
    void helpAndVersionSucceed() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("sample").contains("validate").contains("render").contains("Exit codes");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("Offboard \\d+\\.\\d+\\.\\d+");
        assertThat(run("render", "--help")).isZero();
        assertThat(out.toString()).contains("--lang");
    }

    @Test
    void renderRefusesSuspectedSecretsUnlessConfirmed() throws Exception {
        Plan sample = PlanFile.read(sample());
        var w = sample.writeUp();
        Path plan = dir.resolve("secret.json");
        PlanFile.write(plan, sample.withWriteUp(new dev.offboard.plan.WriteUp(
                java.util.List.of("The admin password: hunter2"), w.emailSubject(), w.closing(), w.signOff())));
        Path outDir = dir.resolve("out");

        assertThat(run("render", plan.toString(), "--out", outDir.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("warning: writeUp.otherConditions[0]: This looks like a password")
                .contains("--send-suspected-secrets");
        assertThat(outDir.resolve("email.txt")).doesNotExist();

        assertThat(run("render", plan.toString(), "--out", outDir.toString(), "--send-suspected-secrets")).isZero();
        assertThat(outDir.resolve("email.txt")).exists();
    }

    @Test
    void templatesOptionUsesTheUsersOwnTemplate() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("mine").resolve("en"));
        Files.writeString(templates.resolve("email-subject.mustache"), "Our work together, {{client.company}}");
        Path outDir = dir.resolve("out");

        assertThat(run("render", sample().toString(), "--out", outDir.toString(), "--only", "email",
                "--templates", dir.resolve("mine").toString())).isZero();

        assertThat(Files.readString(outDir.resolve("email.txt"))).startsWith("Subject: Our work together, Northwind");
    }

    @Test
    void brokenUserTemplateIsReportedAndTheBundledOneUsed() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("mine").resolve("en"));
        Files.writeString(templates.resolve("email-subject.mustache"), "Broken {{#client}} never closed");
        Path outDir = dir.resolve("out");

        assertThat(run("render", sample().toString(), "--out", outDir.toString(), "--only", "email",
                "--templates", dir.resolve("mine").toString())).isZero();

        assertThat(err.toString()).contains("email-subject.mustache").contains("line");
        assertThat(Files.readString(outDir.resolve("email.txt"))).startsWith("Subject: ").doesNotContain("Broken");
    }

    @Test
    void missingTemplatesFolderIsBadInput() {
        assertThat(run("render", sample().toString(), "--out", dir.resolve("out").toString(),
                "--templates", dir.resolve("nowhere").toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("nowhere").contains("does not exist");
    }

    @Test
    void anUnknownLanguageIsOneLineOfUsageWithoutAJavaClassName() {
        assertThat(run("render", sample().toString(), "--out", dir.toString(), "--lang", "xx")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("'xx'").contains("en or fr").doesNotContain("java.lang")
                .doesNotContain("Exception");
    }

    @Test
    void anEmptyOutFolderIsRefusedAndNothingIsWrittenHere() throws Exception {
        Path plan = sample();
        Path here = Path.of("").toAbsolutePath();
        long before;
        try (Stream<Path> files = Files.list(here)) {
            before = files.count();
        }

        assertThat(run("render", plan.toString(), "--out", "")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--out").contains("empty");
        try (Stream<Path> files = Files.list(here)) {
            assertThat(files.count()).isEqualTo(before);
        }
    }

    @Test
    void anOnlyListNamingNothingIsRefused() {
        Path outDir = dir.resolve("out");

        assertThat(run("render", sample().toString(), "--out", outDir.toString(), "--only", ",")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--only").contains("email, eml, letter, private, calendar");
        assertThat(outDir).doesNotExist();
    }

    @Test
    void aTemplatesFileInsteadOfAFolderIsNamedAsSuch() throws IOException {
        Path file = Files.writeString(dir.resolve("templates.txt"), "not a folder");

        assertThat(run("render", sample().toString(), "--out", dir.resolve("out").toString(),
                "--templates", file.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("templates.txt").contains("is a file, not a folder")
                .doesNotContain("does not exist");
    }

    @Test
    void aPermissionErrorNamesTheDocumentNotATemporaryFile() throws Exception {
        Path plan = sample();
        Path outDir = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(outDir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(outDir), "permissions do not bind this user");
        try {
            assertThat(run("render", plan.toString(), "--out", outDir.toString(), "--only", "email"))
                    .isEqualTo(Cli.BAD_INPUT);
            assertThat(err.toString()).contains(outDir.resolve("email.txt").toString()).doesNotContain(".tmp")
                    .contains("not allowed");
        } finally {
            Files.setPosixFilePermissions(outDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void validateQuotesUserValuesOnOneLine() throws Exception {
        Plan sample = PlanFile.read(sample());
        var c = sample.client();
        Path plan = dir.resolve("odd.json");
        PlanFile.write(plan, sample.withClient(new dev.offboard.plan.Client(c.company(), c.contactName(),
                "priya\nshah@", c.postalAddress(), c.language(), c.country(), c.relationshipStart(),
                c.revenueSharePercent())));

        run("validate", plan.toString());

        assertThat(out.toString().lines()).allMatch(line -> line.startsWith(plan.toString()));
        assertThat(out.toString()).contains("priya\\nshah@");
    }

    /** Out of memory, the command line says so in one line: no stack trace, whatever runs out. */
    @Test
    void runningOutOfMemoryIsOneLineNotAStackTrace() throws Exception {
        Path plan = sample();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx12m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.offboard.app.Main", "render", plan.toString(), "--out", dir.resolve("out").toString())
                .redirectErrorStream(false).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();

        org.junit.jupiter.api.Assumptions.assumeTrue(code != 0, "the documents fitted in the small heap after all");
        assertThat(code).isEqualTo(Cli.BAD_INPUT);
        assertThat(stderr).doesNotContain("\tat ").doesNotContain("Exception in thread")
                .contains("offboard: ").contains("memory");
    }
}
