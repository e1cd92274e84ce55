package dev.offboard.ui.shell;

import dev.offboard.ui.step.OptionsStepModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;

/** What the app remembers between runs: theme, language, recent files, the last currency. */
public final class AppSettings implements OptionsStepModel.CurrencyMemory {

    static final int MAX_RECENT = 6;

    /** The themes: light, dark, or whichever the system prefers (the default). */
    public enum Theme { LIGHT, DARK, SYSTEM }

    private final Preferences node;

    public AppSettings(Preferences node) {
        this.node = node;
    }

    /** The user's settings node for Offboard. */
    public static AppSettings user() {
        return new AppSettings(Preferences.userRoot().node("dev/offboard"));
    }

    /** The theme chosen; a new user follows the system. */
    public Theme theme() {
        return switch (node.get("theme", "system")) {
            case "dark" -> Theme.DARK;
            case "light" -> Theme.LIGHT;
            default -> Theme.SYSTEM;
        };
    }

    public void setTheme(Theme theme) {
        node.put("theme", theme.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The UI language: the one last chosen, else French for a French system, else English;
     * with the system's region when the system speaks that language, so dates read and are
     * typed as they are there ("8 Dec 2026" and 8/12/2026 in the United Kingdom).
     */
    public Locale locale() {
        String saved = node.get("language", Locale.getDefault().getLanguage());
        return withSystemRegion("fr".equals(saved) ? Locale.FRENCH : Locale.ENGLISH,
                Locale.getDefault(Locale.Category.FORMAT));
    }

    /** {@code language} with {@code system}'s region when {@code system} speaks it, else alone. */
    static Locale withSystemRegion(Locale language, Locale system) {
        return system.getLanguage().equals(language.getLanguage()) && !system.getCountry().isEmpty()
                ? new Locale(language.getLanguage(), system.getCountry()) : language;
    }

    public void setLocale(Locale locale) {
        node.put("language", locale.getLanguage());
    }

    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get("recent." + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Puts {@code file} first in the recent list. */
    public void addRecent(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        writeRecent(files);
    }

    /** Takes {@code file} off the recent list, e.g. once it has been moved or deleted. */
    public void removeRecent(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(file.toAbsolutePath().normalize());
        writeRecent(files);
    }

    private void writeRecent(List<Path> files) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }

    @Override
    public Optional<Currency> lastCurrency() {
        try {
            return Optional.ofNullable(node.get("currency", null)).map(Currency::getInstance);
        } catch (IllegalArgumentException e) {
            // A code edited by hand that names no currency: as if none were remembered.
            return Optional.empty();
        }
    }

    @Override
    public void setLastCurrency(Currency currency) {
        node.put("currency", currency.getCurrencyCode());
    }

    /** The window's last place and size, if it was ever closed. */
    public Optional<java.awt.Rectangle> windowBounds() {
        int width = node.getInt("window.width", 0);
        int height = node.getInt("window.height", 0);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new java.awt.Rectangle(node.getInt("window.x", 0), node.getInt("window.y", 0), width,
                height));
    }

    public void setWindowBounds(java.awt.Rectangle bounds) {
        node.putInt("window.x", bounds.x);
        node.putInt("window.y", bounds.y);
        node.putInt("window.width", bounds.width);
        node.putInt("window.height", bounds.height);
    }

    /** The step shown when the window was last closed. */
    public Optional<String> lastStep() {
        return Optional.ofNullable(node.get("window.step", null));
    }

    public void setLastStep(String step) {
        node.put("window.step", step);
    }
}
