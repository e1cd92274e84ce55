package dev.offboard.render;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * PDF form fields over the letter's blank cells, so a client can fill them in any PDF reader,
 * made after the letter is laid out (decision 14).
 *
 * <p>A template marks an element with {@code data-field="text"} or
 * {@code data-field="signature"}; its {@code id} names the field and its {@code data-label}
 * describes it (the field's {@code /TU}, read out by screen readers). The element's box,
 * once laid out, gives the field's page and rectangle. The letter stays PDF/A-2u and PDF/UA-1:
 * <ul>
 *   <li>every widget has a normal appearance stream (empty: the cell's own line shows
 *       through) and the form does not ask readers to make appearances
 *       ({@code NeedAppearances} is never true);</li>
 *   <li>every widget is printable, and sits in the structure tree as a {@code Form} element
 *       holding an object reference to it, placed in the table cell it covers, with its
 *       {@code /StructParent} entry in the parent tree;</li>
 *   <li>the signature field is empty: no value, nothing signed.</li>
 * </ul>
 */
final class FormFields {

    /** The attribute that makes an element a field, and its two values. */
    static final String ATTRIBUTE = "data-field";
    static final String TEXT = "text";
    static final String SIGNATURE = "signature";
    static final String LABEL_ATTRIBUTE = "data-label";

    /** The font a reader uses for what the client types: Helvetica, which every reader has. */
    private static final COSName FONT = COSName.getPDFName("Helv");

    /** A field to make: its name, kind, description and where its box landed. */
    record Spot(String name, String kind, String label, int pageIndex, PDRectangle rectangle) {
    }

    private FormFields() {
    }

    /**
     * The fields the document asks for, checked before layout: each element marked with
     * {@value #ATTRIBUTE} gets an {@code id} if it has none ({@code field1}, …).
     *
     * @throws RenderException for an unknown kind or a name used twice, naming it
     */
    static Map<String, Element> marked(Document document) throws RenderException {
        Map<String, Element> fields = new LinkedHashMap<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("id")) {
                ids.add(element.getAttribute("id"));
            }
        }
        int unnamed = 0;
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (!element.hasAttribute(ATTRIBUTE)) {
                continue;
            }
            String kind = element.getAttribute(ATTRIBUTE).strip().toLowerCase(Locale.ROOT);
            if (!kind.equals(TEXT) && !kind.equals(SIGNATURE)) {
                throw new RenderException("The letter's template marks a " + element.getLocalName() + " as "
                        + ATTRIBUTE + "=\"" + element.getAttribute(ATTRIBUTE) + "\"; a form field is \"" + TEXT
                        + "\" or \"" + SIGNATURE + "\".");
            }
            String name = element.getAttribute("id").strip();
            if (name.isEmpty()) {
                do {
                    name = "field" + ++unnamed;
                } while (ids.contains(name));
                element.setAttribute("id", name);
            }
            if (fields.containsKey(name)) {
                throw new RenderException("The letter's template has two form fields named \"" + name
                        + "\"; give each " + ATTRIBUTE + " element its own id.");
            }
            fields.put(name, element);
        }
        return fields;
    }

    /** Where each marked element landed, in document order; an element with no box is left out. */
    static List<Spot> spots(Map<String, Element> fields, PdfBoxRenderer renderer) {
        if (fields.isEmpty()) {
            return List.of();
        }
        Pattern names = Pattern.compile(fields.keySet().stream().map(Pattern::quote)
                .collect(Collectors.joining("|", "^(?:", ")$")));
        Map<String, PagePosition<Box>> positions = new LinkedHashMap<>();
        for (PagePosition<Box> position : renderer.findPagePositionsByID(names)) {
            positions.put(position.getId(), position);
        }
        List<Spot> spots = new ArrayList<>();
        fields.forEach((name, element) -> {
            PagePosition<Box> at = positions.get(name);
            if (at != null && at.getWidth() > 0 && at.getHeight() > 0) {
                String kind = element.getAttribute(ATTRIBUTE).strip().toLowerCase(Locale.ROOT);
                spots.add(new Spot(name, kind, element.getAttribute(LABEL_ATTRIBUTE).strip(), at.getPageNo(),
                        new PDRectangle(at.getX(), at.getY(), at.getWidth(), at.getHeight())));
            }
        });
        return spots;
    }

    /** Adds the fields to the laid-out letter, in its form and its structure tree. */
    static void add(PDDocument pdf, List<Spot> spots) throws IOException {
        if (spots.isEmpty()) {
            return;
        }
        PDAcroForm form = new PDAcroForm(pdf);
        pdf.getDocumentCatalog().setAcroForm(form);
        PDResources resources = new PDResources();
        resources.put(FONT, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/" + FONT.getName() + " 0 Tf 0 g");
        form.setNeedAppearances(false);
        PDStructureTreeRoot tree = pdf.getDocumentCatalog().getStructureTreeRoot();
        List<PDStructureElement> cells = tree == null ? List.of() : emptyCellsOfLastTable(tree);
        int cell = cells.size() - spots.size();
        for (Spot spot : spots) {
            PDPage page = pdf.getPage(spot.pageIndex());
            PDTerminalField field = spot.kind().equals(SIGNATURE) ? signatureField(form) : textField(form);
            field.setPartialName(spot.name());
            if (!spot.label().isEmpty()) {
                field.setAlternateFieldName(spot.label());
            }
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(spot.rectangle());
            widget.setPage(page);
            widget.setPrinted(true);
            widget.setAppearance(emptyAppearance(pdf, spot.rectangle()));
            page.getAnnotations().add(widget);
            form.getFields().add(field);
            if (spot.kind().equals(SIGNATURE)) {
                form.setSignaturesExist(true);
            }
            if (tree != null) {
                PDStructureNode parent = cell >= 0 && cell < cells.size() ? cells.get(cell) : documentElement(tree);
                tag(tree, parent, widget, page, spot.label());
            }
            cell++;
        }
    }

    private static PDTextField textField(PDAcroForm form) {
        PDTextField field = new PDTextField(form);
        field.setDefaultAppearance("/" + FONT.getName() + " 10 Tf 0 g");
        return field;
    }

    private static PDSignatureField signatureField(PDAcroForm form) {
        PDSignatureField field = new PDSignatureField(form);
        // Locked by PDFBox for a field it signs; this one is for the client to sign.
        field.getWidgets().get(0).setLocked(false);
        return field;
    }

    /** An appearance that draws nothing, sized to the widget: the cell's line shows through. */
    private static PDAppearanceDictionary emptyAppearance(PDDocument pdf, PDRectangle rectangle) {
        PDAppearanceStream stream = new PDAppearanceStream(pdf);
        stream.setBBox(new PDRectangle(rectangle.getWidth(), rectangle.getHeight()));
        stream.setResources(new PDResources());
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    /**
     * A {@code Form} structure element for the widget, under {@code parent}, with an object
     * reference to the widget and the widget's entry in the parent tree.
     */
    private static void tag(PDStructureTreeRoot tree, PDStructureNode parent, PDAnnotationWidget widget,
            PDPage page, String label) {
        PDStructureElement element = new PDStructureElement("Form", parent);
        element.setPage(page);
        if (!label.isEmpty()) {
            element.setAlternateDescription(label);
        }
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(widget);
        reference.setPage(page);
        element.appendKid(reference);
        parent.appendKid(element);
        int key = tree.getParentTreeNextKey();
        COSDictionary parentTree = tree.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
        if (parentTree == null) {
            parentTree = new COSDictionary();
            tree.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        }
        COSArray numbers = parentTree.getCOSArray(COSName.NUMS);
        if (numbers == null) {
            numbers = new COSArray();
            parentTree.setItem(COSName.NUMS, numbers);
        }
        numbers.add(COSInteger.get(key));
        numbers.add(element.getCOSObject());
        widget.setStructParent(key);
        tree.setParentTreeNextKey(key + 1);
    }

    /**
     * The table cells with nothing in them, in the last table of the structure tree: the blank
     * cells of the signature block, which the fields cover.
     */
    private static List<PDStructureElement> emptyCellsOfLastTable(PDStructureTreeRoot tree) {
        List<PDStructureElement> tables = new ArrayList<>();
        collect(tree.getKids(), "Table", tables);
        if (tables.isEmpty()) {
            return List.of();
        }
        List<PDStructureElement> cells = new ArrayList<>();
        collect(tables.get(tables.size() - 1).getKids(), "TD", cells);
        return cells.stream().filter(c -> c.getKids().isEmpty()).toList();
    }

    private static void collect(List<Object> kids, String type, List<PDStructureElement> found) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    found.add(element);
                }
                collect(element.getKids(), type, found);
            }
        }
    }

    /** The document's top element, where fields go when no blank cell holds them. */
    private static PDStructureNode documentElement(PDStructureTreeRoot tree) {
        for (Object kid : tree.getKids()) {
            if (kid instanceof PDStructureElement element) {
                return element;
            }
        }
        return tree;
    }
}
