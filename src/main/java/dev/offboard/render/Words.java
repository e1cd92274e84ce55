package dev.offboard.render;

import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Language;
import dev.offboard.plan.Payment;
import java.util.ResourceBundle;

/** The few words the views supply themselves (status names, private-plan labels), in the document's language. */
final class Words {

    private final ResourceBundle bundle;

    Words(Language language) {
        this(DocumentLocale.of(language, ""));
    }

    /** The words of a language as its region writes them (words_en_US: acknowledgment). */
    Words(DocumentLocale conventions) {
        this.bundle = ResourceBundle.getBundle("dev.offboard.render.words", conventions.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String status(Deliverable.Status status) {
        return bundle.getString("deliverable." + status.name());
    }

    String status(Payment.Status status) {
        return bundle.getString("payment." + status.name());
    }

    /** A word of the private plan: {@code sign.…}, {@code decision.…}, {@code channel.…}, {@code timeline.…}. */
    String get(String kind, Enum<?> value) {
        return bundle.getString(kind + "." + value.name());
    }

    /** The words templates use by name ({@code term.…} keys, without the prefix), as the region writes them. */
    java.util.Map<String, String> terms() {
        java.util.Map<String, String> terms = new java.util.TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("term.")) {
                terms.put(key.substring("term.".length()), bundle.getString(key));
            }
        }
        return java.util.Collections.unmodifiableMap(terms);
    }

    /** Whether the bundle has {@code key}. */
    boolean has(String key) {
        return bundle.containsKey(key);
    }

    String get(String key) {
        return bundle.getString(key);
    }
}
