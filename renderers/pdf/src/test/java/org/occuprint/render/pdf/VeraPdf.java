package org.occuprint.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** Test helper: validates PDF bytes with veraPDF and describes every failed rule. */
public final class VeraPdf {
    /** The two flavours every tagged Occuprint PDF must pass. */
    static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** One failed rule: its id, how often it failed, its description and the first failure's context. */
    record Failure(PDFAFlavour flavour, String clause, int test, int count, String description, String example) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s-%d (%d x): %s%s", flavour.getId(), clause, test, count, description,
                    example.isEmpty() ? "" : "\n      first at: " + example);
        }
    }

    /** The failed rules of each flavour, the PDF parsed once; empty when the PDF is compliant with all. */
    static List<Failure> failures(byte[] pdf, List<PDFAFlavour> flavours) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavours.get(0));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavours)) {
            List<Failure> failures = new ArrayList<>();
            for (ValidationResult result : validator.validateAll(parser)) {
                if (!result.isCompliant()) {
                    failures.addAll(failures(result));
                }
            }
            return failures;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF as " + flavours + ": " + e, e);
        }
    }

    private static List<Failure> failures(ValidationResult result) {
        Map<RuleId, String> examples = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .collect(Collectors.toMap(TestAssertion::getRuleId,
                        a -> a.getLocation().getContext() + (a.getErrorMessage() == null ? "" : ": " + a.getErrorMessage()),
                        (a, b) -> a));
        return result.getFailedChecks().entrySet().stream()
                .map(e -> {
                    RuleId id = e.getKey();
                    Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                    return new Failure(result.getPDFAFlavour(), id.getClause(), id.getTestNumber(), e.getValue(),
                            rule == null ? "" : rule.getDescription(), examples.getOrDefault(id, ""));
                })
                .sorted(Comparator.comparing(Failure::clause).thenComparing(Failure::test))
                .toList();
    }

    /**
     * The failed rules of PDF/UA-1 and PDF/A-2u, one rule a line (flavour, clause-test, count, description
     * and the first failure's place); empty when the PDF passes both.
     */
    public static String report(byte[] pdf) {
        return failures(pdf, FLAVOURS).stream().map(Failure::toString).collect(Collectors.joining("\n"));
    }
}
