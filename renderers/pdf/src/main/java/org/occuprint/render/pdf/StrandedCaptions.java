package org.occuprint.render.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.layout.Layer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * Finds table captions left at the foot of a page while their table starts on the next.
 *
 * <p>A caption is not a sibling of the table's rows, so Flying Saucer's "page-break-after: avoid" cannot
 * keep it with them; when the header row and first body row do not fit under the caption, the caption
 * stays behind. Such a table (with its block wrapper and the headings right before it) is laid out again
 * starting on a new page.
 */
final class StrandedCaptions {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private StrandedCaptions() {
    }

    /** The elements to start on a new page: for each stranded caption, its table's block and headings. */
    static List<Element> find(BlockBox root) {
        Map<Element, Integer> tops = new IdentityHashMap<>();
        collect(root, tops);
        Layer layer = root.getLayer();
        List<Element> breakBefore = new ArrayList<>();
        for (Map.Entry<Element, Integer> e : tops.entrySet()) {
            Element caption = e.getKey();
            if (!"caption".equals(caption.getLocalName()) || !(caption.getParentNode() instanceof Element table)) {
                continue;
            }
            NodeList rows = table.getElementsByTagNameNS(XhtmlForPdf.XHTML, "tr");
            Integer rowTop = rows.getLength() == 0 ? null : tops.get((Element) rows.item(0));
            if (rowTop != null && page(layer, e.getValue()) < page(layer, rowTop)) {
                breakBefore.add(startOf(table));
            }
        }
        return breakBefore;
    }

    /** The first box of each element: where it starts (shared with {@link ContentsPages}). */
    static void collect(Box box, Map<Element, Integer> tops) {
        Element e = box.getElement();
        if (e != null) {
            tops.merge(e, box.getAbsY(), Math::min);
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), tops);
        }
    }

    /** The page (from 0) that this position falls on. */
    static int page(Layer layer, int y) {
        List<PageBox> pages = layer.getPages();
        for (int i = 0; i < pages.size(); i++) {
            if (y < pages.get(i).getBottom()) {
                return i;
            }
        }
        return pages.size();
    }

    /**
     * Where the new page starts: the table, or the block it opens (the print-HTML's div.table-block), and
     * before that the headings right above it, which must not be left behind either.
     */
    private static Element startOf(Element table) {
        Element start = table;
        if (table.getParentNode() instanceof Element parent && "div".equals(parent.getLocalName())
                && firstElementChild(parent) == table) {
            start = parent;
        }
        for (Node n = previousElement(start); n instanceof Element h && HEADINGS.contains(h.getLocalName());
                n = previousElement(h)) {
            start = h;
        }
        return start;
    }

    private static Node firstElementChild(Element parent) {
        Node n = parent.getFirstChild();
        while (n != null && n.getNodeType() != Node.ELEMENT_NODE) {
            n = n.getNextSibling();
        }
        return n;
    }

    private static Node previousElement(Node node) {
        Node n = node.getPreviousSibling();
        while (n != null && n.getNodeType() != Node.ELEMENT_NODE) {
            n = n.getPreviousSibling();
        }
        return n;
    }
}
