package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import dev.offboard.plan.Language;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The letter never loads anything: not from the network, not from files, not from jars. */
class ExternalResourcesTest {

    private final List<String> requested = new CopyOnWriteArrayList<>();

    private void record(String uri, ExternalResourceType type) {
        requested.add(type + " " + uri);
    }

    @Test
    void urlsTypedIntoThePlanStayTextAndAreNeverRequested() throws Exception {
        List<String> hostile = List.of("<img src=\"file:///etc/passwd\"/>", "http://127.0.0.1:9/x.png",
                "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/x.css\"/>", "url(jar:file:/x.jar!/a.png)");
        Documents documents = new Documents(FontSet.roboto(), this::record);

        byte[] pdf = documents.letterPdf(TestPlans.withClientFacingTexts(hostile), Language.EN, TestPlans.TODAY);

        assertThat(requested).isEmpty();
        PdfText text = PdfText.read(pdf);
        for (String item : hostile) {
            assertThat(text.flat()).contains(item);
        }
    }

    @Test
    void resourcesInTheMarkupItselfAreDeniedAndNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String xhtml = """
                    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
                    <link rel="stylesheet" href="%1$s/style.css"/>
                    <style>@import url('%1$s/import.css'); body { font-family: Roboto;
                    background-image: url('%1$s/bg.png'); }</style></head>
                    <body><p>Hello</p><img src="%1$s/img.png"/><img src="file:///etc/passwd"/>
                    <img src="jar:file:/nowhere.jar!/x.png"/></body></html>
                    """.formatted(base);
            LetterPdf letter = new LetterPdf(FontSet.roboto(), this::record);

            byte[] pdf = letter.render(xhtml);

            assertThat(PdfText.read(pdf).flat()).contains("Hello");
            assertThat(requested).isNotEmpty()
                    .anyMatch(r -> r.contains("/style.css"))
                    .anyMatch(r -> r.contains("/img.png"))
                    .anyMatch(r -> r.contains("file:///etc/passwd"))
                    .anyMatch(r -> r.contains("jar:file:"));
            assertThat(nobodyConnected(server)).as("no connection reached the local server").isTrue();
        }
    }

    @Test
    void aDoctypeOrEntityInTheMarkupIsRefused() {
        LetterPdf letter = new LetterPdf(FontSet.roboto(), this::record);
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>&secret;</p></body></html>
                """;

        assertThatThrownBy(() -> letter.render(xxe)).isInstanceOf(RenderException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(requested).isEmpty();
    }

    private static boolean nobodyConnected(ServerSocket server) throws IOException {
        try (var socket = server.accept()) {
            return socket == null;
        } catch (SocketTimeoutException e) {
            return true;
        }
    }
}
