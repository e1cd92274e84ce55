package dev.offboard.plan;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.time.Duration;
import java.time.Instant;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file only once its new content is fully on disk: the bytes go to a temporary
 * file in the same folder, are flushed, then moved over the target (atomically where the
 * file system allows). A reader sees the old file or the new one, never a half-written one.
 * Writing through a symbolic link replaces the file it points to and keeps the link.
 */
public final class AtomicFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFile() {
    }

    /** Replaces {@code target} with {@code content}; readable by everyone the folder allows. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, false, null);
    }

    /**
     * Replaces {@code target} with {@code content}, readable by its owner only where the file
     * system has POSIX permissions; when {@code backup} is given and the target exists, the
     * previous content is kept there first.
     */
    public static void writePrivate(Path target, byte[] content, Path backup) throws IOException {
        write(target, content, true, backup);
    }

    private static void write(Path target, byte[] content, boolean ownerOnly, Path backup) throws IOException {
        Path absolute = realPath(target);
        Path folder = absolute.getParent();
        Path temp = createTemp(folder, absolute.getFileName().toString(), ownerOnly);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (backup != null && Files.isRegularFile(absolute)) {
                keepBackup(absolute, backup.toAbsolutePath(), ownerOnly);
            }
            move(temp, absolute);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
        removeLeftovers(folder, absolute.getFileName().toString());
        if (backup != null) {
            removeLeftovers(backup.toAbsolutePath().getParent(), backup.getFileName().toString());
        }
    }

    /** The most links followed before a chain counts as a loop, as most systems do. */
    private static final int MAX_LINKS = 40;

    /**
     * The file a write to {@code target} must replace: {@code target} itself, or, when it is a
     * symbolic link (or a chain of them), the file the link points to, which need not exist
     * yet. Replacing the link itself would turn it into a plain file and leave its target stale.
     */
    public static Path realPath(Path target) throws IOException {
        Path current = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new java.nio.file.FileSystemException(target.toString(), null,
                        "too many symbolic links, or a loop of them");
            }
            Path next = Files.readSymbolicLink(current);
            current = current.getParent().resolve(next).normalize();
        }
        return current;
    }

    /** How old a temporary file must be to count as left by a save that was killed. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

    /**
     * Deletes temporary files a killed save of {@code name} left beside it (they may hold a
     * private plan). A save takes milliseconds, so one older than {@link #LEFTOVER_AGE} is no
     * other save's file in progress. Best effort: a file that cannot be removed stays.
     */
    private static void removeLeftovers(Path folder, String name) {
        Instant before = Instant.now().minus(LEFTOVER_AGE);
        String glob = "." + name.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?")
                .replace("[", "\\[").replace("{", "\\{") + ".*.tmp";
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, glob)) {
            for (Path leftover : leftovers) {
                try {
                    if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(leftover).toInstant().isBefore(before)) {
                        Files.deleteIfExists(leftover);
                    }
                } catch (IOException e) {
                    // Left for the next save.
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next save.
        }
    }

    /** The previous version, itself replaced atomically so a crash never leaves half a backup. */
    private static void keepBackup(Path current, Path backup, boolean ownerOnly) throws IOException {
        Path temp = createTemp(backup.getParent(), backup.getFileName().toString(), ownerOnly);
        try {
            Files.copy(current, temp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (ownerOnly) {
                restrict(temp);
            }
            move(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path createTemp(Path folder, String name, boolean ownerOnly) throws IOException {
        String prefix = "." + name + ".";
        if (ownerOnly && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<Set<PosixFilePermission>> attribute = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createTempFile(folder, prefix, ".tmp", attribute);
        }
        return Files.createTempFile(folder, prefix, ".tmp");
    }

    private static void restrict(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    /** Moves {@code from} over {@code to}, atomically where the file system can. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, which is fine. */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Best effort: some platforms (Windows) cannot open a folder; the file itself is flushed.
        }
    }
}
