package org.occuprint.model;

import org.occuprint.internal.Checks;

/**
 * Base-year and projected employment of all occupations in an area, the yardstick that an occupation's
 * growth is described against.
 *
 * @param baseEmployment      employment in the base year
 * @param projectedEmployment employment projected for the target year
 * @since 0.1
 */
public record Totals(long baseEmployment, long projectedEmployment) {
    public Totals {
        Checks.argument(baseEmployment > 0, "The total base employment '%d' must be positive.", baseEmployment);
        Checks.argument(projectedEmployment >= 0, "The total projected employment '%d' must not be negative.",
                projectedEmployment);
    }
}
