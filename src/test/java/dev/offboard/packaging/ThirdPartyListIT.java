package dev.offboard.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The licences in the built jar ({@code target/offboard.jar}, after {@code package}): every
 * library whose classes it bundles is named, with its version, in its third-party list, and it
 * carries Offboard's licence and notice. Which library a bundled class comes from is found by
 * looking the class up in the dependency jars on this test's class path, so a library that the
 * list generator missed (or that was copied in some other way) fails this test.
 */
class ThirdPartyListIT {

    private static final Path JAR = Path.of("target/offboard.jar");
    /** A jar in a Maven repository: .../GROUP/PATH/ARTIFACT/VERSION/ARTIFACT-VERSION[-CLASSIFIER].jar */
    private static final Pattern REPOSITORY_JAR = Pattern.compile(
            ".*/repository/(.+)/([^/]+)/([^/]+)/\\2-\\3(-[^/]+)?\\.jar");

    private static String thirdParty;
    private static Set<String> classFiles;

    @BeforeAll
    static void readJar() throws IOException {
        assertThat(JAR).as("the built jar; run `package` first").isRegularFile();
        classFiles = new TreeSet<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            ZipEntry list = jar.getEntry("META-INF/THIRD-PARTY.txt");
            assertThat(list).as("META-INF/THIRD-PARTY.txt in the jar").isNotNull();
            try (InputStream in = jar.getInputStream(list)) {
                thirdParty = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            // One class per package is enough to tell which library the package comes from.
            Collections.list(jar.entries()).stream().map(ZipEntry::getName)
                    .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/"))
                    .filter(name -> !name.startsWith("dev/offboard/"))
                    .forEach(classFiles::add);
        }
    }

    @Test
    void everyLibraryWhoseClassesAreBundledIsListedWithItsVersion() throws IOException {
        TreeMap<String, String> libraries = new TreeMap<>();
        TreeMap<String, String> firstClassOfPackage = new TreeMap<>();
        for (String name : classFiles) {
            firstClassOfPackage.putIfAbsent(name.substring(0, name.lastIndexOf('/') + 1), name);
        }
        for (String classFile : firstClassOfPackage.values()) {
            String library = libraryOf(classFile);
            libraries.putIfAbsent(library, classFile);
        }
        assertThat(libraries).as("libraries found for the bundled classes").hasSizeGreaterThan(10);
        List<String> missing = libraries.keySet().stream().filter(id -> !thirdParty.contains("(" + id + " ")).toList();
        assertThat(missing).as("bundled libraries missing from META-INF/THIRD-PARTY.txt:\n" + thirdParty).isEmpty();
    }

    @Test
    void theListGivesALicenceForEveryLibrary() {
        List<String> entries = thirdParty.lines().filter(line -> line.contains(" - http")).toList();
        assertThat(entries).isNotEmpty().allMatch(line -> line.strip().startsWith("("), "starts with its licence");
        assertThat(thirdParty).contains("(GNU Lesser General Public License (LGPL), version 2.1 or later)"
                + " Openhtmltopdf PDF Rendering");
    }

    @Test
    void offboardsLicenceAndNoticeAreInTheJar() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(read(jar, "META-INF/LICENSE")).isEqualTo(Files.readString(Path.of("LICENSE")));
            String notice = read(jar, "META-INF/NOTICE");
            assertThat(notice).contains(Files.readString(Path.of("NOTICE")).strip())
                    .as("the bundled Apache libraries' notices, merged").contains("Apache PDFBox");
            assertThat(jar.getEntry("META-INF/licences/openhtmltopdf-core-jar/META-INF/LICENSE")).isNotNull();
            assertThat(jar.getEntry("META-INF/licences/jsvg-jar/META-INF/LICENSE")).isNotNull();
        }
    }

    /** groupId:artifactId:version of the dependency jar on the class path that holds this class. */
    private static String libraryOf(String classFile) throws IOException {
        for (URL url : Collections.list(ClassLoader.getSystemClassLoader().getResources(classFile))) {
            String path = url.getPath();
            if (!url.getProtocol().equals("jar") || path.contains("/target/")) {
                continue; // Offboard's own jar or classes
            }
            String jarPath = path.substring("file:".length(), path.indexOf("!/"));
            Matcher m = REPOSITORY_JAR.matcher(jarPath);
            if (m.matches()) {
                return m.group(1).replace('/', '.') + ":" + m.group(2) + ":" + m.group(3);
            }
            return "unknown jar " + jarPath;
        }
        return "no library on the class path holds " + classFile;
    }

    private static String read(JarFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
