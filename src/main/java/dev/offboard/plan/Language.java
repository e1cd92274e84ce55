package dev.offboard.plan;

import java.util.Locale;

/** The language of the client-facing documents. */
public enum Language {
    EN(Locale.UK),
    FR(Locale.FRANCE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The code used in plan files and on the command line: {@code en} or {@code fr}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code en}/{@code fr} in any case; throws with the accepted values otherwise. */
    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "'; use en or fr");
    }
}
