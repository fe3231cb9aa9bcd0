package org.occuprint.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.occuprint.internal.Checks;
import org.occuprint.model.Area;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.Occupation;
import org.occuprint.model.Outlook;

/**
 * How an occupation's projected growth is described: its percent change as published, the verdict against
 * all occupations, and O*NET's Bright Outlook designation. Every section and page that words growth uses
 * these, so the handout, a comparison page and {@code search} say the same thing.
 *
 * <p>The rules (see {@code docs/data-import.md}, "Printed figures: published, derived, worded"):
 * <ul>
 *   <li>the occupation's percent change is the published one; only a profile without one gets it derived
 *       from its base and projected employment;</li>
 *   <li>the all-occupations rate is derived from the area's totals and rounded to one decimal, as BLS
 *       publishes it (3.1 percent for 2024–2034);</li>
 *   <li>growth is "faster" or "slower" than average when the published percent differs from that rate by
 *       half a percentage point or more, otherwise "about the same";</li>
 *   <li>Bright Outlook (national figures only): growth faster than average, or at least
 *       {@value #BRIGHT_OPENINGS} openings over the projection period (the annual average times the years).</li>
 * </ul>
 *
 * @since 0.2
 */
public final class OutlookTerms {
    /** Openings over the projection period from which O*NET counts an occupation as having many openings. */
    public static final long BRIGHT_OPENINGS = 100_000;
    private static final BigDecimal SAME_BAND = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Growth against all occupations in the area. */
    public enum Verdict {
        /** At least half a percentage point above the all-occupations rate. */
        FASTER,
        /** Within half a percentage point of it. */
        ABOUT_THE_SAME,
        /** At least half a percentage point below it. */
        SLOWER
    }

    /** The O*NET Bright Outlook criteria an occupation meets. */
    public enum Bright {
        /** Projected to grow faster than average. */
        RAPID_GROWTH,
        /** Projected to have many openings: {@value OutlookTerms#BRIGHT_OPENINGS} or more over the period. */
        MANY_OPENINGS
    }

    private OutlookTerms() {
    }

    /**
     * The percent change to print: the published one, else (a profile without it) derived from the base and
     * projected employment, to one decimal, half up.
     */
    public static Optional<BigDecimal> percentChange(AreaProjection a) {
        Checks.notNull(a, "a");
        if (a.percentChange().isPresent()) {
            return a.percentChange();
        }
        if (a.baseEmployment().isEmpty() || a.projectedEmployment().isEmpty() || a.baseEmployment().getAsLong() == 0) {
            return Optional.empty();
        }
        return Optional.of(percent(a.baseEmployment().getAsLong(), a.projectedEmployment().getAsLong()));
    }

    /**
     * The numeric change to print: the published one, else (a profile without it) projected minus base
     * employment when both are given.
     */
    public static OptionalLong employmentChange(AreaProjection a) {
        Checks.notNull(a, "a");
        if (a.employmentChange().isPresent()) {
            return a.employmentChange();
        }
        if (a.baseEmployment().isEmpty() || a.projectedEmployment().isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(a.projectedEmployment().getAsLong() - a.baseEmployment().getAsLong());
    }

    /** The all-occupations percent change of the area, rounded to one decimal as BLS publishes it. */
    public static Optional<BigDecimal> allOccupationsPercent(AreaProjection a) {
        Checks.notNull(a, "a");
        return a.allOccupations().map(t -> t.percentChange()
                .orElseGet(() -> percent(t.baseEmployment(), t.projectedEmployment())));
    }

    /** The verdict against all occupations, when both rates are known. */
    public static Optional<Verdict> verdict(AreaProjection a) {
        Optional<BigDecimal> pct = percentChange(a);
        Optional<BigDecimal> all = allOccupationsPercent(a);
        if (pct.isEmpty() || all.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal diff = pct.get().subtract(all.get());
        if (diff.abs().compareTo(SAME_BAND) < 0) {
            return Optional.of(Verdict.ABOUT_THE_SAME);
        }
        return Optional.of(diff.signum() > 0 ? Verdict.FASTER : Verdict.SLOWER);
    }

    /** The Bright Outlook criteria the occupation's national projection meets; empty when none. */
    public static Set<Bright> bright(Occupation o) {
        Checks.notNull(o, "o");
        Set<Bright> out = EnumSet.noneOf(Bright.class);
        if (o.outlook().isEmpty()) {
            return out;
        }
        Outlook ol = o.outlook().get();
        Optional<AreaProjection> us = ol.area(Area.unitedStates().id());
        if (us.isPresent()) {
            if (verdict(us.get()).filter(v -> v == Verdict.FASTER).isPresent()) {
                out.add(Bright.RAPID_GROWTH);
            }
            long years = ol.projectedYear() - ol.baseYear();
            if (us.get().annualOpenings().orElse(0) * years >= BRIGHT_OPENINGS) {
                out.add(Bright.MANY_OPENINGS);
            }
        }
        return out;
    }

    /**
     * The Bright Outlook line in words ("Bright outlook: employment is projected to grow faster than average."),
     * as the handout prints it near the title; empty when the occupation is not a Bright Outlook occupation.
     *
     * @throws org.occuprint.options.InvalidOptionException if there is no wording for the locale
     */
    public static Optional<String> brightOutlookWords(Occupation o, Locale locale) {
        Checks.notNull(locale, "locale");
        ProfileComposer.requireSupported(locale);
        return brightOutlookWords(o, Messages.of(locale));
    }

    /**
     * The verdict in words for one area ("faster than average"), as a comparison page prints it.
     *
     * @throws org.occuprint.options.InvalidOptionException if there is no wording for the locale
     */
    public static Optional<String> verdictWords(Occupation o, String areaId, Locale locale) {
        Checks.notNull(o, "o");
        Checks.notBlank(areaId, "areaId");
        ProfileComposer.requireSupported(locale);
        Messages m = Messages.of(locale);
        return o.outlook().flatMap(ol -> ol.area(areaId)).flatMap(OutlookTerms::verdict)
                .map(v -> m.get("outlook.verdict." + v.name()));
    }

    static Optional<String> brightOutlookWords(Occupation o, Messages m) {
        Set<Bright> b = bright(o);
        if (b.isEmpty()) {
            return Optional.empty();
        }
        String key = b.size() == 2 ? "outlook.bright.both"
                : b.contains(Bright.RAPID_GROWTH) ? "outlook.bright.growth" : "outlook.bright.openings";
        Outlook ol = o.outlook().orElseThrow();
        return Optional.of(m.get(key, Integer.toString(ol.baseYear()), Integer.toString(ol.projectedYear()),
                new Figures(m.locale(), m).count(BRIGHT_OPENINGS)));
    }

    private static BigDecimal percent(long base, long projected) {
        return BigDecimal.valueOf(projected - base).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }
}
