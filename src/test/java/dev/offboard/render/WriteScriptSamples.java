package dev.offboard.render;

import dev.offboard.plan.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Not a test: writes a letter for each script for a person to look at. {@code -Dsamples.dir=DIR} turns it on. */
@EnabledIfSystemProperty(named = "samples.dir", matches = ".+")
class WriteScriptSamples {

    @Test
    void writeALetterInEachScript() throws Exception {
        Path dir = Path.of(System.getProperty("samples.dir"));
        Files.createDirectories(dir);
        Documents documents = new Documents();
        StringBuilder text = new StringBuilder();
        for (ScriptPlans script : ScriptPlans.values()) {
            long start = System.nanoTime();
            byte[] pdf = documents.letterPdf(script.plan(Language.EN), Language.EN, TestPlans.TODAY);
            long ms = (System.nanoTime() - start) / 1_000_000;
            Files.write(dir.resolve("letter-" + script.name().toLowerCase(java.util.Locale.ROOT) + ".pdf"), pdf);
            text.append("== ").append(script).append(' ').append(ms).append(" ms\n")
                    .append(PdfText.read(pdf).text()).append('\n');
        }
        Files.writeString(dir.resolve("text.txt"), text);
    }
}
