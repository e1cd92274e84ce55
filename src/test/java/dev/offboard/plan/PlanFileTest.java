package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanFileTest {

    @TempDir
    Path dir;

    private static String sampleJson() {
        return PlanFile.toJson(SamplePlan.create(LocalDate.of(2026, 3, 4)));
    }

    @Test
    void sampleSurvivesARoundTrip() throws Exception {
        Plan sample = SamplePlan.create(LocalDate.of(2026, 3, 4));
        Path file = dir.resolve("plan.json");

        PlanFile.write(file, sample);

        assertThat(PlanFile.read(file)).isEqualTo(sample);
    }

    @Test
    void fileStartsWithFormatVersionAndKeepsDatesAndMoneyReadable() throws Exception {
        String json = sampleJson();

        assertThat(json).startsWith("{\n  \"formatVersion\" : " + PlanFile.FORMAT_VERSION + ",");
        assertThat(json).contains("\"givenOn\" : \"2026-03-10\"")
                .contains("\"amount\" : \"1450.00\"")
                .contains("\"currency\" : \"EUR\"");
    }

    @Test
    void emptyPlanSurvivesARoundTrip() throws Exception {
        Path file = dir.resolve("empty.json");

        PlanFile.write(file, Plan.empty());

        assertThat(PlanFile.read(file)).isEqualTo(Plan.empty());
    }

    @Test
    void missingSectionsReadAsEmpty() throws Exception {
        Path file = write("minimal.json", "{\"formatVersion\": 1, \"freelancer\": {\"name\": \"Ana\"}}");

        Plan plan = PlanFile.read(file);

        assertThat(plan.freelancer().name()).isEqualTo("Ana");
        assertThat(plan.client()).isEqualTo(Client.empty());
        assertThat(plan.deliverables()).isEmpty();
    }

    static Stream<Arguments> brokenFiles() {
        String sample = sampleJson();
        return Stream.of(
                Arguments.of("not JSON", "this is a letter, not a plan", "", "line 1", "not valid JSON"),
                Arguments.of("truncated", sample.substring(0, sample.length() / 2), "", "line ", "ends too early"),
                Arguments.of("an array", "[1, 2]", "", "line 1", "not a plan"),
                Arguments.of("no version", "{\"freelancer\": {}}", "formatVersion", "", "missing"),
                Arguments.of("newer version", sample.replace("\"formatVersion\" : " + PlanFile.FORMAT_VERSION, "\"formatVersion\" : 7"),
                        "formatVersion", "", "newer Offboard"),
                Arguments.of("text for a number", sample.replace("\"length\" : 2", "\"length\" : \"two\""),
                        "notice.length", "line ", "whole number"),
                Arguments.of("a number for text", sample.replace("\"name\" : \"Camille Martin\"", "\"name\" : 42"),
                        "freelancer.name", "line ", "text"),
                Arguments.of("impossible date", sample.replace("\"givenOn\" : \"2026-03-10\"", "\"givenOn\" : \"2026-02-30\""),
                        "notice.givenOn", "line ", "2026-02-30"),
                Arguments.of("not a date", sample.replace("\"givenOn\" : \"2026-03-10\"", "\"givenOn\" : \"next Tuesday\""),
                        "notice.givenOn", "line ", "YYYY-MM-DD"),
                Arguments.of("negative amount", sample.replace("\"1450.00\"", "\"-1450.00\""),
                        "payments[0].amount", "", "negative"),
                Arguments.of("not an amount", sample.replace("\"1450.00\"", "\"fourteen hundred\""),
                        "payments[0].amount", "line ", "not an amount"),
                Arguments.of("unknown currency", sample.replaceFirst("\"EUR\"", "\"EURO\""),
                        "payments[0].currency", "line ", "currency code"),
                Arguments.of("unknown status", sample.replaceFirst("\"OVERDUE\"", "\"LATE\""),
                        "payments[0].status", "line ", "OUTSTANDING, OVERDUE, PAID"),
                Arguments.of("unknown field", sample.replace("\"company\"", "\"compnay\""),
                        "client.compnay", "line ", "unknown field"),
                Arguments.of("revenue share over 100", sample.replace("\"revenueSharePercent\" : \"18\"",
                        "\"revenueSharePercent\" : \"180\""), "client.revenueSharePercent", "", "between 0 and 100"),
                Arguments.of("over-long text", sample.replace("\"Priya Shah\"", "\"" + "x".repeat(PlanFile.MAX_TEXT_LENGTH + 1) + "\""),
                        "client.contactName", "", "at most"),
                Arguments.of("absurd count", "{\"formatVersion\": 1, \"deliverables\": ["
                        + "{\"name\": \"d\"},".repeat(PlanFile.MAX_LIST_ITEMS) + "{\"name\": \"d\"}]}",
                        "deliverables", "", "at most " + PlanFile.MAX_LIST_ITEMS),
                Arguments.of("empty", "", "", "", "empty"),
                Arguments.of("blank", " \n\t ", "", "", "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileGivesOneClearMessageAndIsLeftUntouched(String name, String content, String field, String where,
            String says) throws IOException {
        Path file = write("broken.json", content);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> PlanFile.read(file))
                .isInstanceOfSatisfying(PlanFileException.class, e -> {
                    assertThat(e.getMessage()).startsWith(file.toString()).contains(where).contains(says);
                    assertThat(e.field()).isEqualTo(field);
                    if (!field.isEmpty()) {
                        assertThat(e.getMessage()).contains("field '" + field + "'");
                    }
                    assertThat(e.getMessage()).doesNotContain("com.fasterxml").doesNotContain("Exception")
                            .doesNotContain("\n");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void typeErrorNamesLineAndColumn() throws IOException {
        Path file = write("typed.json", "{\n  \"formatVersion\": 1,\n  \"notice\": {\n    \"length\": \"two\"\n  }\n}\n");

        assertThatThrownBy(() -> PlanFile.read(file)).isInstanceOfSatisfying(PlanFileException.class, e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isGreaterThan(1);
            assertThat(e.getMessage()).contains("line 4, column ");
        });
    }

    @Test
    void folderIsRefusedWithAMessage() {
        assertThatThrownBy(() -> PlanFile.read(dir)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("folder");
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> PlanFile.read(missing)).isInstanceOf(PlanFileException.class)
                .hasMessage(missing + ": there is no such file.");
    }

    @Test
    void veryLargeFileIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("huge.json");
        try (var channel = Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.position(PlanFile.MAX_BYTES + 10);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'}'}));
        }

        assertThatThrownBy(() -> PlanFile.read(file)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("plan files are at most");
        assertThat(Files.size(file)).isEqualTo(PlanFile.MAX_BYTES + 11);
    }

    @Test
    void writeReplacesAnExistingPlanCompletely() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "x".repeat(100_000));

        PlanFile.write(file, Plan.empty());

        assertThat(PlanFile.read(file)).isEqualTo(Plan.empty());
        assertThat(Files.readString(PlanFile.backupOf(file))).isEqualTo("x".repeat(100_000));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
