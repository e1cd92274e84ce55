package dev.offboard.render;

import dev.offboard.plan.Plan;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/**
 * The email as an RFC 5322 draft ({@code email.eml}): To, From, an encoded Subject, the
 * plain-text body and the letter attached, marked {@code X-Unsent: 1} so mail clients open
 * it as a message ready to edit and send.
 */
public final class EmailDraft {

    private static final Session SESSION = Session.getInstance(new Properties());

    private EmailDraft() {
    }

    /** The attachment's file name in the document language. */
    public static String letterFileName(dev.offboard.plan.Language language) {
        return language == dev.offboard.plan.Language.FR ? "lettre-de-transition.pdf" : "transition-letter.pdf";
    }

    /**
     * The draft's bytes.
     *
     * @param letterName the attachment's file name, e.g. {@code transition-letter.pdf}
     * @param date the message date
     */
    public static byte[] eml(Plan plan, Email email, byte[] letterPdf, String letterName, ZonedDateTime date)
            throws RenderException {
        try {
            MimeMessage message = new DraftMessage(SESSION);
            address(plan.freelancer().name(), plan.freelancer().email(), message, true);
            address(plan.client().contactName(), plan.client().email(), message, false);
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(date.toInstant()));
            message.setHeader("X-Unsent", "1");

            MimeBodyPart body = new MimeBodyPart();
            body.setText(email.body(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(letterPdf, "application/pdf")));
            attachment.setFileName(letterName);
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(attachment);
            message.setContent(mixed);
            message.saveChanges();

            ByteArrayOutputStream out = new ByteArrayOutputStream(letterPdf.length * 4 / 3 + 8192);
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new RenderException("The email draft could not be made (" + e.getMessage() + ").", e);
        }
    }

    /** Adds the address when it is usable; a draft without one is still a useful draft. */
    private static void address(String name, String email, MimeMessage message, boolean from)
            throws MessagingException, UnsupportedEncodingException {
        if (email.isBlank()) {
            return;
        }
        InternetAddress address;
        try {
            address = new InternetAddress(email.strip(), true);
            address.setPersonal(name.isBlank() ? null : name, StandardCharsets.UTF_8.name());
        } catch (AddressException e) {
            return;
        }
        if (from) {
            message.setFrom(address);
        } else {
            message.setRecipient(MimeMessage.RecipientType.TO, address);
        }
    }

    /** A message whose Message-ID needs no host name lookup. */
    private static final class DraftMessage extends MimeMessage {
        DraftMessage(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + UUID.randomUUID() + "@offboard.invalid>");
        }
    }
}
