package dev.offboard.plan;

/** Text built to make the guards' patterns backtrack, shared by their test and their benchmark. */
public final class SecretGuardBenchmarkInputs {

    /** The families of adversarial input, one for each pattern of the guards. */
    public static final String[] FAMILIES = {"label", "label-quote", "url", "private-key", "token", "long-word", "card",
        "tone"};

    private SecretGuardBenchmarkInputs() {
    }

    /** About 20,000 characters of one family; nothing in it needs to be found. */
    public static String adversarial(String family) {
        return switch (family) {
            case "label" -> "password:" + " ".repeat(20_000);
            case "label-quote" -> "mot de passe \u00a0: \"" + "\u00a0 \u202f".repeat(6_000) + "\"";
            case "url" -> "https://" + "a:".repeat(5_000) + "@".repeat(5_000);
            case "private-key" -> "-----BEGIN " + "A ".repeat(10_000) + "KEY";
            case "token" -> "eyJ" + "a".repeat(9_000) + ".eyJ" + "b".repeat(9_000) + ".";
            case "long-word" -> "aB3-".repeat(5_000);
            case "card" -> "4 1-1 1.".repeat(3_000) + "x";
            case "tone" -> "break" + " -".repeat(10_000) + " vous ne" + " mot".repeat(2_000);
            default -> throw new IllegalArgumentException(family);
        };
    }
}
