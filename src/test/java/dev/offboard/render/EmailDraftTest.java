package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Client;
import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EmailDraftTest {

    private static final ZonedDateTime DATE = ZonedDateTime.of(2026, 3, 4, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final byte[] PDF = "%PDF-1.7 not really, but bytes all the same \u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    private static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    @Test
    void draftCarriesHeadersBodyAndTheLetterAttached() throws Exception {
        Plan plan = SamplePlan.create(LocalDate.of(2026, 3, 4));
        Email email = new Email("Fin de notre collaboration – Été 2026", "Bonjour Priya,\n\nMerci pour tout. Œuvre, ça.\n");

        MimeMessage message = parse(EmailDraft.eml(plan, email, PDF, "lettre-de-transition.pdf", DATE));

        assertThat(message.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(message.getSubject()).isEqualTo(email.subject());
        assertThat(message.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress())
                .isEqualTo("priya.shah@northwind.example");
        assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Priya Shah");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("camille@studiomartin.example");
        assertThat(message.getSentDate().toInstant()).isEqualTo(DATE.toInstant());

        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).as("body, line endings aside")
                .isEqualTo(email.body());
        Part attachment = parts.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("lettre-de-transition.pdf");
        assertThat(attachment.isMimeType("application/pdf")).isTrue();
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void draftWithoutAddressesStillOpens() throws Exception {
        Plan plan = Plan.empty().withFreelancer(new Freelancer("Ana", "", "", "", ""))
                .withClient(new Client("Acme", "", "not an address", "", null, "", null, null));

        MimeMessage message = parse(EmailDraft.eml(plan, new Email("Subject", "Body"), PDF, "letter.pdf", DATE));

        assertThat(message.getRecipients(MimeMessage.RecipientType.TO)).isNull();
        assertThat(message.getSubject()).isEqualTo("Subject");
    }
}
