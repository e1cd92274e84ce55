package dev.offboard.render;

/**
 * A rendered email: its subject line and plain-text body.
 *
 * @param subjectLabel the word before the subject in {@link #toText()}, in the email's
 *     language: {@code Subject:}, {@code Objet :}
 */
public record Email(String subject, String body, String subjectLabel) {

    /** An email whose text form labels its subject in English. */
    public Email(String subject, String body) {
        this(subject, body, "Subject:");
    }

    /** The form written to {@code email.txt}: {@code Subject: …} (Objet : … in French), a blank line, the body. */
    public String toText() {
        return subjectLabel + " " + subject + "\n\n" + body;
    }
}
