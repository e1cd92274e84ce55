package dev.offboard.render;

import dev.offboard.plan.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Comment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The plain text of the documents' editable sections, both ways: a letter's generated passages
 * read back as plain paragraphs for the editor, and a freelancer's plain paragraphs turned into
 * blocks the letter template shows.
 *
 * <p>Plain text here means: paragraphs separated by a blank line, line breaks inside a
 * paragraph kept, and a list as lines starting with "- ". The letter templates mark each
 * section's generated passage with two comments, {@code <!-- section notice -->} and
 * {@code <!-- /section notice -->}, which the PDF ignores.
 */
public final class Wording {

    /** The longest change named word for word in a stale warning, in words on either side. */
    private static final int MAX_NAMED_WORDS = 8;
    /** The most passages a stale warning quotes. */
    private static final int MAX_NAMED_PASSAGES = 3;
    /** Texts longer than this (words times words) are not compared word for word. */
    private static final long MAX_COMPARED_CELLS = 1_000_000;

    private Wording() {
    }

    /**
     * One block of edited text in the letter: a paragraph (its lines kept) or a list.
     *
     * @param list whether this is a list; then {@code items} holds it, else {@code text}
     * @param text the paragraph, its lines separated by {@code \n}; empty for a list
     * @param items the list's items; empty for a paragraph
     * @param introducesList whether this paragraph comes right before a list ("Returned to
     *     you:"), so the letter keeps it with the list's first item rather than end a page on it
     */
    public record Block(boolean list, String text, List<String> items, boolean introducesList) {

        /** A paragraph or a list that introduces nothing. */
        public Block(boolean list, String text, List<String> items) {
            this(list, text, items, false);
        }

        /** Whether this is a paragraph, for templates: {@code {{#paragraph}}…{{/paragraph}}}. */
        public boolean paragraph() {
            return !list;
        }
    }

    /** The name of {@code section} in templates and in the letter's markers: {@code notice}, {@code emailBody}. */
    public static String key(Section section) {
        String[] words = section.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }

    /**
     * The blocks of {@code plain}: paragraphs split at blank lines; within one, a run of lines
     * starting with "- ", "• " or "* " is a list, other lines a paragraph.
     */
    public static List<Block> blocks(String plain) {
        List<Block> blocks = new ArrayList<>();
        for (String chunk : plain.strip().split("\\n\\s*\\n")) {
            List<String> prose = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (String raw : chunk.split("\\n")) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                Optional<String> item = item(line);
                if (item.isPresent()) {
                    flushProse(prose, blocks);
                    items.add(item.get());
                } else {
                    flushItems(items, blocks);
                    prose.add(line);
                }
            }
            flushProse(prose, blocks);
            flushItems(items, blocks);
        }
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.paragraph() && blocks.get(i + 1).list()) {
                blocks.set(i, new Block(false, block.text(), block.items(), true));
            }
        }
        return List.copyOf(blocks);
    }

    private static Optional<String> item(String line) {
        if (line.length() > 2 && (line.startsWith("- ") || line.startsWith("• ") || line.startsWith("* "))) {
            String text = line.substring(2).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        return Optional.empty();
    }

    private static void flushProse(List<String> prose, List<Block> blocks) {
        if (!prose.isEmpty()) {
            blocks.add(new Block(false, String.join("\n", prose), List.of()));
            prose.clear();
        }
    }

    private static void flushItems(List<String> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Block(true, "", List.copyOf(items)));
            items.clear();
        }
    }

    /**
     * The plain text of every section the letter {@code letter} marks, by section; a section
     * the letter does not hold (no payments, say) is absent.
     */
    static Map<Section, String> sections(org.w3c.dom.Document letter) {
        Map<Section, List<String>> paragraphs = new EnumMap<>(Section.class);
        collect(letter.getDocumentElement(), new Section[1], paragraphs);
        Map<Section, String> texts = new EnumMap<>(Section.class);
        paragraphs.forEach((section, list) -> texts.put(section, String.join("\n\n", list)));
        return texts;
    }

    private static void collect(Node node, Section[] current, Map<Section, List<String>> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Comment comment) {
                marker(comment.getData()).ifPresent(m -> {
                    current[0] = m.start() ? m.section() : null;
                    if (m.start()) {
                        out.putIfAbsent(m.section(), new ArrayList<>());
                    }
                });
            } else if (child instanceof Element element && current[0] != null) {
                String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
                List<String> list = out.get(current[0]);
                switch (name) {
                    case "ul", "ol" -> {
                        List<String> items = new ArrayList<>();
                        for (Node li = element.getFirstChild(); li != null; li = li.getNextSibling()) {
                            if (li instanceof Element item) {
                                items.add("- " + lines(item, false).replace("\n", " "));
                            }
                        }
                        if (!items.isEmpty()) {
                            list.add(String.join("\n", items));
                        }
                    }
                    case "p", "h2", "h3" -> {
                        String text = lines(element, element.getAttribute("class").contains("text"));
                        if (!text.isEmpty()) {
                            list.add(text);
                        }
                    }
                    default -> collect(element, current, out);
                }
            } else if (child instanceof Element element) {
                collect(element, current, out);
            }
        }
    }

    private record Marker(Section section, boolean start) {
    }

    private static Optional<Marker> marker(String data) {
        String text = data.strip();
        boolean end = text.startsWith("/section ");
        if (!end && !text.startsWith("section ")) {
            return Optional.empty();
        }
        String key = text.substring(end ? 9 : 8).strip();
        for (Section section : Section.values()) {
            if (key(section).equals(key)) {
                return Optional.of(new Marker(section, !end));
            }
        }
        return Optional.empty();
    }

    /**
     * The text of a block element: {@code span.line} children on lines of their own; typed
     * line breaks kept in a {@code p.text} (the letter shows them), other white space as one space.
     */
    private static String lines(Element element, boolean keepBreaks) {
        StringBuilder out = new StringBuilder();
        append(element, keepBreaks, out);
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String tidy = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (!tidy.isEmpty()) {
                lines.add(tidy);
            }
        }
        return String.join("\n", lines);
    }

    private static void append(Node node, boolean keepBreaks, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue();
                out.append(keepBreaks ? text : text.replace('\n', ' '));
            } else if (child instanceof Element element) {
                boolean line = element.getAttribute("class").contains("line")
                        || "br".equals(element.getLocalName());
                if (line) {
                    out.append('\n');
                }
                append(element, keepBreaks, out);
                if (line) {
                    out.append('\n');
                }
            }
        }
    }

    /**
     * Text as the reader sees it: runs of spaces as one, no space at line ends, paragraphs
     * separated by exactly one blank line, none at either end. Generated and edited texts are
     * compared in this form.
     */
    public static String normal(String text) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : text.split("\n")) {
            String tidy = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (tidy.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank ? "\n\n" : "\n");
            }
            out.append(tidy);
            blank = false;
        }
        return out.toString();
    }

    /**
     * What changed between two generated texts, word for word: the passages of {@code after}
     * that differ from {@code before}, and the ones they replace, each short passage given a
     * word of context, joined by " … ", without their final punctuation. Empty when the change is too
     * large to name.
     *
     * @return {@code [now, was]}
     */
    static Optional<List<String>> change(String before, String after) {
        String[] was = normal(before).split("\\s+");
        String[] now = normal(after).split("\\s+");
        if ((long) was.length * now.length > MAX_COMPARED_CELLS) {
            return Optional.empty();
        }
        // Longest common subsequence of words, then the runs between common words.
        int[][] common = new int[was.length + 1][now.length + 1];
        for (int i = was.length - 1; i >= 0; i--) {
            for (int j = now.length - 1; j >= 0; j--) {
                common[i][j] = was[i].equals(now[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < was.length || j < now.length) {
            if (i < was.length && j < now.length && was[i].equals(now[j])) {
                i++;
                j++;
                continue;
            }
            int fromWas = i;
            int fromNow = j;
            while ((i < was.length || j < now.length) && !(i < was.length && j < now.length && was[i].equals(now[j]))) {
                if (j >= now.length || i < was.length && common[i + 1][j] >= common[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
            if (Math.max(i - fromWas, j - fromNow) > MAX_NAMED_WORDS || added.size() == MAX_NAMED_PASSAGES) {
                return Optional.empty();
            }
            // Words only added or only taken out read better after their neighbour; a lone word, before its next.
            boolean oneSided = i == fromWas || j == fromNow;
            int before1 = oneSided && fromWas > 0 && fromNow > 0 ? 1 : 0;
            int context = before1 == 0 && Math.max(i - fromWas, j - fromNow) < 2 && i < was.length
                    && j < now.length && !endsSentence(was[i - 1]) && !endsSentence(now[j - 1]) ? 1 : 0;
            removed.add(String.join(" ", Arrays.copyOfRange(was, fromWas - before1, i + context)));
            added.add(String.join(" ", Arrays.copyOfRange(now, fromNow - before1, j + context)));
        }
        if (added.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(trimmed(added), trimmed(removed)));
    }

    /** Passages joined by " … ", without the punctuation that ends each, which the quotes would repeat. */
    private static String trimmed(List<String> passages) {
        return String.join(" … ", passages.stream().map(p -> p.replaceAll("[.,;:]+$", "")).toList());
    }

    private static boolean endsSentence(String word) {
        return word.matches(".*[.,;:!?»”)]$");
    }
}
