package org.occuprint.model;

import java.util.List;

import org.occuprint.internal.Checks;

/**
 * The projection period and publisher of one area's figures, where they differ from those of the outlook
 * that holds them: a state agency's projections for its state and local areas beside the nation's, for one.
 *
 * @param baseYear      the base year, for example 2020
 * @param projectedYear the target year, for example 2030
 * @param publisher     the publisher as a sentence names it, for example "California EDD"
 * @param source        the source line, for example "California Employment Development Department, …"
 * @param notes         what a reader must know to read these figures (a base year in a recession, a figure
 *                      derived from the published ones), printed under the table that shows them
 * @since 0.3
 */
public record Period(int baseYear, int projectedYear, String publisher, String source, List<String> notes) {
    public Period {
        Checks.argument(baseYear >= 1900 && baseYear <= 2200, "The base year '%d' is not plausible.", baseYear);
        Checks.argument(projectedYear > baseYear && projectedYear <= 2200,
                "The projected year '%d' must come after the base year '%d'.", projectedYear, baseYear);
        Checks.notBlank(publisher, "publisher");
        Checks.notBlank(source, "source");
        notes = Checks.copyText(notes, "notes");
    }
}
