package dev.offboard.render;

import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Language;
import dev.offboard.plan.Payment;
import java.util.ResourceBundle;

/** The few words the views supply themselves (status names, private-plan labels), in the document's language. */
final class Words {

    private final ResourceBundle bundle;

    Words(Language language) {
        this.bundle = ResourceBundle.getBundle("dev.offboard.render.words", language.locale(),
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

    String get(String key) {
        return bundle.getString(key);
    }
}
