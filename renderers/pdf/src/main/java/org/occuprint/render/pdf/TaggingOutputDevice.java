package org.occuprint.render.pdf;

import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.occuprint.render.pdf.StructureTree.Planned;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Text;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.JustificationInfo;
import org.xhtmlrenderer.render.RenderingContext;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Flying Saucer's PDF output device, tagging what it paints: every piece of text, every image and every
 * line or fill is put in a marked-content sequence, either real content that belongs to a structure
 * element of the {@link StructureTree} or an artifact.
 *
 * <ul>
 *   <li>Text belongs to the structure element planned for its XHTML text node; the list bullets (generated
 *       {@code ::before} content) to their list item's Lbl.</li>
 *   <li>The footer in the page margin is a pagination artifact; so is text painted a second time, which is
 *       how Flying Saucer repeats a table's header row on the pages the table continues on.</li>
 *   <li>Backgrounds, borders, rules and underlines are layout artifacts; an image is its Figure's content
 *       when it has alternative text, else an artifact.</li>
 *   <li>Links: Flying Saucer's own link annotations are not made (its link code is private and cannot be
 *       tagged); this device makes one annotation per painted box of a link, with the link's text as
 *       {@code /Contents}, a {@code /StructParent} and an object reference in the Link element.</li>
 * </ul>
 *
 * <p>Consecutive paints with the same meaning share one marked-content sequence; a sequence is closed
 * before the graphics state is restored and at the end of each page. Without {@link #beginTagging} (the
 * layout passes, untagged output) it paints exactly as Flying Saucer's device.
 */
final class TaggingOutputDevice extends ITextOutputDevice {
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName FOOTER = new PdfName("Footer");

    /** The kinds of artifact, with the marked-content properties each is written with. */
    private enum Artifact {
        /** Backgrounds, borders, rules, underlines, decorative images. */
        LAYOUT(null),
        /** Content repeated because of pagination (table header rows on later pages). */
        PAGINATION(properties(TaggingOutputDevice.PAGINATION, null)),
        /** The running footer in the page margin: print date and page number. */
        FOOTER(properties(TaggingOutputDevice.PAGINATION, TaggingOutputDevice.FOOTER));

        private final @Nullable PdfDictionary properties;

        Artifact(@Nullable PdfDictionary properties) {
            this.properties = properties;
        }

        private static PdfDictionary properties(PdfName type, @Nullable PdfName subtype) {
            PdfDictionary d = new PdfDictionary();
            d.put(PdfName.TYPE, type);
            if (subtype != null) {
                d.put(PdfName.SUBTYPE, subtype);
            }
            return d;
        }

        void begin(PdfContentByte cb) {
            if (properties == null) {
                cb.beginMarkedContentSequence(ARTIFACT);
            } else {
                cb.beginMarkedContentSequence(ARTIFACT, properties, true);
            }
        }
    }

    private @Nullable StructureTree tree;
    private float pageHeight;
    private @Nullable PdfWriter writer;
    /** The marked-content sequence open on the current page: a {@link Planned} leaf or an {@link Artifact}. */
    private @Nullable Object open;
    /** What the text being drawn belongs to, while {@link #drawText} runs. */
    private @Nullable Object textTarget;
    /** The Figure whose image is being painted, while {@link #paintReplacedElement} runs. */
    private @Nullable Planned figure;
    /** Text pieces painted so far: painting one again (a repeated table header) makes an artifact. */
    private final Set<InlineText> painted = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The boxes of links that have their annotation on the current page. */
    private final Set<Box> linked = Collections.newSetFromMap(new IdentityHashMap<>());

    TaggingOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    /** Marks the writer as tagged; call before it is opened. */
    static void beforeOpen(PdfWriter pdfWriter) {
        pdfWriter.setTagged();
    }

    /**
     * Starts tagging: plans the structure of {@code dom}, the document about to be painted. Call after
     * the writer is opened, before the first page is painted.
     */
    void beginTagging(PdfWriter pdfWriter, Document dom) {
        writer = pdfWriter;
        tree = StructureTree.plan(dom, pdfWriter.getStructureTreeRoot());
    }

    /**
     * Makes a renderer laid out with this device write a tagged PDF whose pages another document copies
     * (a bound book's cover and contents): tags, structure tree and {@code /Tabs}, but no document-level
     * conformance settings or metadata, which are the other document's. Does nothing for a renderer
     * with another device.
     */
    static void tagWhenWritten(ITextRenderer renderer) {
        if (!(renderer.getOutputDevice() instanceof TaggingOutputDevice device)) {
            return;
        }
        renderer.setListener(new DefaultPDFCreationListener() {
            @Override
            public void preOpen(ITextRenderer r) {
                PdfWriter w = writer(r);
                beforeOpen(w);
                Conformance.beforeOpen(w);
            }

            @Override
            public void preWrite(ITextRenderer r, int pageCount) {
                device.beginTagging(writer(r), r.getDocument());
            }

            @Override
            public void onClose(ITextRenderer r) {
                device.finishTagging();
            }
        });
    }

    private static PdfWriter writer(ITextRenderer renderer) {
        PdfWriter w = renderer.getWriter();
        if (w == null) {
            throw new IllegalStateException("Flying Saucer has no PDF writer yet");
        }
        return w;
    }

    /** Finishes the structure tree; call after the last page, before the document is closed. */
    void finishTagging() {
        StructureTree t = tree;
        if (t != null) {
            t.finish();
        }
    }

    @Override
    public void initializePage(PdfContentByte currentPage, float height) {
        super.initializePage(currentPage, height);
        pageHeight = height;
        open = null;
        linked.clear();
    }

    @Override
    public void finishPage() {
        close();
        super.finishPage();
    }

    @Override
    public void setClip(@Nullable Shape s) {
        close(); // restores the graphics state: no marked-content sequence may straddle that
        super.setClip(s);
    }

    @Override
    public void drawText(RenderingContext c, InlineText inlineText) {
        StructureTree t = tree;
        if (t == null) {
            super.drawText(c, inlineText);
            return;
        }
        textTarget = target(t, inlineText);
        try {
            super.drawText(c, inlineText);
        } finally {
            textTarget = null;
        }
    }

    /** What a piece of text belongs to: a structure element, or an artifact of some kind. */
    private Object target(StructureTree t, InlineText inlineText) {
        Text node = inlineText.getTextNode();
        InlineLayoutBox box = inlineText.getParent();
        if (node == null) {
            return generatedTarget(t, box);
        }
        if (!painted.add(inlineText)) {
            return Artifact.PAGINATION;
        }
        Planned p = t.forText(node);
        return p != null ? p : Artifact.LAYOUT;
    }

    /** Generated text (CSS content): the page footer, a list bullet, anything else decoration. */
    private static Object generatedTarget(StructureTree t, Box box) {
        if (box.isContainedInMarginBox()) {
            return Artifact.FOOTER;
        }
        for (Box b = box; b != null; b = b.getParent()) {
            Element e = b.getElement();
            if (b.getPseudoElementOrClass() != null && e != null) {
                Planned item = t.forElement(e);
                Planned label = item == null ? null : item.label();
                return label != null ? label : Artifact.LAYOUT;
            }
        }
        return Artifact.LAYOUT;
    }

    @Override
    public void drawString(String s, float x, float y, @Nullable JustificationInfo info) {
        if (tree != null && !s.isEmpty()) {
            Object t = textTarget;
            mark(t != null ? t : Artifact.LAYOUT);
        }
        super.drawString(s, x, y, info);
    }

    @Override
    public void fill(Shape s) {
        markGraphics();
        super.fill(s);
    }

    @Override
    public void draw(Shape s) {
        markGraphics();
        super.draw(s);
    }

    @Override
    public void drawImage(FSImage image, int x, int y) {
        markGraphics();
        super.drawImage(image, x, y);
    }

    /**
     * Opens the marked content of what a replaced element paints straight onto the page (a drawing): its
     * Figure's content, else a layout artifact. Call from the element's paint, before painting.
     */
    void markReplacedContent() {
        markGraphics();
    }

    private void markGraphics() {
        if (tree != null) {
            Planned f = figure;
            mark(f != null ? f : Artifact.LAYOUT);
        }
    }

    @Override
    public void paintReplacedElement(RenderingContext c, BlockBox box) {
        StructureTree t = tree;
        Element e = box.getElement();
        Planned p = t == null || e == null ? null : t.forElement(e);
        figure = p != null && p.role() == PdfName.FIGURE ? p : null;
        try {
            super.paintReplacedElement(c, box);
        } finally {
            figure = null;
        }
    }

    /**
     * Paints the background as Flying Saucer's base device does, without Flying Saucer's untagged link
     * annotation; when tagging, makes the link annotation of the box instead.
     */
    @Override
    public void paintBackground(RenderingContext c, Box box) {
        StructureTree t = tree;
        if (t == null) {
            super.paintBackground(c, box);
            return;
        }
        if (box.getStyle().isVisible()) {
            Rectangle bounds = box.getPaintingBorderEdge(c);
            paintBackground(c, box.getStyle(), bounds, bounds, box.getStyle().getBorder(c));
        }
        Element e = box.getElement();
        Planned link = e == null ? null : t.forElement(e);
        if (link != null && link.role() == PdfName.LINK && linked.add(box)) {
            annotate(c, box, e, link);
        }
    }

    private void annotate(RenderingContext c, Box box, Element e, Planned link) {
        PdfWriter w = writer;
        String href = e.getAttribute("href").strip();
        if (w == null || href.isEmpty() || href.startsWith("#")) {
            return;
        }
        // the box's area as Flying Saucer computes a link's: its painted bounds, on this page
        Rectangle bounds = box.getPaintingInfo() != null ? box.getPaintingInfo().getAggregateBounds()
                : box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        Point2D corner = getTransform().transform(new Point2D.Double(bounds.x, bounds.y + bounds.height), null);
        float left = (float) corner.getX();
        float bottom = pageHeight - (float) corner.getY();
        float width = getDeviceLength(bounds.width);
        float height = getDeviceLength(bounds.height);
        if (width <= 0 || height <= 0) {
            return;
        }
        PdfAnnotation annotation = new PdfAnnotation(w, left, bottom, left + width, bottom + height,
                new PdfAction(href));
        annotation.remove(PdfName.C);
        annotation.put(PdfName.F, new PdfNumber(PdfAnnotation.FLAGS_PRINT));
        annotation.setBorder(new PdfBorderArray(0, 0, 0));
        String text = e.getTextContent().strip().replaceAll("\\s+", " ");
        annotation.put(PdfName.CONTENTS, new PdfString(text.isEmpty() ? href : text, PdfObject.TEXT_UNICODE));
        int key = w.getStructureTreeRoot().addExistingObject(link.element().getReference());
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        w.addAnnotation(annotation);
        link.addObjectReference(annotation.getIndirectReference(), w.getCurrentPage());
    }

    /** Makes sure the open marked-content sequence is the one for {@code target}. */
    private void mark(Object target) {
        if (open == target) {
            return;
        }
        close();
        PdfContentByte cb = getCurrentPage();
        if (target instanceof Planned p) {
            cb.beginMarkedContentSequence(p.element());
        } else {
            ((Artifact) target).begin(cb);
        }
        open = target;
    }

    private void close() {
        if (open != null) {
            getCurrentPage().endMarkedContentSequence();
            open = null;
        }
    }
}
