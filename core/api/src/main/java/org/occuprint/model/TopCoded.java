package org.occuprint.model;

import java.math.BigDecimal;
import java.util.Optional;

import org.occuprint.internal.Checks;

/**
 * The publisher's top-coding thresholds: a wage at or above a threshold is published only as "at least"
 * the threshold (BLS OEWS May 2024: $239,200 a year, $115.00 an hour).
 *
 * @param annual the annual threshold
 * @param hourly the hourly threshold
 * @since 0.1
 */
public record TopCoded(Optional<BigDecimal> annual, Optional<BigDecimal> hourly) {
    public TopCoded {
        Checks.notNull(annual, "annual");
        Checks.notNull(hourly, "hourly");
        Checks.argument(annual.isPresent() || hourly.isPresent(), "A top-coding needs an annual or an hourly threshold.");
    }

    /** Whether {@code value} is at or above the annual threshold. */
    public boolean isAnnualTopCoded(BigDecimal value) {
        return annual.map(t -> value.compareTo(t) >= 0).orElse(false);
    }

    /** Whether {@code value} is at or above the hourly threshold. */
    public boolean isHourlyTopCoded(BigDecimal value) {
        return hourly.map(t -> value.compareTo(t) >= 0).orElse(false);
    }
}
