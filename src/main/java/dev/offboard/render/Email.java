package dev.offboard.render;

/** A rendered email: its subject line and plain-text body. */
public record Email(String subject, String body) {

    /** The form written to {@code email.txt}: {@code Subject: …}, a blank line, the body. */
    public String toText() {
        return "Subject: " + subject + "\n\n" + body;
    }
}
