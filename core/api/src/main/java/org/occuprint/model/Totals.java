package org.occuprint.model;

import java.math.BigDecimal;
import java.util.Optional;

import org.occuprint.internal.Checks;

/**
 * Base-year and projected employment of all occupations in an area, the yardstick that an occupation's
 * growth is described against.
 *
 * @param baseEmployment      employment in the base year
 * @param projectedEmployment employment projected for the target year
 * @param percentChange       the percent change as the source publishes it (since 0.3); empty when it
 *                            publishes none, and the rate is then derived from the two counts
 * @since 0.1
 */
public record Totals(long baseEmployment, long projectedEmployment, Optional<BigDecimal> percentChange) {
    public Totals {
        Checks.notNull(percentChange, "percentChange");
        Checks.argument(baseEmployment > 0, "The total base employment '%d' must be positive.", baseEmployment);
        Checks.argument(projectedEmployment >= 0, "The total projected employment '%d' must not be negative.",
                projectedEmployment);
    }

    /** Totals whose percent change is derived from the counts. */
    public Totals(long baseEmployment, long projectedEmployment) {
        this(baseEmployment, projectedEmployment, Optional.empty());
    }
}
