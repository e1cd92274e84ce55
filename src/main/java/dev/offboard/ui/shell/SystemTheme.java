package dev.offboard.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Whether the system prefers a dark look, asked of the system's own settings tool with a short
 * timeout: GNOME's {@code gsettings} on Linux, {@code reg} on Windows, {@code defaults} on
 * macOS. No library is needed, and a system that does not answer in time gets the light theme.
 */
final class SystemTheme {

    /** How long one settings command may take before the answer counts as unknown. */
    static final long TIMEOUT_MS = 1500;

    /** Runs a command; its standard output when it ended with exit code 0 in time, else empty. */
    interface Commands {
        Optional<String> output(List<String> command);
    }

    private static volatile CompletableFuture<Boolean> detected;
    private static volatile Commands commands = SystemTheme::run;

    private SystemTheme() {
    }

    /** Whether the chosen theme is dark; "follow the system" asks {@code systemPrefersDark}. */
    static boolean isDark(AppSettings.Theme chosen, BooleanSupplier systemPrefersDark) {
        return switch (chosen) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> systemPrefersDark.getAsBoolean();
        };
    }

    /** Starts asking the system in the background (at startup, before the window needs it). */
    static void detectInBackground() {
        Commands asked = commands;
        detected = CompletableFuture.supplyAsync(() -> prefersDark(System.getProperty("os.name", ""), asked)
                .orElse(false));
    }

    /** Asks {@code fake} instead of the system's tools from now on; for window tests. */
    static void useCommands(Commands fake) {
        commands = fake;
        detected = null;
    }

    /** The system's answer, waiting at most a little longer than the command may take; light when unknown. */
    static boolean prefersDark() {
        if (detected == null) {
            detectInBackground();
        }
        try {
            return detected.get(TIMEOUT_MS + 500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** The system's preference on {@code osName}; empty when it cannot be told. */
    static Optional<Boolean> prefersDark(String osName, Commands commands) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            // "AppsUseLightTheme    REG_DWORD    0x0" means dark.
            return commands.output(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                    "AppsUseLightTheme")).flatMap(out -> {
                        String value = out.strip();
                        return value.endsWith("0x0") ? Optional.of(true)
                                : value.endsWith("0x1") ? Optional.of(false) : Optional.empty();
                    });
        }
        if (os.startsWith("mac")) {
            // The key exists ("Dark") only in dark mode; the command fails in light mode.
            return Optional.of(commands.output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false));
        }
        Optional<String> scheme = commands.output(List.of("gsettings", "get", "org.gnome.desktop.interface",
                "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return Optional.of(true);
        }
        Optional<String> gtkTheme = commands.output(List.of("gsettings", "get", "org.gnome.desktop.interface",
                "gtk-theme"));
        if (gtkTheme.isPresent()) {
            return Optional.of(gtkTheme.get().toLowerCase(Locale.ROOT).contains("dark"));
        }
        return scheme.map(value -> false);
    }

    /** Runs {@code command} with {@link #TIMEOUT_MS}; empty when it is missing, fails or is too slow. */
    static Optional<String> run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        try (InputStream out = process.getInputStream()) {
            CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readNBytes(4096);
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            byte[] bytes = read.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return process.exitValue() == 0 ? Optional.of(new String(bytes, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            return Optional.empty();
        }
    }
}
