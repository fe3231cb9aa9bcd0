package org.occuprint.render.pdf;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.xhtmlrenderer.newtable.TableBox;
import org.xhtmlrenderer.render.Box;

/**
 * Finds the tables that came out wider than the space they are in: their words, kept whole in cells,
 * need more room than the page has (large print, many columns, long words). Those tables are laid out
 * again with words allowed to break, rather than be cut off at the margin.
 */
final class WideTables {
    private WideTables() {
    }

    /** The table elements whose boxes are wider than their containing blocks. */
    static List<Element> find(Box root) {
        List<Element> wide = new ArrayList<>();
        collect(root, wide);
        return wide;
    }

    private static void collect(Box box, List<Element> wide) {
        if (box instanceof TableBox table) {
            Box container = table.getContainingBlock();
            if (container != null && table.getElement() != null && table.getWidth() > container.getContentWidth()) {
                wide.add(table.getElement());
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), wide);
        }
    }
}
