package org.occuprint.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

import org.occuprint.internal.Checks;

/**
 * Projected employment of the occupation in one area, with the change and percent change as the source
 * publishes them (never recomputed from rounded employment).
 *
 * <p>Counts may be rounded by the source: BLS publishes them in thousands with one decimal, so its counts are
 * multiples of 100 ({@code countUnit} 100) and a published {@code 0} (openings or change) means fewer than
 * 50, not none; the composer words it so.
 *
 * @param area                the area
 * @param baseEmployment      employment in the base year
 * @param projectedEmployment employment projected for the target year
 * @param employmentChange    the published numeric change over the period, in jobs; negative for a decline
 * @param percentChange       the published percent change over the period, as written (one decimal for BLS)
 * @param annualOpenings      average annual openings over the projection period
 * @param countUnit           the unit the source rounds the counts to: 1 when they are exact, 100 for BLS
 * @param aggregate           the broader occupation group whose figures these are, if not the occupation itself
 * @param allOccupations      employment of all occupations in the area, to compare growth against
 * @param period              the period and publisher of these figures when they are not the outlook's
 *                            (since 0.3); empty when the outlook's years and source apply
 * @since 0.1
 */
public record AreaProjection(Area area, OptionalLong baseEmployment, OptionalLong projectedEmployment,
        OptionalLong employmentChange, Optional<BigDecimal> percentChange, OptionalLong annualOpenings,
        long countUnit, Optional<OccupationRef> aggregate, Optional<Totals> allOccupations, Optional<Period> period) {
    private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

    public AreaProjection {
        Checks.notNull(area, "area");
        nonNegative(baseEmployment, "baseEmployment");
        nonNegative(projectedEmployment, "projectedEmployment");
        Checks.notNull(employmentChange, "employmentChange");
        Checks.notNull(percentChange, "percentChange");
        percentChange.ifPresent(p -> Checks.argument(p.compareTo(MINUS_HUNDRED) >= 0,
                "The percent change '%s' must not be below -100.", p.toPlainString()));
        nonNegative(annualOpenings, "annualOpenings");
        Checks.argument(countUnit >= 1, "The count unit '%d' must be at least 1.", countUnit);
        Checks.notNull(aggregate, "aggregate");
        Checks.notNull(allOccupations, "allOccupations");
        Checks.notNull(period, "period");
    }

    /** Figures of the outlook's own period and source. */
    public AreaProjection(Area area, OptionalLong baseEmployment, OptionalLong projectedEmployment,
            OptionalLong employmentChange, Optional<BigDecimal> percentChange, OptionalLong annualOpenings,
            long countUnit, Optional<OccupationRef> aggregate, Optional<Totals> allOccupations) {
        this(area, baseEmployment, projectedEmployment, employmentChange, percentChange, annualOpenings, countUnit,
                aggregate, allOccupations, Optional.empty());
    }

    private static void nonNegative(OptionalLong value, String name) {
        Checks.notNull(value, name);
        value.ifPresent(v -> Checks.argument(v >= 0, "The value '%d' (%s) must not be negative.", v, name));
    }

    /**
     * Whether a count of this area, as published, stands for a value too small to print as a number: a
     * rounded {@code 0} ({@code countUnit} above 1) is "fewer than half a unit", not none.
     */
    public boolean roundedToZero(long count) {
        return count == 0 && countUnit > 1;
    }

    /** True when no figure at all is given for the area. */
    public boolean isEmpty() {
        return baseEmployment.isEmpty() && projectedEmployment.isEmpty() && employmentChange.isEmpty()
                && percentChange.isEmpty() && annualOpenings.isEmpty();
    }
}
