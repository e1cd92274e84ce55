package dev.offboard.cli;

import java.util.Locale;

/** The language of command-line messages: French when the system speaks French, else English. */
final class Messages {

    private Messages() {
    }

    static Locale locale() {
        return "fr".equals(Locale.getDefault().getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
