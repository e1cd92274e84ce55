package dev.offboard.plan;

import java.util.Locale;
import java.util.Set;

/** The letter's paper: chosen, or by the client's country. */
public enum PaperSize {
    /** US Letter for clients in the United States, Canada, Mexico and a few others; A4 elsewhere. */
    AUTO,
    A4,
    LETTER;

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT",
            "PR", "DO", "CR", "PA", "SV");

    /** The size to print on, never {@link #AUTO}. */
    public PaperSize resolve(Client client) {
        if (this != AUTO) {
            return this;
        }
        return LETTER_COUNTRIES.contains(client.country().strip().toUpperCase(Locale.ROOT).split("-")[0]) ? LETTER : A4;
    }
}
