package org.occuprint.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.occuprint.internal.Checks;

/**
 * Employment projections by area, and paragraphs about the outlook.
 *
 * @param baseYear      the base year, for example 2024
 * @param projectedYear the target year, for example 2034
 * @param source        the source line
 * @param areas         one entry per area, ids unique
 * @param text          paragraphs about the outlook
 * @since 0.1
 */
public record Outlook(int baseYear, int projectedYear, String source, List<AreaProjection> areas, List<String> text) {
    public Outlook {
        Checks.argument(baseYear >= 1900 && baseYear <= 2200, "The base year '%d' is not plausible.", baseYear);
        Checks.argument(projectedYear > baseYear && projectedYear <= 2200,
                "The projected year '%d' must come after the base year '%d'.", projectedYear, baseYear);
        Checks.notBlank(source, "source");
        areas = Checks.copy(areas, "areas");
        text = Checks.copyText(text, "text");
        Set<String> ids = new HashSet<>();
        for (AreaProjection a : areas) {
            Checks.argument(ids.add(a.area().id()), "The area '%s' appears twice in the outlook.", a.area().id());
        }
    }

    /** The projection for the area with this id. */
    public Optional<AreaProjection> area(String id) {
        return areas.stream().filter(a -> a.area().id().equals(id)).findFirst();
    }
}
