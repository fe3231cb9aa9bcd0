package org.occuprint.model;

import org.occuprint.internal.Checks;

/**
 * The reference period and publisher of one area's wages, where they differ from those of the wages that
 * hold them: a state agency's medians beside the national survey's, for one.
 *
 * @param publisher the publisher as a sentence names it, for example "California EDD"
 * @param period    the reference period as a phrase, for example "median wage published with EDD's 2020–2030
 *                  projections" or "May 2024"; never a year the publisher does not state
 * @param source    the source line
 * @since 0.3
 */
public record WageVintage(String publisher, String period, String source) {
    public WageVintage {
        Checks.notBlank(publisher, "publisher");
        Checks.notBlank(period, "period");
        Checks.notBlank(source, "source");
    }
}
