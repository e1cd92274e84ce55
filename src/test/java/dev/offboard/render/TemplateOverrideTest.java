package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A user's templates folder: overrides are used, broken ones fall back with a clear message. */
class TemplateOverrideTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void bundledTemplatesGiveNoWarnings() {
        Documents documents = new Documents();

        assertThat(documents.email(TestPlans.sample(), Language.EN).subject()).isNotBlank();
        assertThat(documents.templateWarnings()).isEmpty();
    }

    @Test
    void anOverriddenEmailBodyIsUsedAndTheOtherTemplatesStayBundled() throws Exception {
        write("en/email-body.mustache", "Hello {{client.greetingName}}, my last day is {{lastWorkingDay}}.\n");
        Documents documents = Documents.withTemplates(dir);

        Email email = documents.email(TestPlans.sample(), Language.EN);

        assertThat(email.body()).isEqualTo("Hello Priya, my last day is 24 March 2026.\n");
        assertThat(email.subject()).isEqualTo(new Documents().email(TestPlans.sample(), Language.EN).subject());
        assertThat(documents.email(TestPlans.sample(), Language.FR).body()).contains("Bonjour");
        assertThat(documents.templateWarnings()).isEmpty();
    }

    @Test
    void anOverriddenLetterAndStyleSheetMakeTheLetter() throws Exception {
        String bundledLetter = new String(Templates.class.getResourceAsStream("templates/fr/letter.xhtml.mustache")
                .readAllBytes(), StandardCharsets.UTF_8);
        write("fr/letter.xhtml.mustache", bundledLetter.replace("Objet&#160;:", "Objet de ma lettre&#160;:"));
        write("letter.css", "body { font-family: Roboto; color: #000000; }\n");
        Documents documents = Documents.withTemplates(dir);

        String xhtml = documents.letterXhtml(TestPlans.sample(), Language.FR, TestPlans.TODAY);
        PdfText pdf = PdfText.read(documents.letterPdf(TestPlans.sample(), Language.FR, TestPlans.TODAY));

        assertThat(xhtml).contains("body { font-family: Roboto; color: #000000; }").doesNotContain("table.rows");
        assertThat(pdf.flat()).contains("Objet de ma lettre : fin de notre collaboration");
        assertThat(documents.templateWarnings()).isEmpty();
    }

    @Test
    void aSyntaxErrorFallsBackToTheBundledTemplateNamingFileAndLine() throws Exception {
        write("en/email-body.mustache", "Hello,\n\nAll good.\n{{#deliverables}}\n- {{name}}\n{{/payments}}\n");
        Documents documents = Documents.withTemplates(dir);

        Email email = documents.email(TestPlans.sample(), Language.EN);

        assertThat(email.body()).isEqualTo(new Documents().email(TestPlans.sample(), Language.EN).body());
        assertThat(documents.templateWarnings()).singleElement().asString()
                .contains("en/email-body.mustache").contains(dir.toString()).contains("line 6")
                .contains("bundled");
    }

    @Test
    void anUnknownVariableIsReportedWithItsNameAndLine() throws Exception {
        write("en/email-subject.mustache", "Our work together\n{{clientt.company}}\n");
        Documents documents = Documents.withTemplates(dir);

        Email email = documents.email(TestPlans.sample(), Language.EN);

        assertThat(email.subject()).isEqualTo(new Documents().email(TestPlans.sample(), Language.EN).subject());
        assertThat(documents.templateWarnings()).singleElement().asString()
                .contains("en/email-subject.mustache").contains("line 2").contains("'clientt'")
                .contains("bundled");
    }

    @Test
    void anUnknownVariableInASectionTheTrialsSkipIsCaughtWhenRendering() throws Exception {
        // Shown only when a deliverable is delivered: neither the sample nor an empty plan has one.
        write("en/email-body.mustache", "Hi\n{{#deliverables}}{{#delivered}}{{nmae}}{{/delivered}}{{/deliverables}}\n");
        Documents documents = Documents.withTemplates(dir);
        assertThat(documents.templateWarnings()).isEmpty();

        var plan = TestPlans.sample();
        var delivered = plan.deliverables().get(0);
        plan = plan.withDeliverables(java.util.List.of(new dev.offboard.plan.Deliverable(delivered.name(),
                delivered.description(), delivered.dueDate(), dev.offboard.plan.Deliverable.Status.DELIVERED)));
        Email email = documents.email(plan, Language.EN);

        assertThat(email.body()).isEqualTo(new Documents().email(plan, Language.EN).body());
        assertThat(documents.templateWarnings()).singleElement().asString()
                .contains("en/email-body.mustache").contains("line 2").contains("'nmae'");
    }

    @Test
    void aLetterOverrideThatIsNotXhtmlFallsBackAndTheLetterIsStillMade() throws Exception {
        write("en/letter.xhtml.mustache", "<html><body><p>Unclosed {{date}}</body></html>\n");
        Documents documents = Documents.withTemplates(dir);

        PdfText pdf = PdfText.read(documents.letterPdf(TestPlans.sample(), Language.EN, TestPlans.TODAY));

        assertThat(pdf.flat()).contains("Acknowledgement of receipt");
        assertThat(documents.templateWarnings()).singleElement().asString()
                .contains("en/letter.xhtml.mustache").contains("not valid XHTML");
    }

    @Test
    void aBrokenStyleSheetPartialFallsBackToTheBundledOne() throws Exception {
        write("letter.css", "body { color: red; }\n{{#oops}}\n");
        Documents documents = Documents.withTemplates(dir);

        PdfText pdf = PdfText.read(documents.letterPdf(TestPlans.sample(), Language.EN, TestPlans.TODAY));

        assertThat(pdf.flat()).contains("Acknowledgement of receipt");
        assertThat(documents.templateWarnings()).isNotEmpty()
                .allMatch(w -> w.contains("letter.css") && w.contains("line"));
    }

    @Test
    void aMissingFolderMeansBundledTemplates() {
        Documents documents = Documents.withTemplates(dir.resolve("does-not-exist"));

        assertThat(documents.email(TestPlans.sample(), Language.FR).body()).contains("Bonjour");
        assertThat(documents.templateWarnings()).isEmpty();
    }

    /** {@code HOME} and {@code ELSEWHERE} stand for two absolute folders under the test's temporary folder. */
    @ParameterizedTest
    @CsvSource({
        "Windows 11, APPDATA, ELSEWHERE, ELSEWHERE/Offboard/templates",
        "Windows 11, OTHER, x, HOME/AppData/Roaming/Offboard/templates",
        "Mac OS X, XDG_CONFIG_HOME, ELSEWHERE, HOME/Library/Application Support/Offboard/templates",
        "Linux, XDG_CONFIG_HOME, ELSEWHERE, ELSEWHERE/offboard/templates",
        "Linux, XDG_CONFIG_HOME, '', HOME/.config/offboard/templates",
        "Linux, XDG_CONFIG_HOME, relative/dir, HOME/.config/offboard/templates",
        "FreeBSD, OTHER, x, HOME/.config/offboard/templates",
    })
    void userTemplatesFolderFollowsEachSystemsConvention(String os, String variable, String value, String expected) {
        Path home = dir.resolve("home").toAbsolutePath();
        Path elsewhere = dir.resolve("elsewhere").toAbsolutePath();
        String envValue = value.equals("ELSEWHERE") ? elsewhere.toString() : value;

        Path folder = TemplateSource.userTemplatesDirectory(os, Map.of(variable, envValue), home);

        Path want = expected.startsWith("HOME/") ? home.resolve(expected.substring(5))
                : elsewhere.resolve(expected.substring("ELSEWHERE/".length()));
        assertThat(folder).isEqualTo(want);
    }
}
