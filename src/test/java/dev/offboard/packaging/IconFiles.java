package dev.offboard.packaging;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Makes the installers' icons from {@code src/packaging/icons/offboard.svg}: the PNG Linux uses,
 * Windows' ICO and macOS's ICNS, each holding PNG images of the sizes that system asks for.
 * The files are committed; run this after changing the SVG:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.offboard.packaging.IconFiles -Dexec.classpathScope=test}
 */
public final class IconFiles {

    /** Sizes in an ICO: the taskbar, title bars and Explorer's views. */
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 256);
    /** ICNS element types and their sizes (ic10 is 512 points at twice the density). */
    static final List<String> ICNS_TYPES = List.of("ic07", "ic08", "ic09", "ic10");
    static final List<Integer> ICNS_SIZES = List.of(128, 256, 512, 1024);

    private IconFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/packaging/icons");
        SVGDocument svg = Objects.requireNonNull(new SVGLoader().load(folder.resolve("offboard.svg").toUri().toURL()),
                "offboard.svg could not be read");
        Files.write(folder.resolve("offboard.png"), png(svg, 512));
        Files.write(folder.resolve("offboard.ico"), ico(svg));
        Files.write(folder.resolve("offboard.icns"), icns(svg));
    }

    static byte[] png(SVGDocument svg, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            svg.render(null, g, new ViewBox(0, 0, size, size));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An ICO whose entries are PNG images (read by Windows Vista and later). */
    static byte[] ico(SVGDocument svg) {
        List<byte[]> images = ICO_SIZES.stream().map(size -> png(svg, size)).toList();
        int offset = 6 + 16 * images.size();
        int length = offset + images.stream().mapToInt(i -> i.length).sum();
        ByteBuffer ico = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES.get(i);
            ico.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
            ico.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            ico.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(ico::put);
        return ico.array();
    }

    /** An ICNS whose elements are PNG images, big-endian as macOS writes them. */
    static byte[] icns(SVGDocument svg) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(body)) {
            for (int i = 0; i < ICNS_TYPES.size(); i++) {
                byte[] image = png(svg, ICNS_SIZES.get(i));
                out.writeBytes(ICNS_TYPES.get(i));
                out.writeInt(8 + image.length);
                out.write(image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream icns = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(icns)) {
            out.writeBytes("icns");
            out.writeInt(8 + body.size());
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return icns.toByteArray();
    }
}
