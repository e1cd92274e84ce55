package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Notice;
import dev.offboard.plan.Payment;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No date in the letter breaks across lines, in the due-date columns nor in a paragraph, with
 * the longest month names ("September 30, 2027", « 30 septembre 2027 ») in every region:
 * every glyph of each date, as PDFBox reads the positions back, sits on one baseline.
 */
class DatesNeverWrapTest {

    private static final Documents DOCUMENTS = new Documents();
    private static final LocalDate LONGEST = LocalDate.of(2027, 9, 30);
    private static final LocalDate GIVEN = LocalDate.of(2027, 9, 15);

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "fr-FR", "fr-CA"})
    void everyDateStaysOnOneLine(String region) throws Exception {
        Plan sample = SamplePlan.forRegion(LocalDate.of(2027, 9, 1), region);
        Plan plan = withEveryDateOnTheLongestMonth(sample);
        byte[] pdf = DOCUMENTS.letterPdf(plan, plan.client().language(), GIVEN);
        if (System.getProperty("samples.dir") != null) {
            // For a person to look at: -Dsamples.dir=DIR.
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("samples.dir"), "dates-" + region + ".pdf"), pdf);
        }
        Formats formats = new Formats(DocumentLocale.of(plan.client().language(), plan.client().country()));
        int remaining = (int) plan.deliverables().stream()
                .filter(d -> d.status() != Deliverable.Status.DELIVERED).count();

        List<Glyph> glyphs = Glyph.read(pdf);
        // Due dates in both tables, the delivered list, the last day, the cut-off and the support window.
        List<List<Glyph>> longest = occurrences(glyphs, formats.date(LONGEST));
        assertThat(longest).as("dates of %s found", formats.date(LONGEST))
                .hasSizeGreaterThanOrEqualTo(remaining + plan.payments().size() + 3);
        List<List<Glyph>> given = occurrences(glyphs, formats.date(GIVEN));
        assertThat(given).as("the notice's date and the letter's").hasSizeGreaterThanOrEqualTo(2);
        for (List<List<Glyph>> dates : List.of(longest, given)) {
            for (List<Glyph> date : dates) {
                Glyph first = date.get(0);
                assertThat(date).as("'%s' on page %d", text(date), first.page())
                        .allSatisfy(g -> {
                            assertThat(g.page()).isEqualTo(first.page());
                            assertThat(g.baseline()).isCloseTo(first.baseline(), org.assertj.core.data.Offset.offset(1f));
                        });
            }
        }
        assertThat(PagePlacement.of(pdf).overlaps()).as("text drawn over other text").isEmpty();
    }

    /** Every date of the plan on 30 September 2027, notice given on the 15th; long names in the tables. */
    private static Plan withEveryDateOnTheLongestMonth(Plan sample) {
        List<Deliverable> deliverables = new ArrayList<>();
        for (Deliverable d : sample.deliverables()) {
            deliverables.add(new Deliverable(d.name() + " and its companion pieces", d.description(), LONGEST,
                    d.status()));
        }
        List<Payment> payments = sample.payments().stream()
                .map(p -> new Payment(p.invoiceRef() + "-2027-LONG", new BigDecimal("123456.78"), p.currency(),
                        LONGEST, p.status() == Payment.Status.PAID ? Payment.Status.OVERDUE : p.status()))
                .toList();
        Notice notice = new Notice(GIVEN, Notice.NoticeKind.MILESTONE, 0, null, null, "the autumn launch", LONGEST)
                .withNewRequestsCutoff(LONGEST);
        return sample.withNotice(notice).withDeliverables(deliverables).withPayments(payments)
                .withOptions(sample.options().withSupportUntil(LONGEST))
                .withWriteUp(sample.writeUp().withLetterDate(GIVEN));
    }

    /** The glyphs of each place {@code date} is drawn, matched without white space. */
    private static List<List<Glyph>> occurrences(List<Glyph> glyphs, String date) {
        String wanted = date.replaceAll("[\\s\\u00A0\\u202F]", "");
        StringBuilder all = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            String unicode = glyphs.get(i).text();
            all.append(unicode);
            for (int k = 0; k < unicode.length(); k++) {
                owner.add(i);
            }
        }
        List<List<Glyph>> found = new ArrayList<>();
        for (int at = all.indexOf(wanted); at >= 0; at = all.indexOf(wanted, at + wanted.length())) {
            found.add(glyphs.subList(owner.get(at), owner.get(at + wanted.length() - 1) + 1));
        }
        return found;
    }

    private static String text(List<Glyph> glyphs) {
        StringBuilder s = new StringBuilder();
        glyphs.forEach(g -> s.append(g.text()));
        return s.toString();
    }

    /** A drawn character other than white space, in drawing order. */
    private record Glyph(String text, int page, float baseline) {

        static List<Glyph> read(byte[] pdf) throws IOException {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        String unicode = p.getUnicode().replaceAll("[\\s\\u00A0\\u202F]", "");
                        if (!unicode.isEmpty()) {
                            glyphs.add(new Glyph(unicode, getCurrentPageNo(), p.getYDirAdj()));
                        }
                    }
                }
            };
            try (PDDocument document = Loader.loadPDF(pdf)) {
                stripper.writeText(document, new StringWriter());
            }
            return glyphs;
        }
    }
}
