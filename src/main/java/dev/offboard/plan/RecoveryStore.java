package dev.offboard.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Autosaved copies of unsaved work, so a crash or a kill loses at most the last few seconds.
 *
 * <p>Each running session writes one file, {@code session-<id>.json}, in the recovery folder
 * (atomically, readable by the owner only): when it was saved, which plan file it belongs
 * to (if any), and the plan itself in the plan-file format. The session removes its file
 * once the plan is saved or discarded. At start-up, files left by other sessions are what
 * can be recovered.
 */
public final class RecoveryStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Path sessionFile;

    /** A recoverable copy found on disk. */
    public record Recovered(Path file, Plan plan, Optional<Path> planFile, Instant savedAt,
            Optional<FileStamp> planFileStamp) {
    }

    public RecoveryStore(Path folder) {
        this.folder = folder;
        this.sessionFile = folder.resolve("session-" + UUID.randomUUID() + ".json");
    }

    /**
     * The per-user data folder for recovery files: {@code %LOCALAPPDATA%\Offboard\recovery}
     * on Windows, {@code ~/Library/Application Support/Offboard/recovery} on macOS,
     * {@code $XDG_DATA_HOME/offboard/recovery} (default {@code ~/.local/share}) elsewhere.
     */
    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("Offboard").resolve("recovery");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Offboard").resolve("recovery");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return data.resolve("offboard").resolve("recovery");
    }

    /** This session's recovery file. */
    public Path sessionFile() {
        return sessionFile;
    }

    /** Writes this session's copy, replacing the previous one. */
    public void save(Plan plan, Optional<Path> planFile, Instant savedAt) throws IOException {
        save(plan, planFile, Optional.empty(), savedAt);
    }

    /**
     * Writes this session's copy, with what the plan file held when the session last read or
     * wrote it ({@code planFileStamp}), so that saving restored work still notices a change
     * another program made to the file meanwhile.
     */
    public void save(Plan plan, Optional<Path> planFile, Optional<FileStamp> planFileStamp, Instant savedAt)
            throws IOException {
        Files.createDirectories(folder);
        ObjectNode root = JSON.createObjectNode();
        root.put("savedAt", savedAt.toString());
        root.put("planFile", planFile.map(p -> p.toAbsolutePath().toString()).orElse(null));
        planFileStamp.ifPresent(stamp -> {
            ObjectNode node = root.putObject("planFileStamp");
            node.put("modified", stamp.modified().toString());
            node.put("size", stamp.size());
            node.put("sha256", stamp.sha256());
        });
        root.set("plan", JSON.readTree(PlanFile.toJson(plan)));
        AtomicFile.writePrivate(sessionFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), null);
    }

    /** Removes this session's copy: the work was saved or deliberately discarded. */
    public void clear() throws IOException {
        Files.deleteIfExists(sessionFile);
    }

    /** Removes a copy found at start-up, once restored or declined. */
    public void discard(Recovered recovered) throws IOException {
        Files.deleteIfExists(recovered.file());
    }

    /**
     * Copies left by other sessions, newest first. A copy that cannot be read (cut short by
     * the crash itself) is skipped and left on disk.
     */
    public List<Recovered> leftBehind() throws IOException {
        List<Recovered> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "session-*.json")) {
            for (Path file : files) {
                if (!file.equals(sessionFile)) {
                    read(file).ifPresent(found::add);
                }
            }
        }
        found.sort(Comparator.comparing(Recovered::savedAt).reversed());
        return found;
    }

    /** The newest copy left by another session. */
    public Optional<Recovered> latest() throws IOException {
        return leftBehind().stream().findFirst();
    }

    private static Optional<Recovered> read(Path file) {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            Instant savedAt = Instant.parse(root.path("savedAt").asText());
            JsonNode planFile = root.path("planFile");
            Plan plan = PlanFile.parse(file, JSON.writeValueAsString(root.get("plan")).getBytes(StandardCharsets.UTF_8));
            Optional<Path> original = planFile.isTextual() ? Optional.of(Path.of(planFile.asText())) : Optional.empty();
            JsonNode stamp = root.path("planFileStamp");
            Optional<FileStamp> known = stamp.isObject()
                    ? Optional.of(new FileStamp(Instant.parse(stamp.path("modified").asText()),
                            stamp.path("size").asLong(), stamp.path("sha256").asText()))
                    : Optional.empty();
            return Optional.of(new Recovered(file, plan, original, savedAt, known));
        } catch (IOException | PlanFileException | DateTimeParseException | NullPointerException
                | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }
}
