package dev.offboard.ui.shell;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints the letter through the system's print dialog: the very PDF that Export writes, page
 * by page at its own paper size (PDFBox's {@link PDFPageable}), so paper and screen agree.
 */
final class LetterPrint {

    private LetterPrint() {
    }

    /** The pages to print from a letter's PDF. */
    static PDFPageable pageable(PDDocument letter) {
        return new PDFPageable(letter);
    }

    /**
     * Shows the print dialog and prints the letter if the user confirms.
     *
     * @return whether it was sent to the printer (false when the user cancelled)
     */
    static boolean print(byte[] pdf, String jobName) throws IOException, PrinterException {
        try (PDDocument letter = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(pageable(letter));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
