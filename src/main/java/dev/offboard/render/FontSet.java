package dev.offboard.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts embedded in the letter, read once into memory: Roboto, as bundled with the
 * application. The renderer gets them as bytes, so it never has to open a URI for a font.
 */
final class FontSet {

    /** The family name the letter's CSS asks for. */
    static final String FAMILY = "Roboto";

    private static final String DIR = "/com/formdev/flatlaf/fonts/roboto/";

    /** One face of the family. */
    record Face(String family, int weight, FontStyle style, byte[] data) {
    }

    private final List<Face> faces;

    FontSet(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    /** Roboto regular, medium, bold, italic and bold italic. */
    static FontSet roboto() {
        List<Face> faces = new ArrayList<>();
        faces.add(load("Roboto-Regular.ttf", 400, FontStyle.NORMAL));
        faces.add(load("Roboto-Italic.ttf", 400, FontStyle.ITALIC));
        faces.add(load("Roboto-Medium.ttf", 500, FontStyle.NORMAL));
        faces.add(load("Roboto-Bold.ttf", 700, FontStyle.NORMAL));
        faces.add(load("Roboto-BoldItalic.ttf", 700, FontStyle.ITALIC));
        return new FontSet(faces);
    }

    /** No fonts at all: only for showing that rendering then fails cleanly. */
    static FontSet none() {
        return new FontSet(List.of());
    }

    List<Face> faces() {
        return faces;
    }

    private static Face load(String file, int weight, FontStyle style) {
        try (InputStream in = FontSet.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + DIR + file);
            }
            return new Face(FAMILY, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }
}
