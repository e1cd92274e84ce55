package dev.offboard.ui.shell;

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

    /**
     * Some characters of the letter have no font, so the PDF would print {@code #} in their
     * place: asks whether to go on. True only when the user says so; otherwise the first field
     * concerned is shown.
     */
    boolean confirmMissingGlyphs(java.util.List<dev.offboard.plan.Problem> unprintable);

    /** Navigate to the step that shows this field. */
    void jumpTo(String field);

    /**
     * The plan file changed on disk (another program wrote it) since this window opened or last
     * saved it: asks whether to overwrite it, reload it, or save under another name. Where no
     * one can be asked, nothing is overwritten.
     */
    default SaveConflict changedOnDisk(String fileName, java.time.Instant changedAt) {
        return SaveConflict.CANCEL;
    }

    /** Asks before the window's unsaved edits are replaced by the file on disk. */
    default boolean confirmReload(String fileName) {
        return false;
    }

    /**
     * The plan is already open in another Offboard window: asks whether to open it here
     * read-only (true) or not at all (false). Where no one can be asked, it is not opened.
     */
    default boolean openReadOnly(String fileName) {
        return false;
    }
}
