package dev.offboard.ui.shell;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints the letter through the system's print dialog: the very PDF that Export writes, page
 * by page at its own paper size (PDFBox's {@link PDFPageable}), so paper and screen agree. The
 * dialog is shown on the event thread; the pages are spooled off it.
 */
final class LetterPrint {

    private LetterPrint() {
    }

    /** The pages to print from a letter's PDF. */
    static PDFPageable pageable(PDDocument letter) {
        return new PDFPageable(letter);
    }

    /** A letter the user confirmed in the print dialog, ready to be sent to the printer. */
    interface Confirmed {
        /** Sends the pages to the printer; slow, so never on the event thread. */
        void spool() throws PrinterException, IOException;
    }

    /** Asks the user where and how to print; the system's dialog in the app, a fake in tests. */
    interface Printer {
        /** Shows the print dialog (event thread); empty when the user cancels. */
        Optional<Confirmed> ask(byte[] pdf, String jobName) throws IOException;
    }

    /** The system's print dialog and print service. */
    static final Printer SYSTEM = LetterPrint::ask;

    /**
     * Shows the print dialog for the letter; the job it returns spools the pages and then
     * releases the letter.
     */
    static Optional<Confirmed> ask(byte[] pdf, String jobName) throws IOException {
        PDDocument letter = Loader.loadPDF(pdf);
        boolean confirmed = false;
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(pageable(letter));
            confirmed = job.printDialog();
            if (!confirmed) {
                return Optional.empty();
            }
            return Optional.of(() -> {
                try (letter) {
                    job.print();
                }
            });
        } finally {
            if (!confirmed) {
                letter.close();
            }
        }
    }
}
