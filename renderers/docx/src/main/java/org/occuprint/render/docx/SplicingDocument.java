package org.occuprint.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;

/**
 * A document whose drawings are written into {@code document.xml} as text when it is saved, instead of being
 * parsed into XMLBeans' tree and serialized again from it.
 *
 * <p>A chart is some eighty shapes and text boxes, a few thousand elements: parsing them into the tree and
 * writing them out again doubled the time of a whole handout. So {@link #splice} leaves a comment holding the
 * drawing's number where its XML belongs, and {@link #commit} writes the document part as POI does, through
 * a stream that puts each drawing's XML in place of its comment. The XML is the writer's own: well-formed, with its
 * namespaces declared on its root element, so that it needs nothing from where it lands. The document's bytes
 * depend only on what was written into it, as before.
 */
final class SplicingDocument extends XWPFDocument {
    private static final String MARK = "occuprint-drawing-";
    private static final byte[] OPEN = ("<!--" + MARK).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "-->".getBytes(StandardCharsets.US_ASCII);

    private final List<String> drawings = new ArrayList<>();

    /** Puts this XML, a complete element, as the last child of {@code parent} when the document is saved. */
    void splice(XmlObject parent, String xml) {
        try (XmlCursor c = parent.newCursor()) {
            c.toEndToken();
            c.insertComment(MARK + drawings.size());
        }
        drawings.add(xml);
    }

    /**
     * Lets the package go without saving it. A new document's package saves itself when it is closed, into a
     * stream of its own that nobody reads: the whole document committed, zipped and deflated a second time after
     * {@link ReproducibleZip} has written it, a quarter of a handout's time (1.07 ms of 4.3).
     */
    @Override
    public void close() {
        getPackage().revert();
    }

    /**
     * Writes the document part as {@link XWPFDocument#commit} does, through a stream that puts each drawing's XML
     * in place of its comment on the way: the part is written once, and the document's XML is never held twice.
     */
    @Override
    protected void commit() throws IOException {
        if (drawings.isEmpty()) {
            super.commit();
            return;
        }
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(), "document"));
        try (OutputStream out = getPackagePart().getOutputStream()) {
            Splicer splicer = new Splicer(drawings, out);
            getDocument().save(splicer, options);
            splicer.finish();
        }
    }

    /**
     * Passes the document's UTF-8 bytes on, and each comment {@code <!--occuprint-drawing-N-->} as drawing N's
     * XML. The comments are ASCII, so they are found in the bytes as they are: nothing is decoded or encoded
     * but the drawings. A comment begins with the only {@code <} of {@link #OPEN}: a byte that breaks a partial
     * match is passed on with the part matched, or begins a new match.
     */
    static final class Splicer extends OutputStream {
        private final List<String> drawings;
        private final OutputStream out;
        private final boolean[] placed;
        /** How many bytes of {@link #OPEN} were matched; past its length, the drawing's number is being read. */
        private int matched;
        private int number;
        /** How many bytes of {@link #CLOSE} were matched after the number. */
        private int closing;

        Splicer(List<String> drawings, OutputStream out) {
            this.drawings = drawings;
            this.out = out;
            this.placed = new boolean[drawings.size()];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int from = off; // the first byte not yet passed on
            int end = off + len;
            for (int i = off; i < end; i++) {
                byte c = b[i];
                if (matched < OPEN.length) {
                    if (c == OPEN[matched]) {
                        if (matched == 0) {
                            out.write(b, from, i - from);
                        }
                        matched++;
                        from = i + 1;
                    } else if (matched > 0) {
                        out.write(OPEN, 0, matched);
                        matched = c == OPEN[0] ? 1 : 0;
                        from = matched == 1 ? i + 1 : i;
                    }
                } else if (closing == 0 && c >= '0' && c <= '9') {
                    number = 10 * number + (c - '0');
                    from = i + 1;
                } else if (c == CLOSE[closing]) {
                    from = i + 1;
                    if (++closing == CLOSE.length) {
                        place();
                    }
                } else {
                    throw new IllegalStateException("A drawing's comment in the document part is broken");
                }
            }
            if (matched == 0) {
                out.write(b, from, end - from);
            }
        }

        private void place() throws IOException {
            if (number >= placed.length) {
                throw new IllegalStateException("Drawing " + number + " does not exist");
            }
            if (placed[number]) {
                throw new IllegalStateException("Drawing " + number + " has two places in the document part");
            }
            placed[number] = true;
            out.write(drawings.get(number).getBytes(StandardCharsets.UTF_8));
            matched = 0;
            number = 0;
            closing = 0;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        /** Ends the part: every drawing must have had its place. */
        void finish() throws IOException {
            if (matched > 0) {
                throw new IllegalStateException("The document part ends inside a drawing's comment");
            }
            for (int i = 0; i < placed.length; i++) {
                if (!placed[i]) {
                    throw new IllegalStateException("Drawing " + i + " has no place in the document part");
                }
            }
            out.flush();
        }
    }
}
