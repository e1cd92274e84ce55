package dev.offboard.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user's templates folder as a sandbox: a name a template gives (its own, or a partial's
 * in {@code {{> name}}}) is looked up only inside the folder. An absolute path, a {@code ..}
 * step, a symbolic link that leads out of the folder, or anything but a regular file is
 * refused, so a template shared by someone else cannot copy a plan, a key or any other file
 * into a document.
 */
final class TemplateFolder {

    /** The largest template file read: far above any real template, far below a memory problem. */
    static final long MAX_TEMPLATE_BYTES = 256 * 1024;

    /** A relative name made of plain segments; no drive letters, backslashes or empty segments. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_.\\- ]+(?:/[\\p{L}\\p{N}_.\\- ]+)*");

    /** What looking a name up found. */
    sealed interface Lookup {
    }

    /** A regular file inside the folder, by its real path. */
    record Found(Path file) implements Lookup {
    }

    /** No such file in the folder: the bundled one, if any, is used. */
    record Absent() implements Lookup {
    }

    /** A name that may not be read, and why, in words that finish "… because it …". */
    record Refused(String why) implements Lookup {
    }

    private final Path dir;

    TemplateFolder(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** Whether {@code name} has the shape of a name inside a folder at all (no {@code ..}, not absolute). */
    static boolean isPlainRelative(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Looks {@code name} up inside the folder. */
    Lookup lookUp(String name) {
        if (!isPlainRelative(name)) {
            return new Refused("names a file outside the templates folder");
        }
        Path file;
        try {
            file = dir.resolve(name);
        } catch (InvalidPathException e) {
            return new Refused("is not a file name this system accepts");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Absent();
        }
        Path real;
        Path realDir;
        try {
            realDir = dir.toRealPath();
            real = file.toRealPath();
        } catch (IOException e) {
            // A link to nowhere, or a folder on the way that cannot be read.
            return new Refused("leads to a file that cannot be found");
        }
        if (!real.startsWith(realDir)) {
            return new Refused("names a file outside the templates folder");
        }
        if (!Files.isRegularFile(real)) {
            return new Refused("is not a regular file");
        }
        try {
            if (Files.size(real) > MAX_TEMPLATE_BYTES) {
                return new Refused("is larger than " + MAX_TEMPLATE_BYTES / 1024 + " KiB");
            }
        } catch (IOException e) {
            return new Refused("cannot be read (" + e.getMessage() + ")");
        }
        return new Found(real);
    }

    /** The folder itself, if it is one. */
    static Optional<TemplateFolder> of(Optional<Path> dir) {
        return dir.map(TemplateFolder::new);
    }
}
