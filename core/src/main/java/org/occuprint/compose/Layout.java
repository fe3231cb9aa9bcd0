package org.occuprint.compose;

import org.occuprint.internal.Checks;
import org.occuprint.render.PageSize;

/**
 * Layout choices that renderers honour.
 *
 * @param pageSize   the paper size
 * @param largePrint body text of at least 18 points, larger headings
 * @since 0.1
 */
public record Layout(PageSize pageSize, boolean largePrint) {
    public Layout {
        Checks.notNull(pageSize, "pageSize");
    }
}
