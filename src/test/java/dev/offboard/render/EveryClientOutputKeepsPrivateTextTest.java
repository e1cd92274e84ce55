package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanText;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every client-facing output together, as {@code offboard render} makes them: the email, the
 * {@code .eml} draft (decoded: subject, body, and the attached letter's text), the letter and
 * the calendar. Every private text of the plan, found by {@link PlanText}, carries a unique
 * marker; none may appear in any of them.
 */
class EveryClientOutputKeepsPrivateTextTest {

    private static final Documents DOCUMENTS = new Documents();

    @ParameterizedTest
    @EnumSource(Language.class)
    void noPrivateMarkerReachesAnyClientOutput(Language language) throws Exception {
        Plan plan = TestPlans.withPrivateMarkers(TestPlans.sample());
        List<String> markers = PlanText.entries(plan).stream().filter(PlanText.Entry::isPrivate)
                .map(PlanText.Entry::text).filter(t -> !t.isBlank()).toList();
        assertThat(markers).hasSizeGreaterThan(5);

        Email email = DOCUMENTS.email(plan, language);
        byte[] letter = DOCUMENTS.letterPdf(plan, language, TestPlans.TODAY);
        byte[] eml = EmailDraft.eml(plan, email, letter, EmailDraft.letterFileName(language),
                ZonedDateTime.of(2026, 3, 4, 9, 0, 0, 0, ZoneOffset.UTC));
        String ics = new String(CalendarFile.ics(plan, language, Instant.EPOCH), StandardCharsets.UTF_8)
                .replace("\r\n ", "");

        MimeMessage draft = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
        MimeMultipart parts = (MimeMultipart) draft.getContent();
        String draftText = draft.getSubject() + "\n" + parts.getBodyPart(0).getContent() + "\n"
                + new String(eml, StandardCharsets.US_ASCII);
        String attachedLetter;
        try (PDDocument pdf = Loader.loadPDF(parts.getBodyPart(1).getInputStream().readAllBytes())) {
            attachedLetter = new PDFTextStripper().getText(pdf);
        }
        String letterText;
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            letterText = new PDFTextStripper().getText(pdf);
        }

        assertThat(email.body()).contains(plan.conversation().clientReason().substring(0, 20));
        for (String marker : markers) {
            assertThat(email.toText()).as("email").doesNotContain(marker);
            assertThat(draftText).as("email draft").doesNotContain(marker);
            assertThat(attachedLetter).as("letter attached to the draft").doesNotContain(marker);
            assertThat(letterText).as("letter").doesNotContain(marker);
            assertThat(ics).as("calendar").doesNotContain(marker);
        }
    }
}
