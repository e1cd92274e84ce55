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
    void validateOfABrokenFileExitsOneWithTheMessageAndNoStackTrace() throws IOException {
        Path plan = dir.resolve("broken.json");
        Files.writeString(plan, "{\"formatVersion\": 1, \"notice\": {\"length\": \"two\"}}");

        assertThat(run("validate", plan.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).startsWith("offboard: " + plan + ", line 1")
                .contains("field 'notice.length'").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void renderWritesTheEmailAndTheLetter() throws Exception {
        Path plan = sample();
        Path outDir = dir.resolve("out");

        assertThat(run("render", plan.toString(), "--out", outDir.toString())).isZero();

        String email = Files.readString(outDir.resolve("email.txt"), StandardCharsets.UTF_8);
        assertThat(email).startsWith("Subject: ").contains("\n\n").contains("Priya");
        try (PDDocument letter = Loader.loadPDF(outDir.resolve("letter.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(letter)).contains("Northwind Books Ltd");
        }
    }

    @Test
    void renderInFrenchOnRequest() throws Exception {
        Path plan = sample();
        Path outDir = dir.resolve("fr");

        assertThat(run("render", plan.toString(), "--out", outDir.toString(), "--lang", "FR")).isZero();

        assertThat(Files.readString(outDir.resolve("email.txt"))).contains("Bonjour");
    }

    @Test
    void renderRefusesAPlanWithErrorsAndWritesNothing() throws Exception {
        Path plan = dir.resolve("bad.json");
        PlanFile.write(plan, Plan.empty());
        Path outDir = dir.resolve("out");

        assertThat(run("render", plan.toString(), "--out", outDir.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("error: freelancer.name").contains("cannot be made");
        assertThat(outDir.resolve("letter.pdf")).doesNotExist();
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
}
