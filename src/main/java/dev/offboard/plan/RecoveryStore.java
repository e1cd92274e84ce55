package dev.offboard.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
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
 * once the plan is saved or discarded. Beside it, {@code session-<id>.lock} stays locked
 * ({@link FileChannel#lock()}) for as long as the session runs; the operating system releases
 * the lock when the process ends, however it ends. At start-up, files of sessions whose lock
 * is free are what can be recovered; a running session's are never offered or deleted.
 */
public final class RecoveryStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Path sessionFile;
    private final Path lockFile;
    /** Held from this session's first copy until it ends: proof to other sessions that it is alive. */
    private FileChannel lockChannel;
    private FileLock lock;

    /** A recoverable copy found on disk. */
    public record Recovered(Path file, Plan plan, Optional<Path> planFile, Instant savedAt,
            Optional<FileStamp> planFileStamp) {
    }

    public RecoveryStore(Path folder) {
        this.folder = folder;
        String id = "session-" + UUID.randomUUID();
        this.sessionFile = folder.resolve(id + ".json");
        this.lockFile = folder.resolve(id + LOCK_SUFFIX);
    }

    private static final String LOCK_SUFFIX = ".lock";

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
        holdLock();
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

    /**
     * Takes this session's lock before its first copy is written. The operating system releases
     * it when the process ends, however it ends, so a crashed session's copy is never mistaken
     * for a live one, and a live one's never for a crashed one's.
     */
    private synchronized void holdLock() throws IOException {
        if (lock != null) {
            return;
        }
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = channel.lock();
            lockChannel = channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Ends this session's ownership: called when its window closes, once its copy is removed.
     * A copy still on disk then counts as left behind, as after a crash.
     */
    public synchronized void release() throws IOException {
        if (lock == null) {
            return;
        }
        lock.release();
        lockChannel.close();
        lock = null;
        lockChannel = null;
        Files.deleteIfExists(lockFile);
    }

    /**
     * Whether the session that wrote {@code copy} is still running: its lock file is locked.
     * No lock file means no live owner (a copy from before owners were recorded, or a lock
     * file removed with its session).
     */
    private static boolean ownerAlive(Path copy) {
        Path lockOf = lockOf(copy);
        if (!Files.exists(lockOf)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockOf, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            // Locked by a session of this very process: alive.
            return true;
        } catch (IOException e) {
            // Cannot tell: leave the copy to its owner rather than risk taking a live session's work.
            return true;
        }
    }

    /** Lock files of ended sessions that left no copy (they closed normally, or crashed before one). */
    private void removeStaleLocks() {
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(folder, "session-*" + LOCK_SUFFIX)) {
            for (Path stale : locks) {
                String name = stale.getFileName().toString();
                Path copy = stale.resolveSibling(name.substring(0, name.length() - LOCK_SUFFIX.length()) + ".json");
                // A fresh one may belong to a session about to lock it: only old ones go.
                boolean old = Files.getLastModifiedTime(stale).toInstant().isBefore(Instant.now().minusSeconds(600));
                if (old && !stale.equals(lockFile) && !Files.exists(copy) && !ownerAlive(copy)) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException e) {
            // Harmless: an empty lock file is tried again next time.
        }
    }

    private static Path lockOf(Path copy) {
        String name = copy.getFileName().toString();
        return copy.resolveSibling(name.substring(0, name.length() - ".json".length()) + LOCK_SUFFIX);
    }

    /** Removes this session's copy: the work was saved or deliberately discarded. */
    public void clear() throws IOException {
        Files.deleteIfExists(sessionFile);
    }

    /** Removes a copy found at start-up, once restored or declined. */
    public void discard(Recovered recovered) throws IOException {
        if (ownerAlive(recovered.file())) {
            // Never another live session's work, whatever was asked.
            return;
        }
        Files.deleteIfExists(recovered.file());
        Files.deleteIfExists(lockOf(recovered.file()));
    }

    /**
     * Copies left by sessions that have ended (crashed, killed, cut by a power loss), newest
     * first; copies of sessions still running, in this process or another, are theirs and
     * never listed. A copy that cannot be read (cut short by the crash itself) is skipped and
     * left on disk.
     */
    public List<Recovered> leftBehind() throws IOException {
        List<Recovered> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "session-*.json")) {
            for (Path file : files) {
                if (!file.equals(sessionFile) && !ownerAlive(file)) {
                    read(file).ifPresent(found::add);
                }
            }
        }
        removeStaleLocks();
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
