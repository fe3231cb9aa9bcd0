package org.occuprint.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
     * Writes the document part as {@link XWPFDocument#commit} does, through a {@link Splicer} that puts each
     * drawing's XML in place of its comment.
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
     * Takes the document's UTF-8 bytes, and passes them on when the part ends with each comment
     * {@code <!--occuprint-drawing-N-->} replaced by drawing N's XML. The comments are ASCII, so they are found
     * in the bytes as they are, read as Latin-1 (one char a byte, a plain copy), by {@link String#indexOf},
     * which the JVM runs on many bytes at a time: a byte-by-byte search through the part's 75 kB took 50 us, a
     * sixth of what a chart costs. Nothing is decoded or encoded but the drawings. A comment in text cannot be
     * mistaken for one, because a {@code <} in text is written {@code &lt;}.
     */
    static final class Splicer extends OutputStream {
        private static final String OPEN_TEXT = new String(OPEN, StandardCharsets.ISO_8859_1);
        private static final String CLOSE_TEXT = new String(CLOSE, StandardCharsets.ISO_8859_1);

        private final List<String> drawings;
        private final OutputStream out;
        private byte[] bytes = new byte[96 * 1024];
        private int size;

        Splicer(List<String> drawings, OutputStream out) {
            this.drawings = drawings;
            this.out = out;
        }

        @Override
        public void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            room(len);
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        private void room(int more) {
            if (bytes.length - size < more) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
            }
        }

        /** Ends the part: writes it with the drawings in place, each of which must have exactly one place. */
        void finish() throws IOException {
            String text = new String(bytes, 0, size, StandardCharsets.ISO_8859_1);
            boolean[] placed = new boolean[drawings.size()];
            int from = 0; // the first byte not yet passed on
            for (int at = text.indexOf(OPEN_TEXT); at >= 0; at = text.indexOf(OPEN_TEXT, from)) {
                int i = at + OPEN.length;
                int number = 0;
                int digits = 0;
                for (; i < size && bytes[i] >= '0' && bytes[i] <= '9' && digits < 9; i++, digits++) {
                    number = 10 * number + (bytes[i] - '0');
                }
                if (size - i < CLOSE_TEXT.length() && CLOSE_TEXT.startsWith(text.substring(i))) {
                    throw new IllegalStateException("The document part ends inside a drawing's comment");
                }
                if (digits == 0 || !text.startsWith(CLOSE_TEXT, i)) {
                    throw new IllegalStateException("A drawing's comment in the document part is broken");
                }
                if (number >= placed.length) {
                    throw new IllegalStateException("Drawing " + number + " does not exist");
                }
                if (placed[number]) {
                    throw new IllegalStateException("Drawing " + number + " has two places in the document part");
                }
                placed[number] = true;
                out.write(bytes, from, at - from);
                out.write(drawings.get(number).getBytes(StandardCharsets.UTF_8));
                from = i + CLOSE_TEXT.length();
            }
            out.write(bytes, from, size - from);
            for (int i = 0; i < placed.length; i++) {
                if (!placed[i]) {
                    throw new IllegalStateException("Drawing " + i + " has no place in the document part");
                }
            }
            out.flush();
        }
    }
}
