package org.occuprint.model;

import java.util.List;

import org.occuprint.internal.Checks;

/**
 * The occupation's interest profile (Holland's RIASEC types), strongest first, and optional text.
 *
 * @param codes the interest types, each one of {@link #TYPES}
 * @param text  paragraphs about the kind of person the work suits
 * @since 0.1
 */
public record Interests(List<String> codes, List<String> text) {
    /** The six interest types, in RIASEC order. */
    public static final List<String> TYPES =
            List.of("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional");

    public Interests {
        codes = Checks.copyText(codes, "codes");
        text = Checks.copyText(text, "text");
        for (String code : codes) {
            Checks.argument(TYPES.contains(code), "The interest code '%s' is not one of %s.", code, TYPES);
        }
        Checks.argument(codes.stream().distinct().count() == codes.size(), "The interest codes %s repeat a code.", codes);
    }

    public static Interests none() {
        return new Interests(List.of(), List.of());
    }

    public boolean isEmpty() {
        return codes.isEmpty() && text.isEmpty();
    }
}
