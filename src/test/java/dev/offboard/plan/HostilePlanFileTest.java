package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plan files made to hurt: numbers in exponent notation, amounts finer than their currency,
 * dates out of range or in the wrong shape, lenient coercions, duplicate keys, broken UTF-8,
 * text past the budgets of a real letter, and files that are not files. Each is refused
 * quickly with one line naming the file, the field and, where it is known, the line.
 */
class HostilePlanFileTest {

    @TempDir
    Path dir;

    private static final String SAMPLE = PlanFile.toJson(SamplePlan.create(LocalDate.of(2026, 3, 4)));

    private static String amount(String value) {
        return SAMPLE.replace("\"1450.00\"", value);
    }

    private static String givenOn(String value) {
        return SAMPLE.replace("\"givenOn\" : \"2026-03-10\"", "\"givenOn\" : " + value);
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                // Numbers: plain notation only, bounded (finding 2).
                Arguments.of("exponent", amount("\"1e3\""), "payments[0].amount", true, "plain digits"),
                Arguments.of("huge exponent", amount("\"1e999999999\""), "payments[0].amount", true, "plain digits"),
                Arguments.of("tiny exponent", amount("\"1e-999999999\""), "payments[0].amount", true, "plain digits"),
                Arguments.of("exponent as a JSON number", amount("1e999999999"), "payments[0].amount", true,
                        "plain digits"),
                Arguments.of("sixteen integer digits", amount("\"1234567890123456\""), "payments[0].amount", true,
                        "15 digits"),
                Arguments.of("unknown currency", SAMPLE.replaceFirst("\"EUR\"", "\"ZZZ\""), "payments[0].currency", true,
                        "currency code"),
                Arguments.of("share in exponent", SAMPLE.replace("\"revenueSharePercent\" : \"18\"",
                        "\"revenueSharePercent\" : \"1e999999999\""), "client.revenueSharePercent", true, "plain digits"),
                Arguments.of("share as a JSON number", SAMPLE.replace("\"revenueSharePercent\" : \"18\"",
                        "\"revenueSharePercent\" : 18"), "client.revenueSharePercent", true, "in quotes"),
                // Dates: ISO text within 1900..2200 (finding 7).
                Arguments.of("far-future date", givenOn("\"+999999999-12-31\""), "notice.givenOn", true, "YYYY-MM-DD"),
                Arguments.of("date after 2200", givenOn("\"2201-01-01\""), "notice.givenOn", true, "1900"),
                Arguments.of("date before 1900", givenOn("\"1899-12-31\""), "notice.givenOn", true, "2200"),
                Arguments.of("date as a number", givenOn("20261208"), "notice.givenOn", true, "YYYY-MM-DD"),
                Arguments.of("date as an array", givenOn("[2026, 3, 10]"), "notice.givenOn", true, "YYYY-MM-DD"),
                // Lenient coercions.
                Arguments.of("whole number as text", SAMPLE.replace("\"length\" : 2", "\"length\" : \"2\""),
                        "notice.length", true, "whole number"),
                Arguments.of("whole number with a fraction", SAMPLE.replace("\"length\" : 2", "\"length\" : 2.5"),
                        "notice.length", true, "whole number"),
                Arguments.of("whole number in exponent", SAMPLE.replace("\"length\" : 2", "\"length\" : 1e1"),
                        "notice.length", true, "whole number"),
                Arguments.of("true or false as a number", SAMPLE.replace("\"offerInterviewHelp\" : true",
                        "\"offerInterviewHelp\" : 1"), "options.offerInterviewHelp", true, "true or false"),
                Arguments.of("true or false as text", SAMPLE.replace("\"offerInterviewHelp\" : true",
                        "\"offerInterviewHelp\" : \"true\""), "options.offerInterviewHelp", true, "true or false"),
                // Structure.
                Arguments.of("duplicate key", SAMPLE.replace("\"company\" : \"Northwind Books Ltd\"",
                        "\"company\" : \"Northwind Books Ltd\", \"company\" : \"Someone Else\""), "", true,
                        "'company' is given twice"),
                Arguments.of("version beyond int", SAMPLE.replaceFirst("\"formatVersion\" : \\d+", "\"formatVersion\" : 4294967297"),
                        "formatVersion", false, "newer Offboard"),
                Arguments.of("version with a fraction", SAMPLE.replaceFirst("\"formatVersion\" : \\d+", "\"formatVersion\" : 1.5"),
                        "formatVersion", false, "whole number"),
                // Budgets of a real letter (finding 3).
                Arguments.of("too many lines in one field", SAMPLE.replace("\"48 pages, CMYK PDF with bleed\"",
                        "\"" + "a\\n".repeat(10_000) + "\""), "deliverables[0].description", false, "lines"),
                Arguments.of("too much text in all", manyLongDeliverables(), "", false, "characters in all"),
                Arguments.of("too many lines in all", manyLineDeliverables(), "", false, "line breaks in all"));
    }

    /** Every field under its own limit, and far too much for one letter together. */
    private static String manyLongDeliverables() {
        StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"deliverables\": [");
        for (int i = 0; i < 130; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\": \"d").append(i).append("\", \"description\": \"")
                    .append("word ".repeat(3_000)).append("\"}");
        }
        return json.append("]}").toString();
    }

    /** Every field under its own line limit, and a letter of a hundred pages together. */
    private static String manyLineDeliverables() {
        StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"deliverables\": [");
        for (int i = 0; i < 20; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\": \"d").append(i).append("\", \"description\": \"")
                    .append("a\\n".repeat(150)).append("\"}");
        }
        return json.append("]}").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void hostileFileGivesOneLineQuickly(String name, String content, String field, boolean withLine, String says)
            throws IOException {
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);

        // A guard against a return of the minutes-long cases, not a speed target.
        PlanFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> org.junit.jupiter.api.Assertions.assertThrows(PlanFileException.class, () -> PlanFile.read(file)));

        assertThat(e.getMessage()).startsWith(file.toString()).contains(says).doesNotContain("\n")
                .doesNotContain("Exception").doesNotContain("com.fasterxml");
        assertThat(e.field()).isEqualTo(field);
        if (withLine) {
            assertThat(e.line()).isPositive();
        }
    }

    static Stream<Arguments> amountsFinerThanTheirCurrency() {
        return Stream.of(
                Arguments.of("finer than a cent", amount("\"0.005\""), "payments[0].amount",
                        "EUR amounts have at most 2 decimals"),
                Arguments.of("yen with a fraction", SAMPLE.replaceFirst("\"amount\" : \"1450.00\",\\s*\"currency\" : \"EUR\"",
                        "\"amount\" : \"1500.5\", \"currency\" : \"JPY\""), "payments[0].amount",
                        "JPY amounts have no decimals"),
                Arguments.of("dinar with four decimals", SAMPLE.replaceFirst("\"amount\" : \"1450.00\",\\s*\"currency\" : \"EUR\"",
                        "\"amount\" : \"1.2345\", \"currency\" : \"BHD\""), "payments[0].amount",
                        "BHD amounts have at most 3 decimals"));
    }

    /** Amounts finer than their currency's minor unit (ISO 4217) load, and are errors of the plan. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("amountsFinerThanTheirCurrency")
    void anAmountFinerThanItsCurrencyIsAnError(String name, String content, String field, String says)
            throws Exception {
        Path file = dir.resolve("fine.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);

        Plan plan = PlanFile.read(file);

        assertThat(PlanCheck.check(plan)).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message(java.util.Locale.ENGLISH)).contains(says);
        });
    }

    /** The window builds plans without a file: its checks hold the same budgets and ranges. */
    @Test
    void aPlanMadeInTheWindowPastTheBudgetsOrDateRangeHasErrorsNamingTheField() {
        Plan sample = SamplePlan.create(LocalDate.of(2026, 3, 4));
        Deliverable first = sample.deliverables().get(0);
        Plan plan = sample.withDeliverables(java.util.List.of(new Deliverable(first.name(), "line\n".repeat(500),
                first.dueDate(), first.status())))
                .withNotice(Notice.twoWeeks(LocalDate.of(2500, 1, 3)));

        assertThat(PlanCheck.check(plan)).filteredOn(Problem::isError).extracting(Problem::field)
                .contains("deliverables[0].description", "notice.givenOn");
        assertThat(PlanCheck.check(plan)).filteredOn(p -> p.field().equals("deliverables[0].description"))
                .singleElement().satisfies(p -> assertThat(p.message(java.util.Locale.ENGLISH)).contains("lines"));
    }

    @Test
    void amountsWithinTheirCurrencysDecimalsLoad() throws Exception {
        Path file = dir.resolve("fine.json");
        Files.writeString(file, SAMPLE.replaceFirst("\"amount\" : \"1450.00\",\\s*\"currency\" : \"EUR\"",
                "\"amount\" : \"1500\", \"currency\" : \"JPY\"").replace("\"2300.00\"", "\"2300.5\"")
                .replace("\"revenueSharePercent\" : \"18\"", "\"revenueSharePercent\" : \"18.25\""));

        Plan plan = PlanFile.read(file);

        assertThat(plan.payments().get(0).amount()).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(plan.payments().get(1).amount()).isEqualByComparingTo(new BigDecimal("2300.5"));
        assertThat(plan.client().revenueSharePercent()).isEqualByComparingTo(new BigDecimal("18.25"));
    }

    @Test
    void datesAtTheEdgesOfTheRangeLoad() throws Exception {
        Path file = dir.resolve("edges.json");
        Files.writeString(file, givenOn("\"2200-12-31\"").replace("\"2023-03-01\"", "\"1900-01-01\""));

        Plan plan = PlanFile.read(file);

        assertThat(plan.notice().givenOn()).isEqualTo(LocalDate.of(2200, 12, 31));
        assertThat(plan.client().relationshipStart()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void overlongUtf8IsRefused() throws IOException {
        byte[] json = SAMPLE.replace("Priya Shah", "Priya_Shah").getBytes(StandardCharsets.UTF_8);
        byte[] bad = withBytesFor(json, "Priya_Shah".indexOf('_'), new byte[] {(byte) 0xC0, (byte) 0xAF});

        assertThatThrownBy(() -> PlanFile.parse(Path.of("plan.json"), bad)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("UTF-8").hasMessageNotContaining("\n");
    }

    @Test
    void cesuSurrogatesAreRefused() throws IOException {
        byte[] json = SAMPLE.replace("Priya Shah", "Priya_Shah").getBytes(StandardCharsets.UTF_8);
        // U+1F600 written as two three-byte surrogates (CESU-8), not as one four-byte sequence.
        byte[] bad = withBytesFor(json, "Priya_Shah".indexOf('_'), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0xBD,
            (byte) 0xED, (byte) 0xB8, (byte) 0x80});

        assertThatThrownBy(() -> PlanFile.parse(Path.of("plan.json"), bad)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void aLoneSurrogateIsReportedNotDropped() {
        String json = SAMPLE.replace("Priya Shah", "Priya \\ud800Shah");

        assertThatThrownBy(() -> PlanFile.parse(Path.of("plan.json"), json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PlanFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("client.contactName");
                    assertThat(e.getMessage()).contains("U+D800");
                });
    }

    /** {@code json} with the first {@code '_'} at or after {@code hint} replaced by {@code bytes}. */
    private static byte[] withBytesFor(byte[] json, int hint, byte[] bytes) {
        int at = -1;
        for (int i = 0; i < json.length; i++) {
            if (json[i] == '_' && i + 5 < json.length && json[i + 1] == 'S') {
                at = i;
                break;
            }
        }
        byte[] out = new byte[json.length - 1 + bytes.length];
        System.arraycopy(json, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(json, at + 1, out, at + bytes.length, json.length - at - 1);
        return out;
    }

    @Test
    void aFileOneByteOverTheLimitGivesItsExactSize() throws IOException {
        Path file = dir.resolve("big.json");
        Files.write(file, new byte[(int) PlanFile.MAX_BYTES + 1]);

        assertThatThrownBy(() -> PlanFile.read(file)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("4,194,305 bytes; plan files are at most 4,194,304 bytes (4 MiB)");
    }

    @Test
    void textLimitCountsCharactersNotUtf16Units() throws Exception {
        // 15,000 emoji: 30,000 UTF-16 units, 15,000 characters, within the 20,000-character limit.
        Path file = dir.resolve("emoji.json");
        Files.writeString(file, SAMPLE.replace("\"Three rate discussions", "\"" + "😀".repeat(15_000) + " Three rate discussions"));

        assertThat(PlanFile.read(file).assessment().notes()).startsWith("😀");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoIsRefusedBeforeReading() throws Exception {
        Path fifo = dir.resolve("plan.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        PlanFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> org.junit.jupiter.api.Assertions.assertThrows(PlanFileException.class, () -> PlanFile.read(fifo)));

        assertThat(e.getMessage()).startsWith(fifo.toString()).contains("not a regular file");
    }
}
