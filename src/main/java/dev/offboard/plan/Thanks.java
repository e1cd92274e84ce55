package dev.offboard.plan;

/**
 * Step 5, thank: parting on good terms.
 *
 * @param referencesOffered what you offer as a reference or testimonial, or empty
 * @param keepReferring whether you will keep sending business the client's way
 */
public record Thanks(String message, String referencesOffered, boolean keepReferring) {

    public Thanks {
        message = Text.clean(message);
        referencesOffered = Text.clean(referencesOffered);
    }

    public static Thanks empty() {
        return new Thanks("", "", false);
    }

    public Thanks withMessage(String value) {
        return new Thanks(value, referencesOffered, keepReferring);
    }

    public Thanks withReferencesOffered(String value) {
        return new Thanks(message, value, keepReferring);
    }

    public Thanks withKeepReferring(boolean value) {
        return new Thanks(message, referencesOffered, value);
    }
}
