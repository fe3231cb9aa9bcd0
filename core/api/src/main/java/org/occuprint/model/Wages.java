package org.occuprint.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.occuprint.internal.Checks;

/**
 * Wage estimates by area.
 *
 * @param year   the reference year of the estimates
 * @param source the source line, for example "U.S. Bureau of Labor Statistics, OEWS, May 2024"
 * @param areas  one entry per area, in the order to show them; area ids are unique; empty when the source
 *               publishes no estimate for the occupation
 * @param text   paragraphs about the wages, such as why the source publishes none
 * @since 0.1
 */
public record Wages(int year, String source, List<AreaWage> areas, List<String> text) {
    public Wages {
        Checks.argument(year >= 1900 && year <= 2200, "The wage year '%d' is not plausible.", year);
        Checks.notBlank(source, "source");
        areas = Checks.copy(areas, "areas");
        text = Checks.copyText(text, "text");
        Set<String> ids = new HashSet<>();
        for (AreaWage a : areas) {
            Checks.argument(ids.add(a.area().id()), "The area '%s' appears twice in the wages.", a.area().id());
        }
    }

    /** Wages by area with no paragraphs. */
    public Wages(int year, String source, List<AreaWage> areas) {
        this(year, source, areas, List.of());
    }

    /** The wages for the area with this id. */
    public Optional<AreaWage> area(String id) {
        return areas.stream().filter(a -> a.area().id().equals(id)).findFirst();
    }
}
