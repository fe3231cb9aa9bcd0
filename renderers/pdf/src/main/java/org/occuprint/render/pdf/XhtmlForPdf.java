package org.occuprint.render.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.occuprint.compose.Footer;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The print-HTML's XHTML made ready for Flying Saucer: parsed without fetching anything, links limited
 * to web and mail addresses, an outline entry per section, the PDF-only stylesheet, and every character
 * that no embedded font can draw replaced by a visible mark and reported.
 */
final class XhtmlForPdf {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** What prints in place of a character that no embedded font has: WHITE SQUARE, the usual "tofu". */
    static final char MISSING_MARK = '\u25A1';

    /** Elements whose children are all blocks (or table parts): white space between them means nothing. */
    private static final Set<String> BLOCK_CONTAINERS = Set.of("html", "head", "body", "header", "main", "section",
            "aside", "div", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr");

    /** The class that lets a table cell break a word that is too long for any column. */
    static final String BREAK_WORD = "occuprint-break-word";
    /** The class that starts an element on a new page (see {@link StrandedCaptions}). */
    static final String PAGE_BREAK = "occuprint-page-break";
    /** The class that keeps a short table whole on one page. */
    static final String KEEP = "occuprint-keep";
    /** Tables with at most this many body rows are kept whole on one page. */
    private static final int SHORT_TABLE_ROWS = 8;
    /** Words longer than this (in characters) may be broken inside a table cell. */
    private static final int LONG_WORD = 30;
    private static final List<String> CELLS = List.of("td", "th", "caption");

    private static final System.Logger LOG = System.getLogger(PdfRenderer.class.getName());
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?:|mailto:|#)[^\\s]*");
    private static final DocumentBuilderFactory FACTORY = factory();

    private XhtmlForPdf() {
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be configured safely", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /** Parses well-formed XHTML; no DTD, entity or other resource is loaded. */
    static Document parse(String xhtml) throws SAXException, IOException {
        DocumentBuilder builder;
        synchronized (FACTORY) {
            try {
                builder = FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("The XML parser cannot be configured", e);
            }
        }
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xhtml)));
    }

    /**
     * Removes the white-space-only text between the children of block containers (the template's line
     * breaks), which Flying Saucer would otherwise run through its white-space collapsing one by one.
     */
    static void dropWhitespaceBetweenBlocks(Node node) {
        Node n = node.getFirstChild();
        boolean container = node.getNodeType() == Node.ELEMENT_NODE
                && XHTML.equals(node.getNamespaceURI()) && BLOCK_CONTAINERS.contains(node.getLocalName());
        while (n != null) {
            Node next = n.getNextSibling();
            if (n.getNodeType() == Node.TEXT_NODE) {
                if (container && n.getNodeValue().isBlank()) {
                    node.removeChild(n);
                }
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                dropWhitespaceBetweenBlocks(n);
            }
            n = next;
        }
    }

    /**
     * Keeps only {@code http:}, {@code https:}, {@code mailto:} and in-document links (the print-HTML
     * makes no others; this is a second line of defence) and drops event-handler attributes, which Flying
     * Saucer would turn into PDF JavaScript actions.
     */
    static void limitLinks(Document dom) {
        NodeList all = dom.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            NamedNodeMap attributes = e.getAttributes();
            List<Attr> drop = new ArrayList<>();
            for (int j = 0; j < attributes.getLength(); j++) {
                Attr a = (Attr) attributes.item(j);
                String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.startsWith("on") || (lower.equals("href") && !SAFE_LINK.matcher(a.getValue().strip()).matches())) {
                    drop.add(a);
                }
            }
            for (Attr a : drop) {
                e.removeAttributeNode(a);
            }
        }
    }

    /**
     * Marks the table cells that hold a word of more than {@value #LONG_WORD} characters with
     * {@link #BREAK_WORD}: the PDF stylesheet keeps words in cells whole, except there.
     */
    static void markLongWordCells(Document dom) {
        for (String name : CELLS) {
            NodeList cells = dom.getElementsByTagNameNS(XHTML, name);
            for (int i = 0; i < cells.getLength(); i++) {
                Element cell = (Element) cells.item(i);
                if (hasLongWord(cell.getTextContent())) {
                    addClass(cell, BREAK_WORD);
                }
            }
        }
    }

    /**
     * Lets the cells of these tables break words (see {@link WideTables}): first only the column
     * headers, whose words are the longest; with {@code allCells} every cell, figures included.
     */
    static void allowBrokenWords(List<Element> tables, boolean allCells) {
        for (Element table : tables) {
            List<Element> scopes = new ArrayList<>();
            if (allCells) {
                scopes.add(table);
            } else {
                NodeList heads = table.getElementsByTagNameNS(XHTML, "thead");
                for (int i = 0; i < heads.getLength(); i++) {
                    scopes.add((Element) heads.item(i));
                }
            }
            for (Element scope : scopes) {
                for (String name : CELLS) {
                    NodeList cells = scope.getElementsByTagNameNS(XHTML, name);
                    for (int i = 0; i < cells.getLength(); i++) {
                        addClass((Element) cells.item(i), BREAK_WORD);
                    }
                }
            }
        }
    }

    /**
     * Marks short tables (at most {@value #SHORT_TABLE_ROWS} body rows), with their wrapper block, caption
     * and notes, to be kept whole on one page: a reader should not turn the page in the middle of four
     * rows of wages, and a kept table cannot leave its caption behind.
     */
    static void keepShortTablesWhole(Document dom) {
        NodeList tables = dom.getElementsByTagNameNS(XHTML, "table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            int rows = 0;
            NodeList bodies = table.getElementsByTagNameNS(XHTML, "tbody");
            for (int b = 0; b < bodies.getLength(); b++) {
                rows += ((Element) bodies.item(b)).getElementsByTagNameNS(XHTML, "tr").getLength();
            }
            if (rows <= SHORT_TABLE_ROWS) {
                addClass(table.getParentNode() instanceof Element parent && "div".equals(parent.getLocalName())
                        ? parent : table, KEEP);
            }
        }
    }

    /** Starts each of these elements on a new page. */
    static void breakBefore(List<Element> elements) {
        for (Element e : elements) {
            addClass(e, PAGE_BREAK);
        }
    }

    private static void addClass(Element e, String name) {
        String classes = e.getAttribute("class");
        if (!(" " + classes + " ").contains(" " + name + " ")) {
            e.setAttribute("class", classes.isEmpty() ? name : classes + " " + name);
        }
    }

    private static boolean hasLongWord(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                run = 0;
            } else if (++run > LONG_WORD) {
                return true;
            }
        }
        return false;
    }

    /** An outline entry: its text, the anchor it opens, the entries under it. */
    record Bookmark(String name, String anchor, List<Bookmark> children) {
    }

    /**
     * Adds Flying Saucer's {@code <bookmarks>} to the head: the PDF's outline, nested as given. An entry
     * points at its section's heading ({@code anchor-heading}) where there is one, because a heading kept with
     * what follows it may start a page after the top of its section.
     */
    static void addOutlineTree(Document dom, List<Bookmark> entries) {
        Set<String> ids = new java.util.HashSet<>();
        NodeList all = dom.getElementsByTagNameNS(XHTML, "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        Element bookmarks = dom.createElementNS(XHTML, "bookmarks");
        appendBookmarks(dom, bookmarks, entries, ids);
        head(dom).appendChild(bookmarks);
    }

    private static void appendBookmarks(Document dom, Element parent, List<Bookmark> entries, Set<String> ids) {
        for (Bookmark e : entries) {
            Element b = dom.createElementNS(XHTML, "bookmark");
            b.setAttribute("name", e.name());
            String heading = e.anchor() + "-heading";
            b.setAttribute("href", "#" + (ids.contains(heading) ? heading : e.anchor()));
            appendBookmarks(dom, b, e.children(), ids);
            parent.appendChild(b);
        }
    }

    /** Appends a stylesheet to the head, after the shared one, so that its rules win. */
    static void addStylesheet(Document dom, String css) {
        if (css.isEmpty()) {
            return;
        }
        Element style = dom.createElementNS(XHTML, "style");
        style.setAttribute("type", "text/css");
        style.appendChild(dom.createTextNode(css));
        head(dom).appendChild(style);
    }

    private static Element head(Document dom) {
        NodeList heads = dom.getElementsByTagNameNS(XHTML, "head");
        if (heads.getLength() == 0) {
            throw new IllegalArgumentException("The XHTML has no head element");
        }
        return (Element) heads.item(0);
    }

    /**
     * Replaces, in the printed text, every character that the body font lacks (and that is not an
     * invisible format character) with {@link #MISSING_MARK}, and logs one warning per document naming
     * each such character and the profile. Invisible format characters the font lacks (zero-width
     * joiners, variation selectors) are removed. The footer's words, which print from the stylesheet,
     * are checked and reported too. Right-to-left letters that do print are reported as well: Flying
     * Saucer sets them left to right. A text node that was changed keeps its original text as DOM user data
     * under {@link StructureTree#ORIGINAL_TEXT}.
     *
     * @return the code points that could not be printed, in order of first appearance
     */
    static List<Integer> replaceUnprintable(Document dom, Footer f, String code, PdfFonts fonts) {
        Scan scan = new Scan(fonts);
        NodeList bodies = dom.getElementsByTagNameNS(XHTML, "body");
        if (bodies.getLength() > 0) {
            replaceIn(bodies.item(0), scan);
        }
        for (String s : List.of(f.printedOn(), f.before(), f.between(), f.after())) {
            scan.printable(s);
        }
        if (!scan.missing.isEmpty()) {
            LOG.log(Level.WARNING, () -> describe(code, scan.missing));
        }
        if (scan.rightToLeft > 0) {
            LOG.log(Level.WARNING, () -> "Profile '" + code + "': " + scan.rightToLeft + " right-to-left letters (the first "
                    + name(scan.firstRightToLeft) + ") print in left-to-right order; the PDF layout engine does not"
                    + " support bidirectional text");
        }
        return List.copyOf(scan.missing.keySet());
    }

    private static void replaceIn(Node node, Scan scan) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = n.getNodeValue();
                String printable = scan.printable(text);
                if (!printable.equals(text)) {
                    n.setNodeValue(printable);
                    // a tagged PDF gives the original to assistive technology (StructureTree)
                    n.setUserData(StructureTree.ORIGINAL_TEXT, text, null);
                }
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                replaceIn(n, scan);
            }
        }
    }

    /** What one document's text holds that the fonts cannot print as it is. */
    private static final class Scan {
        private final PdfFonts fonts;
        private final Map<Integer, Integer> missing = new LinkedHashMap<>();
        private int rightToLeft;
        private int firstRightToLeft;

        Scan(PdfFonts fonts) {
            this.fonts = fonts;
        }

        /** The text with unprintable characters replaced; the same instance when all can print. */
        String printable(String text) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                int cp = text.codePointAt(i);
                if (!fonts.canPrint(cp)) {
                    break;
                }
                noteDirection(cp);
                i += Character.charCount(cp);
            }
            if (i == n) {
                return text;
            }
            StringBuilder sb = new StringBuilder(n).append(text, 0, i);
            while (i < n) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (fonts.canPrint(cp)) {
                    noteDirection(cp);
                    sb.appendCodePoint(cp);
                } else if (!isInvisible(cp)) {
                    missing.merge(cp, 1, Integer::sum);
                    sb.append(MISSING_MARK);
                }
            }
            return sb.toString();
        }

        private void noteDirection(int cp) {
            if (cp < 0x0590) {
                return;
            }
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                if (rightToLeft++ == 0) {
                    firstRightToLeft = cp;
                }
            }
        }
    }

    /** Format characters and variation selectors: they have no glyph of their own. */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** "U+05E2 HEBREW LETTER AYIN". */
    private static String name(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name);
    }

    private static String describe(String code, Map<Integer, Integer> missing) {
        StringBuilder sb = new StringBuilder("Profile '").append(code)
                .append("': no embedded font has these characters; each prints as ").append(MISSING_MARK)
                .append(':');
        missing.forEach((cp, count) -> {
            sb.append(' ').append(name(cp));
            if (count > 1) {
                sb.append(" (").append(count).append(" times)");
            }
            sb.append(',');
        });
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
