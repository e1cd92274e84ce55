package dev.offboard.render;

import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import java.time.LocalDate;

/**
 * Turns a plan into its client-facing documents. Templates and fonts are loaded once per
 * instance; an instance is safe to share between threads.
 */
public final class Documents {

    public Documents() {
    }

    /** The termination email in the given language. */
    public Email email(Plan plan, Language language) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The transition letter as PDF bytes, dated {@code date}. */
    public byte[] letterPdf(Plan plan, Language language, LocalDate date) throws RenderException {
        throw new UnsupportedOperationException("not yet built");
    }
}
