package org.occuprint.model;

import java.util.Optional;
import java.util.OptionalLong;

import org.occuprint.internal.Checks;

/**
 * Wages of the occupation in one area.
 *
 * @param area       the area
 * @param hourly     hourly wage percentiles; empty when not published
 * @param annual     annual wage percentiles; empty when published hourly only
 * @param topCoded   the top-coding thresholds that apply to these figures
 * @param employment employment estimate (excludes the self-employed in OEWS)
 * @param aggregate  the broader occupation group whose figures these are, when the publisher has no figures
 *                   for the occupation itself
 * @param vintage    the reference period and publisher of these wages when they are not those of the wages
 *                   that hold them (since 0.3); empty when the enclosing year and source apply
 * @since 0.1
 */
public record AreaWage(Area area, Optional<Percentiles> hourly, Optional<Percentiles> annual,
        Optional<TopCoded> topCoded, OptionalLong employment, Optional<OccupationRef> aggregate,
        Optional<WageVintage> vintage) {
    public AreaWage {
        Checks.notNull(area, "area");
        Checks.notNull(hourly, "hourly");
        Checks.notNull(annual, "annual");
        Checks.notNull(topCoded, "topCoded");
        Checks.notNull(employment, "employment");
        Checks.notNull(aggregate, "aggregate");
        Checks.notNull(vintage, "vintage");
        employment.ifPresent(e -> Checks.argument(e >= 0, "The employment '%d' must not be negative.", e));
    }

    /** Wages of the enclosing year and source. */
    public AreaWage(Area area, Optional<Percentiles> hourly, Optional<Percentiles> annual,
            Optional<TopCoded> topCoded, OptionalLong employment, Optional<OccupationRef> aggregate) {
        this(area, hourly, annual, topCoded, employment, aggregate, Optional.empty());
    }

    /** The median annual wage if published, else empty. */
    public Optional<java.math.BigDecimal> annualMedian() {
        return annual.flatMap(Percentiles::median);
    }

    /** The median hourly wage if published, else empty. */
    public Optional<java.math.BigDecimal> hourlyMedian() {
        return hourly.flatMap(Percentiles::median);
    }
}
