package dev.offboard.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the templates come from: the ones bundled with the application, optionally
 * overridden file by file from a folder the user controls.
 *
 * <p>In the folder, a file with the same relative name as a bundled template replaces it:
 * {@code en/email-body.mustache}, {@code fr/letter.xhtml.mustache},
 * {@code en/private-plan.xhtml.mustache}, {@code letter.css}, {@code private-plan.css}. A file
 * that cannot be read or used is reported (see {@link Documents#templateWarnings()}) and the
 * bundled template is used instead.
 */
public final class TemplateSource {

    /** The folder name inside the user's configuration folder. */
    private static final String TEMPLATES = "templates";

    private final Path overrides;

    private TemplateSource(Path overrides) {
        this.overrides = overrides;
    }

    /** Only the templates bundled with the application. */
    public static TemplateSource bundled() {
        return new TemplateSource(null);
    }

    /**
     * The bundled templates, each replaced by a file of the same name in {@code dir} when
     * there is one. The folder need not exist.
     */
    public static TemplateSource userOverrides(Path dir) {
        return new TemplateSource(Objects.requireNonNull(dir, "dir"));
    }

    /**
     * The documented override folder for this user and system: {@code %APPDATA%\Offboard\templates}
     * on Windows, {@code ~/Library/Application Support/Offboard/templates} on macOS, and
     * {@code $XDG_CONFIG_HOME/offboard/templates} (by default {@code ~/.config/offboard/templates})
     * elsewhere.
     */
    public static Path userTemplatesDirectory() {
        return userTemplatesDirectory(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** {@link #userTemplatesDirectory()} for a given system name, environment and home folder. */
    static Path userTemplatesDirectory(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.getOrDefault("APPDATA", "");
            Path base = appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Offboard").resolve(TEMPLATES);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Offboard").resolve(TEMPLATES);
        }
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        // The XDG specification says a relative value is invalid and must be ignored.
        Path base = xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".config") : Path.of(xdg);
        return base.resolve("offboard").resolve(TEMPLATES);
    }

    /** The override folder, if any. */
    Optional<Path> overrides() {
        return Optional.ofNullable(overrides);
    }

    @Override
    public String toString() {
        return overrides == null ? "bundled templates" : "templates from " + overrides + ", else bundled";
    }
}
