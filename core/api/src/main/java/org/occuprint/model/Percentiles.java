package org.occuprint.model;

import java.math.BigDecimal;
import java.util.Optional;

import org.occuprint.internal.Checks;

/**
 * The 25th percentile, median and 75th percentile of a wage, in dollars, exactly as published.
 * Any of them may be missing (the publisher suppressed it).
 *
 * @param p25    25th percentile
 * @param median median (50th percentile)
 * @param p75    75th percentile
 * @since 0.1
 */
public record Percentiles(Optional<BigDecimal> p25, Optional<BigDecimal> median, Optional<BigDecimal> p75) {
    public Percentiles {
        check(p25, "p25");
        check(median, "median");
        check(p75, "p75");
    }

    private static void check(Optional<BigDecimal> value, String name) {
        Checks.notNull(value, name);
        value.ifPresent(v -> Checks.argument(v.signum() >= 0, "The wage '%s' (%s) must not be negative.", v.toPlainString(), name));
    }

    /** Percentiles from nullable values. */
    public static Percentiles of(BigDecimal p25, BigDecimal median, BigDecimal p75) {
        return new Percentiles(Optional.ofNullable(p25), Optional.ofNullable(median), Optional.ofNullable(p75));
    }

    public boolean isEmpty() {
        return p25.isEmpty() && median.isEmpty() && p75.isEmpty();
    }
}
