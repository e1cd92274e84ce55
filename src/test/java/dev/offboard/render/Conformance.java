package dev.offboard.render;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, set up once per test JVM: checks a PDF against PDF/A-2u and PDF/UA-1 and lists
 * every rule it breaks. Initialising veraPDF takes seconds, so every test shares this.
 */
final class Conformance {

    /** The two standards every document we make must meet. */
    static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1);

    private static final Map<PDFAFlavour, PDFAValidator> VALIDATORS = new LinkedHashMap<>();

    static {
        VeraGreenfieldFoundryProvider.initialise();
        for (PDFAFlavour flavour : FLAVOURS) {
            VALIDATORS.put(flavour, Foundries.defaultInstance().createValidator(flavour, false));
        }
    }

    private Conformance() {
    }

    /**
     * Every rule the PDF breaks, one line each: the standard, the rule id, how often, its
     * description and where it first failed. Empty when the PDF conforms to both standards.
     */
    static synchronized List<String> violations(byte[] pdf) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<PDFAFlavour, PDFAValidator> entry : VALIDATORS.entrySet()) {
            ValidationResult result;
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                    entry.getKey())) {
                result = entry.getValue().validate(parser);
            }
            if (result.isCompliant()) {
                continue;
            }
            Map<String, List<TestAssertion>> byRule = new LinkedHashMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    byRule.computeIfAbsent(id(assertion.getRuleId()), k -> new ArrayList<>()).add(assertion);
                }
            }
            byRule.forEach((rule, failures) -> lines.add(entry.getKey().getId() + " rule " + rule + " ×"
                    + failures.size() + ": " + failures.get(0).getMessage() + " [at "
                    + failures.get(0).getLocation().getContext() + "]"));
            if (byRule.isEmpty()) {
                lines.add(entry.getKey().getId() + ": not compliant (" + result.getJobEndStatus() + ")");
            }
        }
        return lines;
    }

    private static String id(RuleId rule) {
        return rule.getSpecification().getId() + " " + rule.getClause() + "-" + rule.getTestNumber();
    }
}
