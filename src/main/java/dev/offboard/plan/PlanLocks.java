package dev.offboard.plan;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Which plan files are open in an Offboard window, so a second window can say so instead of
 * letting two windows overwrite each other's work. Each open plan holds a lock
 * ({@link FileChannel#tryLock()}) on a file in the user's data folder named after the plan's
 * real path; the operating system releases it when the process ends, however it ends, so a
 * crash never leaves a plan that cannot be opened. Nothing is written beside the plan itself.
 */
public final class PlanLocks {

    private final Path folder;

    /** @param folder where the lock files live, e.g. {@code …/offboard/locks} */
    public PlanLocks(Path folder) {
        this.folder = folder;
    }

    /** The lock of one plan file, held until {@link #close()}. */
    public static final class Held implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;
        private final Path plan;

        private Held(FileChannel channel, FileLock lock, Path plan) {
            this.channel = channel;
            this.lock = lock;
            this.plan = plan;
        }

        /** Whether this is the lock of {@code other} (the same real file). */
        public boolean isOf(Path other) {
            try {
                return plan != null && lock.isValid() && plan.equals(AtomicFile.realPath(other).normalize());
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            if (channel == null) {
                return;
            }
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** No lock to hold: where locks are not used, or could not be taken (never another window's). */
    public static final Held NONE = new Held(null, null, null);

    /**
     * Takes the lock of {@code plan}, or returns empty when a window (in this process or
     * another) holds it. When the lock cannot be taken for another reason (a read-only data
     * folder), the plan opens as usual: the lock is a courtesy, never a reason to refuse.
     *
     * @throws IOException never for a held lock; only when the folder cannot be used at all
     */
    public Optional<Held> tryLock(Path plan) throws IOException {
        Path real = AtomicFile.realPath(plan).normalize();
        Files.createDirectories(folder);
        Path lockFile = folder.resolve(FileStamp.sha256(real.toString().getBytes(StandardCharsets.UTF_8)) + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new Held(channel, lock, real));
        } catch (OverlappingFileLockException e) {
            // Held by another window of this very process.
            channel.close();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
