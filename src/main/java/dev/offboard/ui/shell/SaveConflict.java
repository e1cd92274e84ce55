package dev.offboard.ui.shell;

/** What to do when the plan file changed on disk since this window opened or last saved it. */
enum SaveConflict {
    /** Replace the file with the window's version; the other version stays as the backup. */
    OVERWRITE,
    /** Load the version on disk, once the user confirms losing the window's edits. */
    RELOAD,
    /** Keep the file as it is and save the window's version under another name. */
    SAVE_AS,
    /** Do nothing for now. */
    CANCEL
}
