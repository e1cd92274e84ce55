package dev.offboard.ui;

import java.nio.file.Path;

/** How the controller tells the user what happened, without modal dialogs. */
interface Feedback {

    /** A short confirmation in the status line, e.g. "Email copied". */
    void status(String message);

    /** Something that did not happen as asked but needs no action, e.g. "No mail app here": no tick. */
    void notice(String message);

    /** A problem shown once in a calm banner at the top of the window. */
    void problem(String message);

    /** The letter was written: offer to open it. */
    void exported(Path file);

    /**
     * Client-facing text looks like a secret (a password, key, card number): asks whether to
     * send it anyway. True only when the user says so.
     */
    boolean confirmSecrets(java.util.List<String> findings);

    /** Navigate to the step that shows this field. */
    void jumpTo(String field);
}
