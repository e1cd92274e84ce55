package dev.offboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder's sets: a full disk, a killed run, documents a run does not remake. */
class OutputFolderTest {

    @TempDir
    Path out;

    private static List<OutputFolder.Document> set(String plan, String... names) {
        return Stream.of(names).map(n -> new OutputFolder.Document(n, (plan + " " + n).getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    private Map<String, String> contents() throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                found.put(file.getFileName().toString(), Files.isRegularFile(file) && !file.getFileName().toString()
                        .equals(OutputFolder.MANIFEST) ? Files.readString(file) : "");
            }
        }
        return found;
    }

    @Test
    void aFullDiskPartWayThroughTheNewSetLeavesTheOldSetWholeAndNoLeftovers() throws Exception {
        new OutputFolder(out).replaceSet(set("old", "email.txt", "letter.pdf", "dates.ics"), "a.json", "A", "EN");
        Map<String, String> before = contents();
        byte[] manifest = Files.readAllBytes(out.resolve(OutputFolder.MANIFEST));
        int[] written = {0};
        OutputFolder fullDisk = new OutputFolder(out, (file, content) -> {
            if (++written[0] == 2) {
                Files.write(file, new byte[content.length / 2]);
                throw new IOException("No space left on device");
            }
            Files.write(file, content);
        });

        assertThatThrownBy(() -> fullDisk.replaceSet(set("new", "email.txt", "letter.pdf", "dates.ics"), "b.json",
                "B", "EN")).hasMessageContaining("No space left on device");

        assertThat(contents()).isEqualTo(before);
        assertThat(Files.readAllBytes(out.resolve(OutputFolder.MANIFEST))).isEqualTo(manifest);
    }

    @Test
    void aFullDiskWhenWritingTheManifestLeavesTheOldSetWholeToo() throws Exception {
        new OutputFolder(out).replaceSet(set("old", "email.txt", "letter.pdf"), "a.json", "A", "EN");
        Map<String, String> before = contents();
        OutputFolder fullDisk = new OutputFolder(out, (file, content) -> {
            if (file.getFileName().toString().equals(OutputFolder.MANIFEST)) {
                throw new IOException("No space left on device");
            }
            Files.write(file, content);
        });

        assertThatThrownBy(() -> fullDisk.replaceSet(set("new", "email.txt", "letter.pdf"), "b.json", "B", "EN"))
                .isInstanceOf(IOException.class);

        assertThat(contents()).isEqualTo(before);
    }

    @Test
    void aRunKilledBeforeItsSetWasCompleteIsRemovedAndTheOldSetStays() throws Exception {
        new OutputFolder(out).replaceSet(set("old", "email.txt", "letter.pdf"), "a.json", "A", "EN");
        Map<String, String> before = contents();
        Path killed = Files.createDirectory(out.resolve(OutputFolder.STAGING_PREFIX + "killed"));
        Files.writeString(killed.resolve("email.txt"), "new email.txt");
        Files.writeString(killed.resolve(".email.txt.123.tmp"), "half");

        new OutputFolder(out).settle();

        assertThat(contents()).isEqualTo(before);
    }

    @Test
    void aRunKilledWhileMovingItsCompleteSetInIsFinishedByTheNext() throws Exception {
        new OutputFolder(out).replaceSet(set("old", "email.txt", "letter.pdf"), "a.json", "A", "EN");
        // A run that completed its staging folder, moved one document in, then was killed.
        OutputFolder staged = new OutputFolder(out, (file, content) -> {
            Files.write(file, content);
            if (file.getFileName().toString().equals(OutputFolder.MANIFEST)) {
                Path staging = file.getParent();
                Files.delete(out.resolve(OutputFolder.MANIFEST));
                Files.move(staging.resolve("email.txt"), out.resolve("email.txt"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.copy(staging, out.resolve(OutputFolder.STAGING_PREFIX + "killed"));
                for (String name : List.of("letter.pdf", OutputFolder.MANIFEST)) {
                    Files.copy(staging.resolve(name), out.resolve(OutputFolder.STAGING_PREFIX + "killed").resolve(name));
                }
                throw new IOException("killed");
            }
        });
        assertThatThrownBy(() -> staged.replaceSet(set("new", "email.txt", "letter.pdf"), "b.json", "B", "EN"))
                .hasMessage("killed");
        assertThat(out.resolve(OutputFolder.MANIFEST)).doesNotExist();
        assertThat(Files.readString(out.resolve("email.txt"))).isEqualTo("new email.txt");
        assertThat(Files.readString(out.resolve("letter.pdf"))).isEqualTo("old letter.pdf");

        new OutputFolder(out).settle();

        assertThat(contents()).isEqualTo(Map.of("email.txt", "new email.txt", "letter.pdf", "new letter.pdf",
                OutputFolder.MANIFEST, ""));
        assertThat(Files.readString(out.resolve(OutputFolder.MANIFEST))).contains("\"planSha256\" : \"B\"");
    }

    @Test
    void aRunOfFewerDocumentsKeepsTheOthersOfTheSamePlanAndRemovesThoseOfAnotherPlan() throws Exception {
        new OutputFolder(out).replaceSet(set("A", "email.txt", "letter.pdf"), "a.json", "A", "EN");

        new OutputFolder(out).replaceSet(set("A2", "email.txt"), "a.json", "A", "EN");
        assertThat(contents()).containsEntry("letter.pdf", "A letter.pdf");
        assertThat(Files.readString(out.resolve(OutputFolder.MANIFEST))).contains("letter.pdf");

        OutputFolder.Outcome outcome = new OutputFolder(out).replaceSet(set("B", "email.txt"), "b.json", "B", "EN");
        assertThat(outcome.removed()).containsExactly("letter.pdf");
        assertThat(contents()).isEqualTo(Map.of("email.txt", "B email.txt", OutputFolder.MANIFEST, ""));
    }

    @Test
    void aDocumentTheUserChangedIsNeverRemovedButLeftOutOfTheSet() throws Exception {
        new OutputFolder(out).replaceSet(set("A", "email.txt", "letter.pdf"), "a.json", "A", "EN");
        Files.writeString(out.resolve("letter.pdf"), "my own edits");

        OutputFolder.Outcome outcome = new OutputFolder(out).replaceSet(set("B", "email.txt"), "b.json", "B", "EN");

        assertThat(outcome.leftChanged()).containsExactly("letter.pdf");
        assertThat(Files.readString(out.resolve("letter.pdf"))).isEqualTo("my own edits");
        assertThat(Files.readString(out.resolve(OutputFolder.MANIFEST))).doesNotContain("letter.pdf");
    }

    @Test
    void aStagingFolderOfARunStillGoingIsLeftAlone() throws Exception {
        Path live = Files.createDirectory(out.resolve(OutputFolder.STAGING_PREFIX + "live"));
        try (var channel = java.nio.channels.FileChannel.open(live.resolve(".lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                var lock = channel.lock()) {
            new OutputFolder(out).settle();
            assertThat(live).isDirectory();
        }
        new OutputFolder(out).settle();
        assertThat(live).doesNotExist();
    }
}
