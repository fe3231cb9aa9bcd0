package org.occuprint.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * A document whose drawings are written into {@code document.xml} as text when it is saved, instead of being
 * parsed into XMLBeans' tree and serialized again from it.
 *
 * <p>A chart is some eighty shapes and text boxes, a few thousand elements: parsing them into the tree and
 * writing them out again doubled the time of a whole handout. So {@link #splice} leaves a comment holding the
 * drawing's number where its XML belongs, and {@link #commit} lets POI write the document part as usual and
 * then puts each drawing's XML in place of its comment. The XML is the writer's own: well-formed, with its
 * namespaces declared on its root element, so that it needs nothing from where it lands. The document's bytes
 * depend only on what was written into it, as before.
 */
final class SplicingDocument extends XWPFDocument {
    private static final String MARK = "occuprint-drawing-";

    private final List<String> drawings = new ArrayList<>();

    /** Puts this XML, a complete element, as the last child of {@code parent} when the document is saved. */
    void splice(XmlObject parent, String xml) {
        try (XmlCursor c = parent.newCursor()) {
            c.toEndToken();
            c.insertComment(MARK + drawings.size());
        }
        drawings.add(xml);
    }

    @Override
    protected void commit() throws IOException {
        super.commit();
        if (drawings.isEmpty()) {
            return;
        }
        PackagePart part = getPackagePart();
        String xml;
        try (InputStream in = part.getInputStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder spliced = new StringBuilder(xml.length() + drawings.stream().mapToInt(String::length).sum());
        boolean[] placed = new boolean[drawings.size()];
        String open = "<!--" + MARK;
        int from = 0;
        for (int at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, from)) {
            int end = xml.indexOf("-->", at);
            int i = Integer.parseInt(xml, at + open.length(), end, 10);
            if (placed[i]) {
                throw new IllegalStateException("Drawing " + i + " has two places in the document part");
            }
            placed[i] = true;
            spliced.append(xml, from, at).append(drawings.get(i));
            from = end + "-->".length();
        }
        spliced.append(xml, from, xml.length());
        for (int i = 0; i < placed.length; i++) {
            if (!placed[i]) {
                throw new IllegalStateException("Drawing " + i + " has no place in the document part");
            }
        }
        byte[] bytes = spliced.toString().getBytes(StandardCharsets.UTF_8);
        part.clear(); // a memory part's stream appends to what the part holds
        try (OutputStream out = part.getOutputStream()) {
            out.write(bytes);
        }
    }
}
