package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One Documents instance, shared by several threads, gives each the same documents. */
class ConcurrentRenderingTest {

    @Test
    void oneInstanceRendersTheSameDocumentsFromSeveralThreads() throws Exception {
        Documents documents = new Documents();
        String expectedEmail = documents.email(TestPlans.sample(), Language.FR).toText();
        String expectedLetter = PdfText.read(documents.letterPdf(TestPlans.sample(), Language.EN, TestPlans.TODAY))
                .text();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> new String[] {
                    documents.email(TestPlans.sample(), Language.FR).toText(),
                    PdfText.read(documents.letterPdf(TestPlans.sample(), Language.EN, TestPlans.TODAY)).text()}));
            }
            for (Future<String[]> result : results) {
                assertThat(result.get()[0]).isEqualTo(expectedEmail);
                assertThat(result.get()[1]).isEqualTo(expectedLetter);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
