package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import dev.offboard.render.Documents;
import java.awt.print.PageFormat;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.junit.jupiter.api.Test;

/** What can be checked of printing without a printer: the pages handed to the print service. */
class LetterPrintTest {

    @Test
    void thePrintJobGetsEveryPageOfTheLetterAtItsPaperSize() throws Exception {
        Plan sample = dev.offboard.bench.BenchPlans.withRows(40);
        byte[] pdf = new Documents().letterPdf(sample, sample.client().language(), LocalDate.of(2026, 11, 26));

        try (PDDocument letter = Loader.loadPDF(pdf)) {
            PDFPageable pages = LetterPrint.pageable(letter);

            assertThat(letter.getNumberOfPages()).isGreaterThan(1);
            assertThat(pages.getNumberOfPages()).isEqualTo(letter.getNumberOfPages());
            PageFormat first = pages.getPageFormat(0);
            assertThat(first.getWidth()).isCloseTo(letter.getPage(0).getMediaBox().getWidth(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(first.getHeight()).isCloseTo(letter.getPage(0).getMediaBox().getHeight(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(pages.getPrintable(pages.getNumberOfPages() - 1)).isNotNull();
        }
    }

    @Test
    void aSinglePageLetterPrintsOnePage() throws Exception {
        Plan sample = SamplePlan.create(LocalDate.of(2026, 11, 26));
        byte[] pdf = new Documents().letterPdf(sample, sample.client().language(), LocalDate.of(2026, 11, 26));
        try (PDDocument letter = Loader.loadPDF(pdf)) {
            assertThat(LetterPrint.pageable(letter).getNumberOfPages()).isEqualTo(letter.getNumberOfPages());
        }
    }
}
