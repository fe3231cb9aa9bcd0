package org.occuprint.data;

import org.occuprint.internal.Checks;

/**
 * One search result.
 *
 * @param code    the occupation's code
 * @param title   the occupation's title
 * @param match   how it matched; results are ordered by this first
 * @param matched the text that matched: the code, the title or the also-called title
 * @since 0.1
 */
public record SearchHit(String code, String title, Match match, String matched) {
    /** How a hit matched, best first. */
    public enum Match {
        /** The query is the code, its SOC code or the start of a code. */
        CODE,
        /** The query is the title (ignoring case, accents and punctuation). */
        TITLE,
        /** Every word of the query starts a word of the title. */
        TITLE_WORDS,
        /** The query is one of the also-called titles. */
        ALSO_CALLED,
        /** Every word of the query starts a word of an also-called title. */
        ALSO_CALLED_WORDS,
        /** The query occurs inside the title or an also-called title. */
        TEXT,
        /** The query was blank: every occupation, in code order. */
        ALL
    }

    public SearchHit {
        Checks.notBlank(code, "code");
        Checks.notBlank(title, "title");
        Checks.notNull(match, "match");
        Checks.notBlank(matched, "matched");
    }
}
