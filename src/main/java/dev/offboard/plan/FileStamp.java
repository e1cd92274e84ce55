package dev.offboard.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file held when it was read or written: its modification time, size and a SHA-256 of
 * its bytes. Comparing a file's stamp now with the one taken at open or at the last save tells
 * whether another program changed it in between. Content decides: a file only touched, or
 * rewritten with the same bytes, has not changed; the time says when it did.
 */
public record FileStamp(Instant modified, long size, String sha256) {

    /** The stamp of {@code content}, as read from or written to a file modified at {@code modified}. */
    public static FileStamp of(byte[] content, Instant modified) {
        return new FileStamp(modified, content.length, sha256(content));
    }

    /**
     * The file's stamp now, or empty when there is no such file. Plan files are small (at most
     * {@link PlanFile#MAX_BYTES}), so reading them whole is cheap; a larger file is refused.
     */
    public static Optional<FileStamp> read(Path file) throws IOException {
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            if (Files.size(file) > PlanFile.MAX_BYTES) {
                return Optional.of(new FileStamp(modified, Files.size(file), ""));
            }
            return Optional.of(of(Files.readAllBytes(file), modified));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Whether both stamps are of the same bytes, whenever they were written. */
    public boolean sameContent(FileStamp other) {
        return size == other.size && sha256.equals(other.sha256);
    }

    /** The SHA-256 of {@code content}, in lower-case hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
