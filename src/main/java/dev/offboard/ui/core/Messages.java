package dev.offboard.ui.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The wizard's words in one language, read from the {@code messages} bundles. */
public final class Messages {

    private static final String BUNDLE = "dev.offboard.ui.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}; placeholders are filled with MessageFormat when arguments are given. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle has {@code key}; used for optional lists of suggestions. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The label of an enum constant, under {@code prefix.CONSTANT}. */
    public String label(String prefix, Enum<?> value) {
        return text(prefix + "." + value.name());
    }
}
