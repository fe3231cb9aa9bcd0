package org.occuprint.compose;

import org.occuprint.internal.Checks;
import org.occuprint.options.PageSize;

/**
 * Layout choices that renderers honour.
 *
 * @param pageSize   the paper size
 * @param largePrint body text of at least 18 points, larger headings
 * @param pageLabels whether pages print their "Page N of M" label; off for the parts of a bound guide, whose
 *                   page numbers run through the whole book and are added when binding
 * @since 0.1
 */
public record Layout(PageSize pageSize, boolean largePrint, boolean pageLabels) {
    public Layout {
        Checks.notNull(pageSize, "pageSize");
    }

    /** A layout with page labels. */
    public Layout(PageSize pageSize, boolean largePrint) {
        this(pageSize, largePrint, true);
    }
}
