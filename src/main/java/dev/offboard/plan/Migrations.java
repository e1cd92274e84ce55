package dev.offboard.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings a plan file written in an older {@code formatVersion} up to the current one, one
 * version at a time, before it is read. The file on disk is never changed; the next save
 * writes the current format.
 *
 * <p>Step {@code i} turns version {@code i + 1} into version {@code i + 2}. Adding a format means: raise
 * {@link PlanFile#FORMAT_VERSION}, add its step here, and keep a file of the old version
 * under {@code src/test/resources/dev/offboard/plan/formats/}, which the tests load.
 */
final class Migrations {

    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of(Migrations::toVersion2, Migrations::toVersion3);

    private Migrations() {
    }

    /**
     * Format 2 adds the greeting (name, formality, title), the countries' conventions, the
     * agreement's notice terms, the letter's own date, payment details and a support window.
     * A format 1 plan greeted its contact by the full contact name, which read stiffly ("Dear
     * Priya Shah,"): the greeting name becomes its first word, shown and editable in the
     * wizard. Every other new field reads as empty.
     */
    private static ObjectNode toVersion2(ObjectNode root) {
        if (root.get("client") instanceof ObjectNode client && !client.has("greetingName")
                && client.get("contactName") != null && client.get("contactName").isTextual()) {
            String[] words = client.get("contactName").asText().strip().split("\\s+");
            client.put("greetingName", words.length > 0 ? words[0] : "");
        }
        if (root.get("writeUp") instanceof ObjectNode writeUp && !writeUp.has("registeredPost")) {
            writeUp.put("registeredPost", false);
        }
        return root;
    }

    /**
     * Format 3 adds the freelancer's own wording of sections ({@code writeUp.edits}). A format
     * 2 plan had none: every section is generated, as it was.
     */
    private static ObjectNode toVersion3(ObjectNode root) {
        if (root.get("writeUp") instanceof ObjectNode writeUp && !writeUp.has("edits")) {
            writeUp.putArray("edits");
        }
        return root;
    }

    /** The oldest format this version still reads. */
    static int oldestReadable() {
        return PlanFile.FORMAT_VERSION - STEPS.size();
    }

    /** The plan tree in the current format; {@code root} must be a version this app reads. */
    static ObjectNode migrate(ObjectNode root, int fromVersion) {
        ObjectNode tree = root;
        for (int version = fromVersion; version < PlanFile.FORMAT_VERSION; version++) {
            tree = STEPS.get(version - oldestReadable()).apply(tree);
            tree.put("formatVersion", version + 1);
        }
        return tree;
    }
}
