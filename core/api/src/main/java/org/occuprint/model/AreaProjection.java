package org.occuprint.model;

import java.util.Optional;
import java.util.OptionalLong;

import org.occuprint.internal.Checks;

/**
 * Projected employment of the occupation in one area. Change and percent change are derived, not stored.
 *
 * @param area                the area
 * @param baseEmployment      employment in the base year
 * @param projectedEmployment employment projected for the target year
 * @param annualOpenings      average annual openings over the projection period
 * @param aggregate           the broader occupation group whose figures these are, if not the occupation itself
 * @param allOccupations      employment of all occupations in the area, to compare growth against
 * @since 0.1
 */
public record AreaProjection(Area area, OptionalLong baseEmployment, OptionalLong projectedEmployment,
        OptionalLong annualOpenings, Optional<OccupationRef> aggregate, Optional<Totals> allOccupations) {
    public AreaProjection {
        Checks.notNull(area, "area");
        nonNegative(baseEmployment, "baseEmployment");
        nonNegative(projectedEmployment, "projectedEmployment");
        nonNegative(annualOpenings, "annualOpenings");
        Checks.notNull(aggregate, "aggregate");
        Checks.notNull(allOccupations, "allOccupations");
    }

    private static void nonNegative(OptionalLong value, String name) {
        Checks.notNull(value, name);
        value.ifPresent(v -> Checks.argument(v >= 0, "The value '%d' (%s) must not be negative.", v, name));
    }

    /** Projected minus base employment, when both are known. */
    public OptionalLong change() {
        if (baseEmployment.isPresent() && projectedEmployment.isPresent()) {
            return OptionalLong.of(projectedEmployment.getAsLong() - baseEmployment.getAsLong());
        }
        return OptionalLong.empty();
    }
}
