package dev.offboard.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The system's fonts, for the characters the bundled Roboto lacks: Arabic, Hebrew, Chinese,
 * Japanese, Korean, emoji and other scripts.
 *
 * <p>Nothing is read until a letter holds such a character; then the font folders are listed
 * once, and font files are opened one by one, best known first ({@link #PREFERRED}), only until
 * every character asked for has a font. What was found, and what no font has, is remembered for
 * the life of the instance, so a later letter with the same characters opens no file.
 *
 * <p>Only TrueType outlines are used (a {@code glyf} table): PDFBox embeds no CFF outlines, so
 * an OpenType/CFF font such as Noto Sans CJK is passed over. Fonts whose licence forbids
 * embedding (restricted {@code fsType}) are passed over too. A face of a TrueType collection
 * ({@code .ttc}) is cut out of it as a font file of its own.
 */
final class FallbackFonts {

    /**
     * File names tried first, in this order: fonts known to draw a script well and to be
     * TrueType. Debian and Ubuntu: fonts-noto-core, fonts-wqy-microhei or -zenhei, fonts-symbola,
     * fonts-dejavu; Windows: Arial, Microsoft YaHei, Malgun Gothic, Segoe UI Symbol and Emoji;
     * macOS: Arial Unicode.
     */
    static final List<String> PREFERRED = List.of(
            "notosansarabic-regular.ttf", "notonaskharabic-regular.ttf",
            "notosanshebrew-regular.ttf",
            "wqy-microhei.ttc", "wqy-zenhei.ttc", "droidsansfallbackfull.ttf", "droidsansfallback.ttf",
            "msyh.ttc", "malgun.ttf", "msgothic.ttc",
            "notoemoji-regular.ttf", "symbola.ttf", "symbola_hint.ttf", "seguisym.ttf", "seguiemj.ttf",
            "notosans-regular.ttf", "dejavusans.ttf", "arial.ttf", "arial unicode.ttf", "freeserif.ttf");

    /** Where a fallback face lives: a file and, in a collection, its index. */
    record Source(Path file, int index) {
        String name() {
            String fileName = file.getFileName().toString();
            String stem = fileName.substring(0, Math.max(0, fileName.lastIndexOf('.')));
            return index < 0 ? stem : stem + "-" + index;
        }
    }

    private final List<Path> folders;
    private List<Path> candidates;
    private final Map<Integer, Optional<Source>> answers = new HashMap<>();
    private final Map<Source, List<FontSet.Face>> faces = new HashMap<>();

    FallbackFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** No fallback at all: every character Roboto lacks stays unprintable. */
    static FallbackFonts none() {
        return new FallbackFonts(List.of());
    }

    /** The font folders of this system (fontconfig's usual folders, Windows', macOS'). */
    static FallbackFonts system() {
        List<Path> folders = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String windows = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows");
            folders.add(Paths.get(windows, "Fonts"));
            Optional.ofNullable(System.getenv("LOCALAPPDATA"))
                    .ifPresent(local -> folders.add(Paths.get(local, "Microsoft", "Windows", "Fonts")));
        } else if (os.contains("mac")) {
            folders.add(Paths.get(home, "Library", "Fonts"));
            folders.add(Paths.get("/Library/Fonts"));
            folders.add(Paths.get("/System/Library/Fonts"));
        } else {
            Optional.ofNullable(System.getenv("XDG_DATA_HOME")).filter(s -> !s.isBlank())
                    .ifPresentOrElse(data -> folders.add(Paths.get(data, "fonts")),
                            () -> folders.add(Paths.get(home, ".local", "share", "fonts")));
            folders.add(Paths.get(home, ".fonts"));
            String dataDirs = Optional.ofNullable(System.getenv("XDG_DATA_DIRS")).filter(s -> !s.isBlank())
                    .orElse("/usr/local/share:/usr/share");
            for (String dir : dataDirs.split(":")) {
                if (!dir.isBlank()) {
                    folders.add(Paths.get(dir, "fonts"));
                }
            }
        }
        return new FallbackFonts(folders.stream().distinct().toList());
    }

    /**
     * For each code point, the font that draws it, opening font files only for code points not
     * asked about before. A code point no font draws maps to empty.
     */
    synchronized Map<Integer, Optional<Source>> resolve(Collection<Integer> codePoints) {
        Set<Integer> open = new LinkedHashSet<>();
        for (Integer c : codePoints) {
            if (!answers.containsKey(c)) {
                open.add(c);
            }
        }
        if (!open.isEmpty()) {
            for (Path file : candidates()) {
                if (open.isEmpty()) {
                    break;
                }
                for (Map.Entry<Source, List<Integer>> found : covered(file, open).entrySet()) {
                    for (Integer c : found.getValue()) {
                        answers.put(c, Optional.of(found.getKey()));
                        open.remove(c);
                    }
                }
            }
            open.forEach(c -> answers.put(c, Optional.empty()));
        }
        Map<Integer, Optional<Source>> result = new LinkedHashMap<>();
        codePoints.forEach(c -> result.put(c, answers.get(c)));
        return result;
    }

    /**
     * The faces to embed for these sources: the regular face as found and, when the same folder
     * has one, its bold sibling ({@code -Regular} → {@code -Bold}), read once and kept.
     */
    synchronized List<FontSet.Face> faces(Collection<Source> sources) {
        List<FontSet.Face> result = new ArrayList<>();
        for (Source source : new LinkedHashSet<>(sources)) {
            result.addAll(faces.computeIfAbsent(source, FallbackFonts::load));
        }
        return result;
    }

    private static List<FontSet.Face> load(Source source) {
        String family = "Fallback " + source.name();
        List<FontSet.Face> loaded = new ArrayList<>();
        loaded.add(new FontSet.Face(family, 400, FontStyle.NORMAL, read(source)));
        String fileName = source.file().getFileName().toString();
        if (source.index() < 0 && fileName.contains("-Regular.")) {
            Path bold = source.file().resolveSibling(fileName.replace("-Regular.", "-Bold."));
            if (Files.isRegularFile(bold) && usable(bold)) {
                loaded.add(new FontSet.Face(family, 700, FontStyle.NORMAL, read(new Source(bold, -1))));
            }
        }
        return loaded;
    }

    private static byte[] read(Source source) {
        try {
            byte[] file = Files.readAllBytes(source.file());
            byte[] font = source.index() < 0 ? file : FontSet.fromCollection(file, source.index());
            return FontSet.withoutTable(font, "GSUB");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + source.file(), e);
        }
    }

    /** Every font file in the folders, the preferred ones first, then regular faces, then by path. */
    private List<Path> candidates() {
        if (candidates == null) {
            List<Path> found = new ArrayList<>();
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(folder, 6)) {
                    files.filter(FallbackFonts::isFontFile).forEach(found::add);
                } catch (IOException | UncheckedIOException e) {
                    // An unreadable folder gives no fonts; the others still do.
                    continue;
                }
            }
            found.sort(Comparator.comparingInt(FallbackFonts::rank).thenComparing(Path::toString));
            candidates = found;
        }
        return candidates;
    }

    private static boolean isFontFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".ttf") || name.endsWith(".ttc")) && Files.isRegularFile(file);
    }

    private static int rank(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int preferred = PREFERRED.indexOf(name);
        if (preferred >= 0) {
            return preferred;
        }
        boolean styled = name.matches(".*(bold|italic|oblique|light|thin|black|medium|semi|extra|condensed|mono).*");
        return PREFERRED.size() + (styled ? 1 : 0);
    }

    /** Which of {@code open} the font file draws, by face; empty for a font that cannot be used. */
    private static Map<Source, List<Integer>> covered(Path file, Set<Integer> open) {
        Map<Source, List<Integer>> result = new LinkedHashMap<>();
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                byte[] data = Files.readAllBytes(file);
                int count = collectionSize(data);
                Set<Integer> left = new LinkedHashSet<>(open);
                for (int i = 0; i < count && !left.isEmpty(); i++) {
                    try (TrueTypeFont font = new TTFParser().parse(
                            new RandomAccessReadBuffer(FontSet.fromCollection(data, i)))) {
                        List<Integer> drawn = drawn(font, left);
                        if (!drawn.isEmpty()) {
                            result.put(new Source(file, i), drawn);
                            drawn.forEach(left::remove);
                        }
                    }
                }
            } else {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    List<Integer> drawn = drawn(font, open);
                    if (!drawn.isEmpty()) {
                        result.put(new Source(file, -1), drawn);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged or unusual font file is passed over, as if it drew nothing.
            return Map.of();
        }
        return result;
    }

    /** The code points this font draws, if it has TrueType outlines and may be embedded. */
    private static List<Integer> drawn(TrueTypeFont font, Set<Integer> open) throws IOException {
        if (!font.getTableMap().containsKey("glyf") || !embeddable(font)) {
            return List.of();
        }
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return List.of();
        }
        List<Integer> drawn = new ArrayList<>();
        for (Integer c : open) {
            if (cmap.getGlyphId(c) != 0) {
                drawn.add(c);
            }
        }
        return drawn;
    }

    private static boolean usable(Path file) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            return font.getTableMap().containsKey("glyf") && embeddable(font);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean embeddable(TrueTypeFont font) throws IOException {
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        return os2 == null || (os2.getFsType() & 0x000F) != 0x0002;
    }

    private static int collectionSize(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        if (in.getInt(0) != 0x74746366) { // 'ttcf'
            throw new IllegalArgumentException("not a TrueType collection");
        }
        return in.getInt(8);
    }
}
