package org.occuprint.data;

import java.util.List;

import org.occuprint.internal.Checks;
import org.occuprint.model.Occupation;

/**
 * What a search needs of an occupation: its code, title and also-called titles.
 *
 * @param code       the O*NET-SOC code
 * @param title      the title
 * @param alsoCalled the other titles, in the data set's order
 * @since 0.1
 */
public record OccupationSummary(String code, String title, List<String> alsoCalled) {
    public OccupationSummary {
        Checks.notNull(code, "code");
        Checks.argument(Occupation.CODE_PATTERN.matcher(code).matches(),
                "The code '%s' is not an O*NET-SOC code (NN-NNNN.NN).", code);
        Checks.notBlank(title, "title");
        alsoCalled = Checks.copyText(alsoCalled, "alsoCalled");
    }
}
