package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A templates folder is a sandbox: a template reads only files inside it (or the bundled
 * set), and what it makes passes the same privacy, secret and tone checks as the bundled
 * templates' output. Whatever fails is reported and the bundled template is used.
 */
class TemplateSandboxTest {

    private static final String SECRET = "SECRET-FILE-CONTENT-4711";

    @TempDir
    Path root;

    private Path dir;
    private Path secretFile;

    @BeforeEach
    void folders() throws IOException {
        dir = Files.createDirectories(root.resolve("config").resolve("templates"));
        secretFile = root.resolve("plan.json");
        Files.writeString(secretFile, SECRET + "\n");
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String bundledBody(Plan plan) {
        return new Documents().email(plan, Language.EN).body();
    }

    @Test
    void aPartialWithAnAbsolutePathIsRefusedNamingFileAndLine() throws Exception {
        write("en/email-body.mustache", "Hello,\n\n{{> " + secretFile.toAbsolutePath() + "}}\n");
        Documents documents = Documents.withTemplates(dir);

        Email email = documents.email(TestPlans.sample(), Language.EN);

        assertThat(email.body()).doesNotContain(SECRET).isEqualTo(bundledBody(TestPlans.sample()));
        assertThat(documents.templateWarnings()).singleElement().asString()
                .contains("en/email-body.mustache").contains("line 3").contains("outside the templates folder")
                .contains("bundled");
    }

    @Test
    void aPartialClimbingOutOfTheFolderIsRefused() throws Exception {
        write("en/email-body.mustache", "Hello,\n{{>../../plan.json}}\n");
        Documents documents = Documents.withTemplates(dir);

        Email email = documents.email(TestPlans.sample(), Language.EN);

        assertThat(email.body()).doesNotContain(SECRET).isEqualTo(bundledBody(TestPlans.sample()));
        assertThat(documents.templateWarnings()).singleElement().asString()
                .contains("en/email-body.mustache").contains("line 2").contains("../../plan.json");
    }

    @Test
    void aPartialThatIsASymlinkLeavingTheFolderIsRefused() throws Exception {
        Files.createSymbolicLink(dir.resolve("signature.txt"), secretFile);
        write("en/email-body.mustache", "Hello,\n{{> signature.txt}}\n");
        Documents documents = Documents.withTemplates(dir);

        Email email = documents.email(TestPlans.sample(), Language.EN);

        assertThat(email.body()).doesNotContain(SECRET);
        assertThat(documents.templateWarnings()).singleElement().asString()
                .contains("en/email-body.mustache").contains("line 2").contains("signature.txt");
    }

    @Test
    void aTemplateThatIsASymlinkLeavingTheFolderIsNotRead() throws Exception {
        Files.createDirectories(dir.resolve("en"));
        Files.createSymbolicLink(dir.resolve("en/email-body.mustache"), secretFile);
        Documents documents = Documents.withTemplates(dir);

        Email email = documents.email(TestPlans.sample(), Language.EN);

        assertThat(email.body()).doesNotContain(SECRET).isEqualTo(bundledBody(TestPlans.sample()));
        assertThat(documents.templateWarnings()).singleElement().asString()
                .contains("en/email-body.mustache").contains("outside the templates folder");
    }

    @Test
    void aPartialNestedInAUserStyleSheetIsSandboxedToo() throws Exception {
        write("letter.css", "body { color: #000000; }\n{{> /" + secretFile.toAbsolutePath() + "}}\n");
        Documents documents = Documents.withTemplates(dir);

        String xhtml = documents.letterXhtml(TestPlans.sample(), Language.EN, TestPlans.TODAY);

        assertThat(xhtml).doesNotContain(SECRET).contains("table.rows");
        assertThat(documents.templateWarnings()).isNotEmpty().allMatch(w -> w.contains("letter.css"))
                .anyMatch(w -> w.contains("line 2"));
    }

    @Test
    void aPartialInsideTheFolderIsUsed() throws Exception {
        Files.createDirectories(dir.resolve("parts"));
        write("parts/signature.txt", "Warm wishes from the studio");
        write("en/email-body.mustache", "Hello {{client.greetingName}},\n{{> parts/signature.txt}}\n");
        Documents documents = Documents.withTemplates(dir);

        Email email = documents.email(TestPlans.sample(), Language.EN);

        assertThat(email.body()).isEqualTo("Hello Priya,\nWarm wishes from the studio\n");
        assertThat(documents.templateWarnings()).isEmpty();
    }

    @Test
    void aBundledPartialCanBeIncludedByName() throws Exception {
        String bundled = new String(Templates.class.getResourceAsStream("templates/en/letter.xhtml.mustache")
                .readAllBytes(), StandardCharsets.UTF_8);
        write("en/letter.xhtml.mustache", bundled.replace("Transition letter", "Receipt"));
        Documents documents = Documents.withTemplates(dir);

        String xhtml = documents.letterXhtml(TestPlans.sample(), Language.EN, TestPlans.TODAY);

        assertThat(xhtml).contains("table.rows").contains("Receipt");
        assertThat(documents.templateWarnings()).isEmpty();
    }

    @Test
    void aTemplateWhoseOwnWordsLookLikeAPasswordIsNotUsed() throws Exception {
        write("en/email-body.mustache", "Hello {{client.greetingName}},\nThe host password: Hunter2024!\n");
        Documents documents = Documents.withTemplates(dir);

        Email email = documents.email(TestPlans.sample(), Language.EN);

        assertThat(email.body()).doesNotContain("Hunter2024").isEqualTo(bundledBody(TestPlans.sample()));
        assertThat(documents.templateWarnings()).singleElement().asString()
                .contains("en/email-body.mustache").contains("password").contains("bundled");
    }

    @Test
    void aLetterWhoseOwnWordsTalkOfABreakUpIsNotUsed() throws Exception {
        String bundled = new String(Templates.class.getResourceAsStream("templates/en/letter.xhtml.mustache")
                .readAllBytes(), StandardCharsets.UTF_8);
        write("en/letter.xhtml.mustache", bundled.replace("Transition letter", "Our break-up"));
        Documents documents = Documents.withTemplates(dir);

        String xhtml = documents.letterXhtml(TestPlans.sample(), Language.EN, TestPlans.TODAY);

        assertThat(xhtml).doesNotContain("break-up").contains("Transition letter");
        assertThat(documents.templateWarnings()).singleElement().asString()
                .contains("en/letter.xhtml.mustache").contains("break-up");
    }

    @Test
    void aTemplateThatWritesOutPrivateTextOfThePlanIsNotUsed() throws Exception {
        Plan plan = TestPlans.sample();
        String notes = plan.assessment().notes();
        write("en/email-body.mustache", "Hello {{client.greetingName}},\n" + notes + "\n");
        Documents documents = Documents.withTemplates(dir);

        Email email = documents.email(plan, Language.EN);

        assertThat(email.body()).doesNotContain(notes).isEqualTo(bundledBody(plan));
        assertThat(documents.templateWarnings()).singleElement().asString()
                .contains("en/email-body.mustache").contains("assessment.notes");
    }

    @Test
    void secretsTypedInThePlanAreLeftToThePlanCheckNotBlamedOnTheTemplate() throws Exception {
        write("en/email-body.mustache", "Hello {{client.greetingName}},\n{{reason}}\n");
        Documents documents = Documents.withTemplates(dir);
        Plan plan = TestPlans.sample();
        var c = plan.conversation();
        plan = plan.withConversation(new dev.offboard.plan.Conversation(c.date(), c.channel(), c.talkingPoints(),
                c.unmetExpectations(), c.script(), c.pushBackAnswer(), "The password: Hunter2024!"));

        Email email = documents.email(plan, Language.EN);

        assertThat(email.body()).isEqualTo("Hello Priya,\nThe password: Hunter2024!\n");
        assertThat(documents.templateWarnings()).isEmpty();
    }
}
