package org.occuprint.model;

import org.occuprint.internal.Checks;

/**
 * A reference to another occupation by code and title (related occupations, aggregate codes).
 *
 * @param code  an O*NET-SOC code ({@code 29-9021.00}) or a SOC code ({@code 13-1020})
 * @param title the occupation's title
 * @since 0.1
 */
public record OccupationRef(String code, String title) {
    public OccupationRef {
        Checks.notBlank(code, "code");
        Checks.argument(Occupation.CODE_PATTERN.matcher(code).matches() || Occupation.SOC_PATTERN.matcher(code).matches(),
                "The code '%s' is neither an O*NET-SOC code (NN-NNNN.NN) nor a SOC code (NN-NNNN).", code);
        Checks.notBlank(title, "title");
    }
}
