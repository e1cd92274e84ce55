package dev.offboard.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed icons are what {@link IconFiles} makes from the SVG, and each is a file its
 * system can read: the PNG's size, the ICO's directory and the ICNS's elements, each image
 * decoded back at the size it claims.
 */
class IconFilesTest {

    private static final Path ICONS = Path.of("src/packaging/icons");

    @Test
    void theLinuxIconIsA512PixelPngWithTransparentCorners() throws IOException {
        BufferedImage png = ImageIO.read(ICONS.resolve("offboard.png").toFile());
        assertThat(png.getWidth()).isEqualTo(512);
        assertThat(png.getHeight()).isEqualTo(512);
        assertThat(png.getRGB(2, 2) >>> 24).as("corner alpha").isZero();
        assertThat(png.getRGB(256, 470) >>> 24).as("tile alpha").isEqualTo(255);
    }

    @Test
    void theIcoListsEverySizeAndEachEntryIsAPngOfThatSize() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("offboard.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = ico.get(entry) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(ico.array(), offset, length));
            assertThat(image.getWidth()).isEqualTo(width);
            sizes.add(width);
        }
        assertThat(sizes).isEqualTo(IconFiles.ICO_SIZES);
    }

    @Test
    void theIcnsHoldsEachRetinaSizeAsAPng() throws IOException {
        byte[] bytes = Files.readAllBytes(ICONS.resolve("offboard.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes);
        assertThat(new String(bytes, 0, 4, "US-ASCII")).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("total length").isEqualTo(bytes.length);
        List<String> types = new ArrayList<>();
        for (int at = 8; at < bytes.length; at += icns.getInt(at + 4)) {
            String type = new String(bytes, at, 4, "US-ASCII");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes, at + 8, icns.getInt(at + 4) - 8));
            assertThat(image.getWidth()).as(type).isEqualTo(IconFiles.ICNS_SIZES.get(IconFiles.ICNS_TYPES.indexOf(type)));
            types.add(type);
        }
        assertThat(types).isEqualTo(IconFiles.ICNS_TYPES);
    }

    @Test
    void theCommittedIconsAreTheOnesTheSvgMakes(@TempDir Path dir) throws Exception {
        Files.copy(ICONS.resolve("offboard.svg"), dir.resolve("offboard.svg"));
        // In a headless JVM of its own: drawing into an image needs no display, but this one is
        // started with java.awt.headless=false for the window tests.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), IconFiles.class.getName(),
                dir.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        for (String file : List.of("offboard.png", "offboard.ico", "offboard.icns")) {
            assertThat(Arrays.equals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(ICONS.resolve(file))))
                    .as(file + " is out of date: run IconFiles (see its comment)").isTrue();
        }
    }
}
