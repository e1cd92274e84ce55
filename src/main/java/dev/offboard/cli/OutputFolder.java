package dev.offboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.offboard.plan.AtomicFile;
import dev.offboard.plan.FileStamp;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The folder {@code render} writes into, so that it never holds documents of two plans as one
 * set. Several files cannot be replaced in one atomic step, so a run goes in two phases:
 *
 * <ol>
 *   <li>Every document is written and flushed into a hidden staging folder inside the output
 *       folder, then a manifest listing each document with its SHA-256 is written there, last:
 *       the staging folder is complete once its manifest is on disk. A full disk or a kill
 *       before that leaves the earlier set untouched, and the staging folder is removed.</li>
 *   <li>The folder's own manifest ({@value #MANIFEST}) is removed, each document is moved into
 *       the folder (a rename, which needs no space), documents of the earlier set this run did
 *       not remake are removed, and the manifest moves in last.</li>
 * </ol>
 *
 * A run killed during the second phase is finished by the next run, before anything else,
 * from its staging folder; a staging folder without a manifest is deleted. So: whenever
 * {@value #MANIFEST} is present, every file it lists holds exactly the bytes it names, from one
 * run of one plan; while it is absent, the folder is between two sets, and the next run settles
 * it.
 */
final class OutputFolder {

    /** The list of the folder's complete set of documents, written last. */
    static final String MANIFEST = "offboard-manifest.json";
    /** Hidden folders of runs in progress (or killed). */
    static final String STAGING_PREFIX = ".offboard-staging-";
    private static final String LOCK = ".lock";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes one document and flushes it to disk; replaced in tests by one that runs out of space. */
    interface Writer {
        void write(Path file, byte[] content) throws IOException;
    }

    /** A document to write, by file name. */
    record Document(String name, byte[] content) {
    }

    /** What a run did beside writing its set: documents it removed or left, by name. */
    record Outcome(List<String> removed, List<String> leftChanged) {
    }

    private final Path folder;
    private final Writer writer;

    OutputFolder(Path folder) {
        this(folder, OutputFolder::writeFlushed);
    }

    OutputFolder(Path folder, Writer writer) {
        this.folder = folder;
        this.writer = writer;
    }

    /**
     * Finishes a set a killed run had completed in its staging folder, and deletes staging
     * folders of runs killed before that; staging folders of runs still going are left alone.
     */
    void settle() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> staged = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, STAGING_PREFIX + "*")) {
            entries.forEach(staged::add);
        }
        // Oldest first, so that the newest complete set is the one left in place.
        staged.sort(Comparator.comparing(OutputFolder::modified));
        for (Path staging : staged) {
            if (!Files.isDirectory(staging)) {
                continue;
            }
            try (FileChannel lock = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = tryLock(lock)) {
                if (held == null) {
                    continue;
                }
                if (Files.isRegularFile(staging.resolve(MANIFEST))) {
                    moveIn(staging);
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            deleteTree(staging);
        }
    }

    /**
     * Replaces the folder's set with {@code documents}, made from the plan whose bytes hash to
     * {@code planSha256} in {@code language}. Documents of the earlier set that this run does
     * not make are kept when they came from the same plan and language and are unchanged, and
     * removed otherwise, unless changed since they were written (then left, and reported).
     */
    Outcome replaceSet(List<Document> documents, String planName, String planSha256, String language)
            throws IOException {
        Files.createDirectories(folder);
        settle();
        Path staging = folder.resolve(STAGING_PREFIX + UUID.randomUUID());
        Files.createDirectory(staging);
        try (FileChannel lock = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = lock.lock()) {
            ObjectNode manifest = JSON.createObjectNode();
            List<String> removed = new ArrayList<>();
            List<String> leftChanged = new ArrayList<>();
            try {
                manifest.put("madeAt", Instant.now().toString());
                manifest.put("plan", planName);
                manifest.put("planSha256", planSha256);
                manifest.put("language", language);
                ArrayNode listed = manifest.putArray("documents");
                for (Document document : documents) {
                    writer.write(staging.resolve(document.name()), document.content());
                    listed.addObject().put("name", document.name()).put("sha256", FileStamp.sha256(document.content()));
                }
                ArrayNode remove = manifest.putArray("remove");
                earlierSet().ifPresent(earlier -> carryOver(earlier, documents, manifest, listed, remove,
                        removed, leftChanged));
                writer.write(staging.resolve(MANIFEST), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                AtomicFile.syncFolder(staging);
            } catch (IOException | RuntimeException e) {
                deleteTree(staging);
                throw e;
            }
            moveIn(staging);
            return new Outcome(removed, leftChanged);
        } finally {
            deleteTree(staging);
        }
    }

    /** Decides, for each document of the earlier set this run does not make, to keep or remove it. */
    private void carryOver(JsonNode earlier, List<Document> documents, ObjectNode manifest, ArrayNode listed,
            ArrayNode remove, List<String> removed, List<String> leftChanged) {
        boolean samePlan = earlier.path("planSha256").asText().equals(manifest.path("planSha256").asText())
                && earlier.path("language").asText().equals(manifest.path("language").asText());
        for (JsonNode entry : earlier.path("documents")) {
            String name = entry.path("name").asText();
            if (name.isEmpty() || documents.stream().anyMatch(d -> d.name().equals(name)) || !safeName(name)) {
                continue;
            }
            Optional<String> now = hash(folder.resolve(name));
            if (now.isEmpty()) {
                continue;
            }
            if (!now.get().equals(entry.path("sha256").asText())) {
                leftChanged.add(name);
            } else if (samePlan) {
                listed.add(entry.deepCopy());
            } else {
                remove.addObject().put("name", name).put("sha256", now.get());
                removed.add(name);
            }
        }
    }

    /** The folder's current manifest, if there is a readable one. */
    private Optional<JsonNode> earlierSet() {
        try {
            return Optional.of(JSON.readTree(Files.readAllBytes(folder.resolve(MANIFEST))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The second phase: from a complete staging folder, moves each document in, removes what the
     * manifest says to remove, then moves the manifest in. Safe to repeat after a kill: a
     * document already moved is no longer in the staging folder.
     */
    private void moveIn(Path staging) throws IOException {
        JsonNode manifest = JSON.readTree(Files.readAllBytes(staging.resolve(MANIFEST)));
        Files.deleteIfExists(folder.resolve(MANIFEST));
        AtomicFile.syncFolder(folder);
        for (JsonNode entry : manifest.path("documents")) {
            String name = entry.path("name").asText();
            Path staged = staging.resolve(name);
            if (safeName(name) && Files.isRegularFile(staged)) {
                AtomicFile.move(staged, folder.resolve(name));
            }
        }
        for (JsonNode entry : manifest.path("remove")) {
            Path earlier = folder.resolve(entry.path("name").asText());
            if (safeName(entry.path("name").asText())
                    && hash(earlier).filter(entry.path("sha256").asText()::equals).isPresent()) {
                Files.deleteIfExists(earlier);
            }
        }
        AtomicFile.syncFolder(folder);
        AtomicFile.move(staging.resolve(MANIFEST), folder.resolve(MANIFEST));
        AtomicFile.syncFolder(folder);
    }

    /** A plain file name, never a path leaving the folder: a manifest is read back from disk. */
    private static boolean safeName(String name) {
        return !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.startsWith(".")
                && !name.equals(MANIFEST);
    }

    private static Optional<String> hash(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(FileStamp.sha256(Files.readAllBytes(file))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by a run in this very process: still going.
            return null;
        }
    }

    private static void writeFlushed(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException e) {
            // Already gone.
        }
    }
}
