package org.occuprint.render.docx;

import org.occuprint.compose.Layout;

/**
 * The page in twips (twentieths of a point): paper size from the layout, 0.75 in side and top margins
 * like the PDF, a deeper bottom margin that holds the footer.
 *
 * @param width          paper width
 * @param height         paper height
 * @param margin         top, left and right margin
 * @param bottomMargin   bottom margin (the footer sits inside it)
 * @param footerDistance distance from the paper's bottom edge to the footer
 */
record PageGeometry(int width, int height, int margin, int bottomMargin, int footerDistance) {
    private static final int INCH = 1440;

    static PageGeometry of(Layout layout) {
        int width = Math.round(layout.pageSize().widthPoints() * 20);
        int height = Math.round(layout.pageSize().heightPoints() * 20);
        int bottom = layout.largePrint() ? INCH : INCH * 8 / 10;
        return new PageGeometry(width, height, INCH * 3 / 4, bottom, INCH * 4 / 10);
    }

    /** The width between the side margins. */
    int textWidth() {
        return width - 2 * margin;
    }
}
