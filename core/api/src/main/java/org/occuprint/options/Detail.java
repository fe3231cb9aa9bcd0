package org.occuprint.options;

/**
 * How much of the profile to print.
 *
 * @since 0.1
 */
public enum Detail {
    /** Everything the data has. */
    DETAILED,
    /**
     * A short handout: title block, duties, the top tasks, wages, outlook, typical education and related
     * occupations, with the footer and disclaimers.
     */
    SUMMARY
}
