package org.occuprint.render.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;

/**
 * The logical structure of one tagged PDF, planned from the XHTML before painting and written with
 * OpenPDF's structure elements while the pages are painted.
 *
 * <p>The plan gives every element of the XHTML that means something to a reader a structure element
 * with a standard role ({@code body} a Document, {@code section} a Sect, {@code h2} an H2, {@code ul} an
 * L whose items are LI with a Lbl for the bullet and an LBody, {@code table} a Table with Caption, THead,
 * TBody, TR, TH (with its scope) and TD, {@code a} a Link, {@code img} a Figure with its alternative text, an {@code svg} drawing a Figure whose
 * alternative text is its {@code aria-label}, {@code figure} a Div with the {@code figcaption} its Caption);
 * wrappers with no meaning of their own ({@code main}, {@code div}, {@code strong}, {@code span}) are
 * transparent. A structure element holds either marked content or other structure elements, never both:
 * text that sits next to structure elements (the title before a link) gets a Span of its own, and so does
 * text in which characters were replaced by a visible mark, whose Span carries the original text as
 * {@code /ActualText}.
 *
 * <p>Structure elements are made when their first content is painted, so the tree holds nothing that
 * does not print, and {@link #finish()} puts every element's children into document order, which is the
 * order a reader expects whatever order Flying Saucer paints in (backgrounds first, images after text).
 */
final class StructureTree {
    /** The attribute owner of table attributes (/O /Table). */
    private static final PdfName TABLE_OWNER = new PdfName("Table");
    private static final PdfName LIST_OWNER = new PdfName("List");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName LIST_NUMBERING = new PdfName("ListNumbering");
    private static final PdfName ROW_SPAN = new PdfName("RowSpan");
    private static final PdfName COL_SPAN = new PdfName("ColSpan");
    static final PdfName TR = new PdfName("TR");
    /** Stands, in the plan, for an element that is decoration: no structure element, its content an artifact. */
    private static final PdfName DECORATION = new PdfName("Artifact");

    /** The DOM user-data key under which {@link XhtmlForPdf} keeps a text's original before marking it. */
    static final String ORIGINAL_TEXT = "occuprint.originalText";

    /** XHTML element name to structure role; elements not listed are transparent. */
    private static final Map<String, PdfName> ROLES = Map.ofEntries(
            Map.entry("body", PdfName.DOCUMENT),
            Map.entry("header", PdfName.DIV),
            Map.entry("section", PdfName.SECT),
            Map.entry("aside", PdfName.SECT),
            Map.entry("article", PdfName.ART),
            Map.entry("nav", PdfName.SECT),
            Map.entry("footer", PdfName.DIV),
            Map.entry("h1", PdfName.H1),
            Map.entry("h2", PdfName.H2),
            Map.entry("h3", PdfName.H3),
            Map.entry("h4", PdfName.H4),
            Map.entry("h5", PdfName.H5),
            Map.entry("h6", PdfName.H6),
            Map.entry("p", PdfName.P),
            Map.entry("blockquote", PdfName.BLOCKQUOTE),
            Map.entry("ul", PdfName.L),
            Map.entry("ol", PdfName.L),
            Map.entry("li", PdfName.LI),
            Map.entry("table", PdfName.TABLE),
            Map.entry("caption", PdfName.CAPTION),
            Map.entry("thead", PdfName.THEAD),
            Map.entry("tbody", PdfName.TBODY),
            Map.entry("tfoot", PdfName.TFOOT),
            Map.entry("tr", TR),
            Map.entry("th", PdfName.TH),
            Map.entry("td", PdfName.TD),
            Map.entry("img", PdfName.FIGURE),
            Map.entry("svg", PdfName.FIGURE),
            Map.entry("figure", PdfName.DIV),
            Map.entry("figcaption", PdfName.CAPTION));

    private final PdfStructureTreeRoot root;
    /** Text nodes and meaningful elements to the planned structure element that holds their content. */
    private final Map<Node, Planned> plan = new IdentityHashMap<>();
    /** Planned elements in the order their PDF objects were made. */
    private final List<Planned> made = new ArrayList<>();

    private StructureTree(PdfStructureTreeRoot root) {
        this.root = root;
    }

    /** Plans the structure of {@code dom}, to be written under {@code root}. */
    static StructureTree plan(Document dom, PdfStructureTreeRoot root) {
        StructureTree tree = new StructureTree(root);
        Element html = dom.getDocumentElement();
        new Planner(tree, html.getAttribute("lang")).walk(html, null);
        return tree;
    }

    /** The structure element that holds this text's marked content; {@code null} if the text has no place. */
    @Nullable Planned forText(Node text) {
        return plan.get(text);
    }

    /** The planned element of an XHTML element (a Link, a Figure, an LI); {@code null} if transparent. */
    @Nullable Planned forElement(Element element) {
        return plan.get(element);
    }

    /**
     * Puts each structure element's children in document order and adds the link annotations' object
     * references after each Link's marked content. Call once, after the last page and before the
     * document is closed.
     */
    void finish() {
        // a table row has all its cells, empty ones included, or its columns would not line up
        for (int i = 0, n = made.size(); i < n; i++) {
            Planned row = made.get(i);
            if (row.role == TR) {
                row.kids.forEach(Planned::element);
            }
        }
        Comparator<Planned> byOrder = Comparator.comparingInt(p -> p.order);
        for (Planned p : made) {
            PdfStructureElement e = p.element;
            if (e == null) {
                continue;
            }
            if (!p.madeKids.isEmpty()) {
                p.madeKids.sort(byOrder);
                PdfArray kids = new PdfArray();
                for (Planned kid : p.madeKids) {
                    kids.add(kid.element);
                }
                e.put(PdfName.K, kids);
            }
            if (!p.objectRefs.isEmpty()) {
                PdfObject k = e.get(PdfName.K);
                PdfArray kids;
                if (k instanceof PdfArray a) {
                    kids = a;
                } else {
                    kids = new PdfArray();
                    if (k != null) {
                        kids.add(k);
                    }
                    e.put(PdfName.K, kids);
                }
                p.objectRefs.forEach(kids::add);
            }
        }
    }

    /** A structure element of the plan; its PDF object is made on first use. */
    final class Planned {
        private final PdfName role;
        private final @Nullable Planned parent;
        /** Position in document order among all planned elements and text nodes. */
        private final int order;
        private final PdfDictionary extra = new PdfDictionary();
        /** The children planned (kept for table rows only) and those whose PDF objects were made. */
        private final List<Planned> kids = new ArrayList<>(0);
        private final List<Planned> madeKids = new ArrayList<>(2);
        private final List<PdfDictionary> objectRefs = new ArrayList<>(0);
        private @Nullable Planned label;
        private @Nullable Planned body;
        private @Nullable PdfStructureElement element;
        /** Whether the element holds marked content (and no structure elements). */
        private boolean leaf = true;

        Planned(PdfName role, @Nullable Planned parent, int order) {
            this.role = role;
            this.parent = parent;
            this.order = order;
            if (parent != null) {
                parent.leaf = false;
                if (parent.role == TR) {
                    parent.kids.add(this);
                }
            }
        }

        PdfName role() {
            return role;
        }

        boolean isLeaf() {
            return leaf;
        }

        /** The Lbl of a list item; {@code null} for other elements. */
        @Nullable Planned label() {
            return label;
        }

        /** The PDF structure element, made (with its ancestors) on first use. */
        PdfStructureElement element() {
            PdfStructureElement e = element;
            if (e == null) {
                Planned p = parent;
                if (p == null) {
                    e = new PdfStructureElement(root, role);
                } else {
                    e = new PdfStructureElement(p.element(), role);
                    p.madeKids.add(this);
                }
                for (PdfName key : extra.getKeys()) {
                    e.put(key, extra.get(key));
                }
                element = e;
                made.add(this);
            }
            return e;
        }

        /** Adds an object reference (a link annotation on {@code page}) to this element, after its content. */
        void addObjectReference(PdfIndirectReference object, PdfIndirectReference page) {
            PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
            objr.put(PdfName.OBJ, object);
            objr.put(PdfName.PG, page);
            element();
            objectRefs.add(objr);
        }
    }

    /** Walks the XHTML once and plans the structure elements. */
    private static final class Planner {
        private final StructureTree tree;
        private final String documentLanguage;
        private int order;

        Planner(StructureTree tree, String documentLanguage) {
            this.tree = tree;
            this.documentLanguage = documentLanguage;
        }

        /**
         * Plans the children of {@code node}, whose content goes to {@code container}; text found directly
         * in the container (through transparent elements) is collected and placed once the container's
         * children are known.
         */
        void walk(Node node, @Nullable Planned container) {
            List<Node> texts = new ArrayList<>();
            List<Integer> textOrder = new ArrayList<>();
            collect(node, container, texts, textOrder);
            place(container, texts, textOrder);
        }

        private void collect(Node node, @Nullable Planned container, List<Node> texts, List<Integer> textOrder) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                switch (n.getNodeType()) {
                    case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                        texts.add(n);
                        textOrder.add(order++);
                    }
                    case Node.ELEMENT_NODE -> {
                        Element e = (Element) n;
                        String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
                        if ("head".equals(name)) {
                            continue;
                        }
                        PdfName role = role(e, name);
                        if (role == null) {
                            collect(e, container, texts, textOrder); // transparent: its text is the container's
                        } else if (role == DECORATION) {
                            continue;
                        } else {
                            Planned p = tree.new Planned(role, container, order++);
                            attributes(p, e, name);
                            tree.plan.put(e, p);
                            if ("li".equals(name)) {
                                p.label = tree.new Planned(PdfName.LBL, p, order++);
                                p.body = tree.new Planned(PdfName.LBODY, p, order++);
                                walk(e, p.body);
                            } else {
                                walk(e, p);
                            }
                        }
                    }
                    default -> {
                        // comments, processing instructions: nothing to read
                    }
                }
            }
        }

        /**
         * The texts of a container go into the container itself when it holds nothing else, else each into
         * a Span of its own at its place among the container's children; a text whose characters were
         * replaced always gets its own Span, which carries the original as ActualText.
         */
        private void place(@Nullable Planned container, List<Node> texts, List<Integer> textOrder) {
            if (texts.isEmpty()) {
                return;
            }
            boolean replaced = false;
            for (Node t : texts) {
                replaced |= t.getUserData(ORIGINAL_TEXT) != null;
            }
            if (container == null) {
                return; // text outside the body never prints
            }
            boolean spans = !container.leaf || replaced;
            for (int i = 0; i < texts.size(); i++) {
                Node t = texts.get(i);
                if (!spans) {
                    tree.plan.put(t, container);
                    continue;
                }
                Planned span = tree.new Planned(PdfName.SPAN, container, textOrder.get(i));
                Object original = t.getUserData(ORIGINAL_TEXT);
                if (original instanceof String s) {
                    span.extra.put(PdfName.ACTUALTEXT, new PdfString(actualText(s), PdfObject.TEXT_UNICODE));
                }
                tree.plan.put(t, span);
            }
        }

        /** The role of an element; {@code null} if transparent, DECORATION if it is decoration. */
        private @Nullable PdfName role(Element e, String name) {
            if ("a".equals(name)) {
                // in-document links (which the print-HTML does not make) are not annotated: plain text
                String href = e.getAttribute("href").strip();
                return !href.isEmpty() && !href.startsWith("#") ? PdfName.LINK : ownLanguage(e) ? PdfName.SPAN : null;
            }
            if ("img".equals(name) && e.getAttribute("alt").isBlank()) {
                return DECORATION; // an image without alternative text is decoration
            }
            if ("svg".equals(name) && e.getAttribute("aria-label").isBlank()) {
                return DECORATION;
            }
            PdfName role = ROLES.get(name);
            if (role == null && ownLanguage(e)) {
                return PdfName.SPAN; // a passage in another language needs an element to say so
            }
            return role;
        }

        private boolean ownLanguage(Element e) {
            String lang = e.getAttribute("lang");
            return !lang.isEmpty() && !lang.equalsIgnoreCase(documentLanguage);
        }

        private void attributes(Planned p, Element e, String name) {
            if (ownLanguage(e)) {
                p.extra.put(PdfName.LANG, new PdfString(e.getAttribute("lang")));
            }
            switch (name) {
                case "img" -> p.extra.put(PdfName.ALT,
                        new PdfString(e.getAttribute("alt").strip(), PdfObject.TEXT_UNICODE));
                case "svg" -> p.extra.put(PdfName.ALT,
                        new PdfString(e.getAttribute("aria-label").strip(), PdfObject.TEXT_UNICODE));
                case "th", "td" -> {
                    PdfDictionary a = new PdfDictionary();
                    a.put(PdfName.O, TABLE_OWNER);
                    if ("th".equals(name)) {
                        String scope = e.getAttribute("scope").toLowerCase(Locale.ROOT);
                        a.put(SCOPE, new PdfName(switch (scope) {
                            case "row" -> "Row";
                            case "col" -> "Column";
                            default -> "Both";
                        }));
                    }
                    span(a, ROW_SPAN, e.getAttribute("rowspan"));
                    span(a, COL_SPAN, e.getAttribute("colspan"));
                    if (a.size() > 1) {
                        p.extra.put(PdfName.A, a);
                    }
                }
                case "ul", "ol" -> {
                    PdfDictionary a = new PdfDictionary();
                    a.put(PdfName.O, LIST_OWNER);
                    a.put(LIST_NUMBERING, new PdfName("ul".equals(name) ? "Disc" : "Decimal"));
                    p.extra.put(PdfName.A, a);
                }
                default -> {
                    // no attributes
                }
            }
        }

        private static void span(PdfDictionary a, PdfName key, String value) {
            if (value.matches("[2-9]|[1-9][0-9]{1,3}")) {
                a.put(key, new PdfNumber(Integer.parseInt(value)));
            }
        }
    }

    /** The original text as a reader should hear it: white space runs made one space, control characters left out. */
    static String actualText(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        boolean space = false;
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else if (Character.getType(cp) != Character.CONTROL) {
                space = false;
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }
}
