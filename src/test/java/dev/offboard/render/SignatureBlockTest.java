package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Confirmation;
import dev.offboard.plan.EditedText;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import dev.offboard.plan.Section;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The letter's signature block: the client acknowledges receipt or agrees to the terms, in
 * PDF form fields any reader can fill in (name, date) and an empty signature field, beside the
 * freelancer's own signature line; the letter stays PDF/A-2u and PDF/UA-1.
 */
class SignatureBlockTest {

    private static final Documents DOCUMENTS = new Documents();

    static List<Arguments> choices() {
        List<Arguments> cases = new ArrayList<>();
        for (String region : List.of("en-GB", "en-US", "fr-FR", "fr-CA")) {
            for (Confirmation confirmation : Confirmation.values()) {
                cases.add(Arguments.of(region, confirmation));
            }
        }
        return cases;
    }

    private static Plan sample(String region, Confirmation confirmation) {
        Plan plan = SamplePlan.forRegion(TestPlans.TODAY, region);
        return plan.withWriteUp(plan.writeUp().withConfirmation(confirmation));
    }

    private static byte[] letter(Plan plan) throws Exception {
        return DOCUMENTS.letterPdf(plan, plan.client().language(), TestPlans.TODAY);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("choices")
    void theBlockCarriesEmptyNameAndDateFieldsAndAnUnsignedSignatureFieldOnTheLastPage(String region,
            Confirmation confirmation) throws Exception {
        Plan plan = sample(region, confirmation);
        boolean french = plan.client().language() == Language.FR;
        byte[] bytes = letter(plan);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).as("the sample keeps to two pages").isEqualTo(2);
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            assertThat(form).isNotNull();
            assertThat(form.getNeedAppearances()).isFalse();
            Map<String, PDField> fields = new TreeMap<>();
            form.getFieldTree().forEach(f -> fields.put(f.getFullyQualifiedName(), f));
            assertThat(fields).containsOnlyKeys("clientName", "signedOn", "clientSignature");
            assertThat(fields.get("clientName")).isInstanceOf(PDTextField.class);
            assertThat(fields.get("signedOn")).isInstanceOf(PDTextField.class);
            assertThat(fields.get("clientSignature")).isInstanceOf(PDSignatureField.class);
            assertThat(fields.get("clientName").getValueAsString()).isEmpty();
            assertThat(fields.get("signedOn").getValueAsString()).isEmpty();
            PDSignatureField signature = (PDSignatureField) fields.get("clientSignature");
            assertThat(signature.getSignature()).as("unsigned").isNull();
            assertThat(signature.getCOSObject().containsKey(COSName.V)).isFalse();
            assertThat(fields.get("clientName").getAlternateFieldName())
                    .isEqualTo(french ? "Nom de la personne qui signe" : "Name of the person signing");

            PDPage last = pdf.getPage(pdf.getNumberOfPages() - 1);
            Lines lines = Lines.of(pdf, pdf.getNumberOfPages());
            String heading = heading(plan);
            float headingY = lines.baselineOf(heading);
            Map<String, String> labels = french
                    ? Map.of("clientName", "Nom", "signedOn", "Date", "clientSignature", "Signature")
                    : Map.of("clientName", "Name", "signedOn", "Date", "clientSignature", "Signature");
            for (PDField field : fields.values()) {
                PDAnnotationWidget widget = field.getWidgets().get(0);
                PDRectangle box = widget.getRectangle();
                assertThat(widget.getPage()).as(field.getPartialName()).isEqualTo(last);
                assertThat(last.getAnnotations()).contains(widget);
                assertThat(widget.isPrinted()).isTrue();
                assertThat(widget.getAppearance().getNormalAppearance().isStream()).isTrue();
                // Below the block's heading, within the page, beside its label on the same row.
                float top = last.getMediaBox().getHeight() - box.getUpperRightY();
                assertThat(top).as("%s below the heading", field.getPartialName()).isGreaterThan(headingY);
                assertThat(box.getLowerLeftY()).isPositive();
                assertThat(box.getUpperRightX()).isLessThanOrEqualTo(last.getMediaBox().getWidth());
                TextPosition label = lines.lastStartOfLine(labels.get(field.getPartialName()));
                float labelBaseline = last.getMediaBox().getHeight() - label.getYDirAdj();
                assertThat(labelBaseline).as("%s's label on its row", field.getPartialName())
                        .isBetween(box.getLowerLeftY() - 1, box.getUpperRightY());
                assertThat(box.getLowerLeftX()).isGreaterThan(label.getXDirAdj() + label.getWidthDirAdj());
            }
            assertThat(fields.get("signedOn").getWidgets().get(0).getRectangle().getUpperRightY())
                    .isLessThanOrEqualTo(fields.get("clientName").getWidgets().get(0).getRectangle().getLowerLeftY() + 1);
            assertThat(signature.getWidgets().get(0).getRectangle().getHeight())
                    .isGreaterThan(fields.get("clientName").getWidgets().get(0).getRectangle().getHeight());
            // The freelancer signs too: the sign-off, the line and the name end the letter's text.
            assertThat(lines.text()).contains(plan.freelancer().name(), heading,
                    french ? "dessous" : "below");
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("choices")
    void theLetterWithItsFieldsStaysArchivalAndAccessible(String region, Confirmation confirmation) throws Exception {
        assertThat(Conformance.violations(letter(sample(region, confirmation)))).as("veraPDF violations").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ScriptPlans.class, names = {"ARABIC", "HEBREW", "CHINESE"})
    void aRightToLeftOrCjkLetterAskingForAgreementStaysArchivalAndAccessible(ScriptPlans script) throws Exception {
        for (Language language : Language.values()) {
            Plan plan = script.plan(language);
            plan = plan.withWriteUp(plan.writeUp().withConfirmation(Confirmation.AGREEMENT));
            byte[] pdf = DOCUMENTS.letterPdf(plan, language, TestPlans.TODAY);

            assertThat(Conformance.violations(pdf)).as("%s, %s", script, language).isEmpty();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getDocumentCatalog().getAcroForm().getFields()).hasSize(3);
            }
        }
    }

    @Test
    void everyWidgetIsTaggedAsAFormElementReachableFromTheParentTree() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(letter(sample("en-GB", Confirmation.RECEIPT)))) {
            COSDictionary tree = pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            COSArray numbers = tree.getCOSDictionary(COSName.PARENT_TREE).getCOSArray(COSName.NUMS);
            Map<Integer, COSBase> parents = new TreeMap<>();
            for (int i = 0; i + 1 < numbers.size(); i += 2) {
                parents.put(((COSInteger) numbers.getObject(i)).intValue(), numbers.getObject(i + 1));
            }
            assertThat(tree.getInt(COSName.PARENT_TREE_NEXT_KEY)).isGreaterThan(parents.keySet().stream()
                    .mapToInt(Integer::intValue).max().orElseThrow());
            for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFields()) {
                PDAnnotationWidget widget = field.getWidgets().get(0);
                COSBase parent = parents.get(widget.getStructParent());
                assertThat(parent).as(field.getPartialName()).isInstanceOf(COSDictionary.class);
                COSDictionary element = (COSDictionary) parent;
                assertThat(element.getNameAsString(COSName.S)).isEqualTo("Form");
                COSDictionary reference = (COSDictionary) element.getDictionaryObject(COSName.K);
                assertThat(reference.getNameAsString(COSName.TYPE)).isEqualTo("OBJR");
                assertThat(unwrap(reference.getItem(COSName.OBJ))).isSameAs(widget.getCOSObject());
                // Inside the blank cell of the table it covers, as a screen reader meets it.
                COSDictionary cell = (COSDictionary) element.getDictionaryObject(COSName.P);
                assertThat(cell.getNameAsString(COSName.S)).isEqualTo("TD");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theEmailAsksForWhatTheLetterAsks(Language language) {
        Plan plan = SamplePlan.create(TestPlans.TODAY, language);
        String receipt = DOCUMENTS.email(plan, language).body();
        String agreement = DOCUMENTS.email(plan.withWriteUp(plan.writeUp().withConfirmation(Confirmation.AGREEMENT)),
                language).body();

        if (language == Language.FR) {
            assertThat(receipt).contains("confirmer que vous avez bien reçu").doesNotContain("votre accord");
            assertThat(agreement).contains("confirmer votre accord").doesNotContain("bien reçu ce message");
        } else {
            assertThat(receipt).contains("that you have received").doesNotContain("that you agree");
            assertThat(agreement).contains("confirm that you agree").doesNotContain("you have received");
        }
    }

    /**
     * The closing sentence, the sign-off, the signature and the block move to the last page
     * together; the request to fill in the block may stay at the foot of the page before, so
     * that page is not left half empty.
     */
    @Test
    void aLongLetterKeepsTheClosingTheSignatureAndTheBlockTogetherOnItsLastPage() throws Exception {
        for (Language language : Language.values()) {
            for (Confirmation confirmation : Confirmation.values()) {
                Plan plan = LongContentTest.longPlan();
                plan = plan.withWriteUp(plan.writeUp().withConfirmation(confirmation));
                try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.letterPdf(plan, language, TestPlans.TODAY))) {
                    int lastPage = pdf.getNumberOfPages();
                    assertThat(lastPage).isGreaterThan(2);
                    String text = Lines.of(pdf, lastPage).text();
                    String request = language == Language.FR ? "dessous" : "below";
                    assertThat(text + Lines.of(pdf, lastPage - 1).text()).as("%s, %s", language, confirmation)
                            .contains(request);
                    assertThat(text).as("%s, %s", language, confirmation)
                            .contains(language == Language.FR ? "Merci encore" : "Thank you again")
                            .contains(language == Language.FR ? "Bien cordialement" : "Kind regards");
                    for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFields()) {
                        assertThat(pdf.getPages().indexOf(field.getWidgets().get(0).getPage()))
                                .isEqualTo(lastPage - 1);
                    }
                }
            }
        }
    }

    @Test
    void aTemplateAskingForAnUnknownKindOfFieldOrTheSameNameTwiceIsToldWhatIsWrong() {
        LetterPdf renderer = new LetterPdf(FontSet.roboto(), (uri, type) -> { });
        String page = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title></head><body>"
                + "<table><tr><td>Name</td><td %s></td></tr><tr><td>Date</td><td %s></td></tr></table></body></html>";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer.render(String.format(page,
                "data-field=\"checkbox\"", ""), "en"))
                .isInstanceOf(RenderException.class).hasMessageContaining("data-field=\"checkbox\"")
                .hasMessageContaining("\"text\" or \"signature\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer.render(String.format(page,
                "id=\"who\" data-field=\"text\"", "id=\"who\" data-field=\"text\""), "en"))
                .isInstanceOf(RenderException.class).hasMessageContaining("two form fields named \"who\"");
    }

    @Test
    void aFieldWithoutAnIdIsNamedForItsPlace() throws Exception {
        LetterPdf renderer = new LetterPdf(FontSet.roboto(), (uri, type) -> { });
        byte[] bytes = renderer.render("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title>"
                + "<style>body { font-family: Roboto }</style></head><body><p>Sign here</p><table><tr><td>Name</td><td data-field=\"text\" style=\"width: 50mm; "
                + "height: 8mm\"></td></tr></table></body></html>", "en");

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentCatalog().getAcroForm().getFields()).singleElement()
                    .satisfies(f -> assertThat(f.getPartialName()).isEqualTo("field1"));
        }
    }

    /**
     * With the closing section edited, its last paragraph still moves to the last page with the
     * signature, wherever the page breaks (the opening made longer a line at a time).
     */
    @Test
    void anEditedClosingKeepsItsLastParagraphWithTheSignature() throws Exception {
        for (Language language : Language.values()) {
            String closing = language == Language.FR
                    ? "Merci de signer le formulaire ci-dessous.\n\nAvec toute ma gratitude pour ces années."
                    : "Please sign the form below.\n\nWith all my gratitude for these years.";
            Plan sample = SamplePlan.create(TestPlans.TODAY, language);
            boolean moved = false;
            for (int moreLines = 0; moreLines <= 30; moreLines += 2) {
                String opening = "A line that only moves the rest of the letter down.\n".repeat(moreLines) + "Thank you.";
                Plan plan = sample.withWriteUp(sample.writeUp()
                        .withEdit(new EditedText(Section.CLOSING, closing, "", language))
                        .withEdit(new EditedText(Section.OPENING, opening, "", language)));
                try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.letterPdf(plan, language, TestPlans.TODAY))) {
                    String last = Lines.of(pdf, pdf.getNumberOfPages()).text();
                    assertThat(last).as("%s, %d more lines", language, moreLines)
                            .contains(language == Language.FR ? "Avec toute ma gratitude" : "With all my gratitude")
                            .contains(language == Language.FR ? "Bien cordialement" : "Kind regards");
                    moved |= !last.contains(language == Language.FR ? "Merci de signer" : "Please sign");
                }
            }
            assertThat(moved).as("%s: the break fell between the two paragraphs at least once", language).isTrue();
        }
    }

    /** The block's heading for the plan's choice, as the words files give it. */
    private static String heading(Plan plan) {
        Map<String, String> terms = new Words(DocumentLocale.of(plan.client().language(), plan.client().country()))
                .terms();
        return terms.get(plan.writeUp().confirmation() == Confirmation.AGREEMENT ? "agreementHeading"
                : "receiptHeading");
    }

    private static COSBase unwrap(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    /** One page's lines of text, each with its first glyph's position. */
    private static final class Lines extends PDFTextStripper {
        private final List<List<TextPosition>> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        static Lines of(PDDocument pdf, int page) throws IOException {
            Lines lines = new Lines();
            lines.setSortByPosition(true);
            lines.setStartPage(page);
            lines.setEndPage(page);
            lines.writeText(pdf, new StringWriter());
            return lines;
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            lines.add(positions);
            text.append(string).append('\n');
        }

        String text() {
            return text.toString();
        }

        /** The distance from the page's top to the baseline of the first line holding {@code words}. */
        float baselineOf(String words) {
            for (List<TextPosition> line : lines) {
                if (join(line).contains(words)) {
                    return line.get(0).getYDirAdj();
                }
            }
            throw new AssertionError("no line holds '" + words + "' in:\n" + text);
        }

        /** The first glyph of the last line that starts with {@code words}. */
        TextPosition lastStartOfLine(String words) {
            TextPosition found = null;
            for (List<TextPosition> line : lines) {
                if (join(line).strip().startsWith(words)) {
                    found = line.get(0);
                }
            }
            if (found == null) {
                throw new AssertionError("no line starts with '" + words + "' in:\n" + text);
            }
            return found;
        }

        private static String join(List<TextPosition> line) {
            StringBuilder s = new StringBuilder();
            line.forEach(p -> s.append(p.getUnicode()));
            return s.toString().replace('\u00A0', ' ');
        }
    }
}
