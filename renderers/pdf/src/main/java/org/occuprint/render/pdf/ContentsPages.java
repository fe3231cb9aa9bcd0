package org.occuprint.render.pdf;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.occuprint.compose.PacketDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.render.BlockBox;

/**
 * The page numbers of a packet's contents: after each contents link, the page where its target starts, taken
 * from the laid-out boxes. The numbers are real text (not generated content), so a tagged PDF reads them
 * inside their list item. Printing them can move nothing after the contents (they float right on their
 * lines), which the renderer checks by laying out again until the numbers hold.
 */
final class ContentsPages {
    static final String PAGE_CLASS = "contents-page";

    private ContentsPages() {
    }

    /** Adds an empty page-number span after every link of the contents ({@code nav.contents}). */
    static void prepare(Document dom) {
        NodeList links = dom.getElementsByTagNameNS(XhtmlForPdf.XHTML, "a");
        for (int i = 0; i < links.getLength(); i++) {
            Element a = (Element) links.item(i);
            if (inContents(a) && a.getAttribute("href").startsWith("#")) {
                Element span = dom.createElementNS(XhtmlForPdf.XHTML, "span");
                span.setAttribute("class", PAGE_CLASS);
                a.getParentNode().insertBefore(span, a.getNextSibling());
            }
        }
    }

    /**
     * Prints each entry's page number from this layout.
     *
     * @return whether any number changed (then the document must be laid out again)
     * @throws IllegalStateException if a link's target is not in the document
     */
    static boolean fill(Document dom, BlockBox root, PacketDocument.Contents contents, Locale locale) {
        Map<Element, Integer> tops = new IdentityHashMap<>();
        StrandedCaptions.collect(root, tops);
        Map<String, Integer> byId = new HashMap<>();
        tops.forEach((e, top) -> {
            String id = e.getAttribute("id");
            if (!id.isEmpty()) {
                byId.merge(id, top, Math::min);
            }
        });
        boolean changed = false;
        NodeList spans = dom.getElementsByTagNameNS(XhtmlForPdf.XHTML, "span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            if (!PAGE_CLASS.equals(span.getAttribute("class"))) {
                continue;
            }
            Element a = (Element) span.getPreviousSibling();
            String target = a.getAttribute("href").substring(1);
            Integer top = byId.get(target);
            if (top == null) {
                throw new IllegalStateException("The contents link to '" + target + "', which is not laid out");
            }
            int page = StrandedCaptions.page(root.getLayer(), top) + 1;
            String text = contents.pageText(page, locale);
            if (!text.equals(span.getTextContent())) {
                span.setTextContent(text);
                changed = true;
            }
        }
        return changed;
    }

    private static boolean inContents(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            if ("nav".equals(p.getLocalName()) && p.getAttribute("class").contains("contents")) {
                return true;
            }
        }
        return false;
    }
}
