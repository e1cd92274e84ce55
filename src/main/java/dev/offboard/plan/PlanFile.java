package dev.offboard.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * Reads and writes plan files: JSON with a {@code formatVersion}, ISO-8601 dates and money
 * as decimal strings (see docs/plan-format.md).
 *
 * <p>Reading never modifies the file. Every failure is a {@link PlanFileException} whose
 * message names the file and, where known, the field, line and column.
 */
public final class PlanFile {

    /** The format this version of Offboard writes. */
    public static final int FORMAT_VERSION = 3;
    /** Files larger than this are refused before they are read. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    /** The most items accepted in any one list (deliverables, payments, referrals, …). */
    public static final int MAX_LIST_ITEMS = 2_000;
    /** The longest text accepted in any one field, in characters (code points). */
    public static final int MAX_TEXT_LENGTH = PlanLimits.MAX_TEXT_LENGTH;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // Registered after the time module, so its dates and amounts are the ones read.
            .addModule(StrictValues.module())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // A number is a number and true is true: no "2" for 2, 2.5 for 2, or 1 for true.
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
            // Text fields take text only: a number where a name belongs is a mistake worth naming.
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withConfigOverride(BigDecimal.class,
                    o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            // Only record components are the file: derived methods such as isOutstanding() are not.
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .build();

    static {
        MAPPER.addMixIn(Plan.class, PlanMixin.class);
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_TEXT_LENGTH * 4)
                .maxNestingDepth(64)
                .build());
    }

    private PlanFile() {
    }

    /** The file's {@code formatVersion} sits beside the plan's sections; it is read apart. */
    @JsonIgnoreProperties({"formatVersion"})
    private abstract static class PlanMixin {
    }

    /** The plan as the JSON text of a plan file. */
    public static String toJson(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.setAll((ObjectNode) MAPPER.valueToTree(plan));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan always serialises", e);
        }
    }

    /**
     * Saves the plan to {@code file}: the new content is written and flushed beside it, the
     * previous version is kept as {@link #backupOf(Path)}, then the new file replaces the
     * old in one move. The file is readable by its owner only where permissions allow. When
     * {@code file} is a symbolic link, the file it points to is replaced and the link kept.
     *
     * @return the stamp of what was written, to notice later changes by other programs
     */
    public static FileStamp write(Path file, Plan plan) throws PlanFileException {
        try {
            // Through a link, the backup goes beside the real file, where the link's target is.
            Path real = AtomicFile.realPath(file);
            byte[] content = toJson(plan).getBytes(StandardCharsets.UTF_8);
            AtomicFile.writePrivate(real, content, backupOf(real));
            return FileStamp.of(content, Files.getLastModifiedTime(real).toInstant());
        } catch (IOException e) {
            throw new PlanFileException(file, "cannot write the file (" + reason(e) + ").", e);
        }
    }

    /** Where {@link #write} keeps the previous version of {@code file}: {@code plan.json.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Builds the reader of plans now rather than at the first read, for a background thread:
     * Jackson looks at every record of the plan once, which is most of the first read's time.
     * Only a head start: should it fail, the read itself fails the same way and says why.
     */
    public static void prepare() {
        try {
            MAPPER.readerFor(Plan.class);
        } catch (RuntimeException e) {
            // Reported by the read, with the file's name.
        }
    }

    /** Reads the plan file; the file itself is never modified. */
    public static Plan read(Path file) throws PlanFileException {
        byte[] bytes = readBytes(file);
        return parse(file, bytes);
    }

    /** A plan read from its file, with the stamp of the bytes it was read from. */
    public record Opened(Plan plan, FileStamp stamp) {
    }

    /**
     * Reads the plan file as {@link #read} does, and stamps what was read, so a later save can
     * tell whether another program changed the file meanwhile.
     */
    public static Opened open(Path file) throws PlanFileException {
        java.time.Instant modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            modified = java.time.Instant.EPOCH;
        }
        byte[] bytes = readBytes(file);
        return new Opened(parse(file, bytes), FileStamp.of(bytes, modified));
    }

    /** Parses plan-file bytes; {@code file} only names the source in messages. */
    public static Plan parse(Path file, byte[] bytes) throws PlanFileException {
        checkUtf8(file, bytes);
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new PlanFileException(file, "the file is empty. Choose a plan file saved by Offboard.", null);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw translate(file, e);
        }
        if (root == null || !root.isObject()) {
            throw new PlanFileException(file, "", 1, 1,
                    "this is not a plan: a plan file is a JSON object that starts with '{'.", null);
        }
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            throw new PlanFileException(file, "formatVersion", -1, -1,
                    "the field is missing, so this is not a plan file saved by Offboard.", null);
        }
        if (!version.isNumber() || !version.canConvertToExactIntegral()
                || version.bigIntegerValue().signum() <= 0) {
            throw new PlanFileException(file, "formatVersion", -1, -1,
                    "expected a whole number such as " + FORMAT_VERSION + ", found " + quoted(version.toString()) + ".",
                    null);
        }
        if (version.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(FORMAT_VERSION)) > 0) {
            throw new PlanFileException(file, "formatVersion", -1, -1,
                    "this plan was saved by a newer Offboard (format " + quoted(version.bigIntegerValue().toString())
                            + "; this version reads up to " + FORMAT_VERSION
                            + "). Update Offboard to open it; the file was left as it is.", null);
        }
        if (version.asInt() < Migrations.oldestReadable()) {
            throw new PlanFileException(file, "formatVersion", -1, -1,
                    "format " + version.asInt() + " is too old for this version of Offboard, which reads formats "
                            + Migrations.oldestReadable() + " to " + FORMAT_VERSION + ".", null);
        }
        try {
            Plan plan;
            if (version.asInt() == FORMAT_VERSION) {
                plan = MAPPER.readValue(bytes, Plan.class);
            } else {
                // Read the text as it is first, so that a mistake in it is named with its line
                // and column (the migrated tree has none); fields added since read as empty.
                MAPPER.readerFor(Plan.class).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                        .readValue(bytes);
                plan = MAPPER.treeToValue(Migrations.migrate((ObjectNode) root, version.asInt()), Plan.class);
            }
            checkValues(file, plan);
            return plan;
        } catch (IOException e) {
            throw translate(file, e);
        }
    }

    /**
     * Refuses bytes that are not strict UTF-8: overlong forms, surrogates written as
     * three-byte sequences (CESU-8), stray continuation bytes. Jackson alone lets some pass.
     */
    private static void checkUtf8(Path file, byte[] bytes) throws PlanFileException {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int at = in.position();
                int line = 1;
                for (int i = 0; i < at; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                    }
                }
                throw new PlanFileException(file, "", line, -1, "the file is not valid UTF-8 text (byte "
                        + String.format(java.util.Locale.ROOT, "%,d", at + 1) + " starts a malformed sequence). "
                        + "Save it again as UTF-8.", null);
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private static byte[] readBytes(Path file) throws PlanFileException {
        if (Files.isDirectory(file)) {
            throw new PlanFileException(file, "this is a folder, not a plan file. Choose a .json plan file.", null);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A pipe or a device would block the read, or never end.
            throw new PlanFileException(file, "this is not a regular file (it may be a pipe or a device). "
                    + "Choose a .json plan file.", null);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PlanFileException(file, "the file is " + String.format(java.util.Locale.ROOT, "%,d", size)
                        + " bytes; plan files are at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_BYTES)
                        + " bytes (4 MiB). Is this the right file?", null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new PlanFileException(file, "there is no such file.", e);
        } catch (AccessDeniedException e) {
            throw new PlanFileException(file, "you are not allowed to read this file.", e);
        } catch (IOException e) {
            throw new PlanFileException(file, "cannot read the file (" + reason(e) + ").", e);
        }
    }

    /**
     * Values JSON can hold but a plan cannot: text past the budgets of a real letter, half
     * characters, over-long lists, negative amounts.
     */
    private static void checkValues(Path file, Plan plan) throws PlanFileException {
        for (Problem problem : PlanLimits.check(plan)) {
            if (problem.code().startsWith("limit.text.") || problem.code().startsWith("limit.plan.")) {
                throw new PlanFileException(file, problem.field(), -1, -1,
                        lowerFirst(problem.message(java.util.Locale.ENGLISH)), null);
            }
        }
        for (PlanText.ListSize list : PlanText.lists(plan)) {
            if (list.size() > MAX_LIST_ITEMS) {
                throw new PlanFileException(file, list.path(), -1, -1, "the list holds " + list.size()
                        + " items; a plan holds at most " + MAX_LIST_ITEMS + " in one list.", null);
            }
        }
        for (int i = 0; i < plan.payments().size(); i++) {
            BigDecimal amount = plan.payments().get(i).amount();
            if (amount != null && amount.signum() < 0) {
                throw new PlanFileException(file, "payments[" + i + "].amount", -1, -1,
                        "the amount " + amount.toPlainString() + " is negative; amounts owed are zero or more.", null);
            }
        }
        BigDecimal share = plan.client().revenueSharePercent();
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new PlanFileException(file, "client.revenueSharePercent", -1, -1,
                    "the share " + share.toPlainString() + " is not between 0 and 100.", null);
        }
    }

    private static String lowerFirst(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static PlanFileException translate(Path file, IOException e) {
        int line = -1;
        int column = -1;
        JsonLocation location = e instanceof JsonProcessingException jpe ? jpe.getLocation() : null;
        if (location != null) {
            line = location.getLineNr();
            column = location.getColumnNr();
        }
        String field = e instanceof JsonMappingException jme ? path(jme) : "";
        String problem;
        if (e instanceof JsonEOFException) {
            problem = "the file ends too early; it may have been cut short. Restore a backup or save it again.";
        } else if (e instanceof StreamConstraintsException) {
            problem = "the file holds a value too large to be a plan (" + firstSentence(originalMessage(e)) + ").";
        } else if (e instanceof JsonParseException && originalMessage(e).startsWith("Duplicate Object property")
                || e instanceof JsonParseException && originalMessage(e).startsWith("Duplicate field")) {
            String name = originalMessage(e).replaceFirst("^[^\"']*[\"']", "").replaceFirst("[\"'].*$", "");
            problem = "the field '" + quoted(name) + "' is given twice in one object; keep one of them.";
        } else if (e instanceof JsonParseException || e instanceof InputCoercionException) {
            problem = "this is not valid JSON (" + firstSentence(originalMessage(e)) + ").";
        } else if (e instanceof UnrecognizedPropertyException upe) {
            problem = "unknown field '" + quoted(upe.getPropertyName()) + "'. Check its spelling against docs/plan-format.md.";
        } else if (e instanceof InvalidFormatException ife) {
            problem = describeBadValue(ife);
        } else if (e instanceof ValueInstantiationException vie) {
            problem = describeInvalid(vie.getCause() != null ? vie.getCause() : vie);
        } else if (e instanceof MismatchedInputException mie) {
            problem = "expected " + expected(mie.getTargetType()) + " here.";
        } else if (e instanceof JsonMappingException jme && jme.getCause() != null) {
            problem = describeInvalid(jme.getCause());
        } else {
            problem = "cannot read the plan (" + firstSentence(originalMessage(e)) + ").";
        }
        return new PlanFileException(file, field, line, column, problem, e);
    }

    private static String originalMessage(IOException e) {
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : String.valueOf(e.getMessage());
    }

    private static String describeBadValue(InvalidFormatException e) {
        Class<?> type = e.getTargetType();
        String value = quoted(String.valueOf(e.getValue()));
        if (type != null && type.isEnum()) {
            String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return "'" + value + "' is not one of " + allowed + ".";
        }
        if (type != null && java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            String raw = String.valueOf(e.getValue());
            if (StrictValues.isIsoDate(raw)) {
                try {
                    java.time.LocalDate.parse(raw);
                    return "'" + value + "' is outside the dates Offboard accepts, " + PlanLimits.FIRST_DATE + " to "
                            + PlanLimits.LAST_DATE + ".";
                } catch (DateTimeParseException notReal) {
                    return "'" + value + "' is not a real date; write dates as YYYY-MM-DD, for example 2026-03-31.";
                }
            }
            return "'" + value + "' is not a date; write dates as YYYY-MM-DD, for example 2026-03-31.";
        }
        if (type == BigDecimal.class) {
            return "'" + value + "' is not an amount; write it in plain digits with at most "
                    + PlanLimits.MAX_INTEGER_DIGITS + " digits before the point and " + StrictValues.MAX_FRACTION_DIGITS
                    + " after, for example \"1250.00\".";
        }
        if (type == java.util.Currency.class) {
            return "'" + value + "' is not a currency code; use three letters such as EUR, USD or CAD.";
        }
        return "'" + value + "' is not " + expected(type) + ".";
    }

    private static String describeInvalid(Throwable cause) {
        if (cause instanceof DateTimeParseException dtpe) {
            return "'" + quoted(dtpe.getParsedString()) + "' is not a real date; write dates as YYYY-MM-DD, for example 2026-03-31.";
        }
        if (cause instanceof DateTimeException) {
            return "not a real date (" + firstSentence(cause.getMessage()) + ").";
        }
        if (cause instanceof IllegalArgumentException) {
            return firstSentence(cause.getMessage()) + ".";
        }
        return "invalid value (" + firstSentence(cause.getMessage()) + ").";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "an amount in plain digits in quotes, such as \"1250.00\"";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date in quotes, as YYYY-MM-DD";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list in square brackets";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "an object in curly braces";
    }

    /** The plan path of the failing field, as in the plan file: {@code payments[2].amount}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(quoted(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A value as it may appear in a one-line message: control characters shown, long text cut. */
    static String quoted(String value) {
        return quoted(value, 60);
    }

    private static String quoted(String value, int limit) {
        StringBuilder text = new StringBuilder();
        value.codePoints().limit(limit).forEach(c -> {
            if (Character.isISOControl(c)) {
                text.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : String.format("\\u%04x", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > limit ? text + "…" : text.toString();
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "no details";
        }
        String line = quoted(message.lines().findFirst().orElse("").strip(), 200);
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
