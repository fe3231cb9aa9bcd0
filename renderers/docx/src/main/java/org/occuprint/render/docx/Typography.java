package org.occuprint.render.docx;

import org.occuprint.compose.Layout;

/**
 * Font sizes of one document, in half-points as WordprocessingML counts them, matching the print
 * stylesheet of the HTML and PDF formats (body 10.5 pt, title 20 pt, section headings 14 pt; large print
 * at least 18 pt everywhere a reader reads).
 *
 * @param body       running text, lists and table cells
 * @param title      the title
 * @param section    section headings
 * @param subsection subheadings inside a section
 * @param note       table notes
 * @param notice     notices and disclaimers
 * @param footer     the page footer
 */
record Typography(int body, int title, int section, int subsection, int note, int notice, int footer) {
    private static final Typography REGULAR = new Typography(21, 40, 28, 23, 18, 19, 17);
    private static final Typography LARGE = new Typography(36, 60, 48, 42, 36, 36, 28);

    static Typography of(Layout layout) {
        return layout.largePrint() ? LARGE : REGULAR;
    }

    /** A spacing given for regular print (in twips), scaled to this typography's body size. */
    int scale(int twips) {
        return twips * body / REGULAR.body;
    }

    /**
     * Twips a typical character of table text takes across, for sizing columns: 0.55 em, about the
     * average of Arial's digits, lower-case and capital letters, with some room for bold headers.
     */
    int averageCharWidth() {
        return body * 10 * 55 / 100;
    }
}
