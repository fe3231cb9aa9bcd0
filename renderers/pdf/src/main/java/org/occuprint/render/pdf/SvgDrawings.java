package org.occuprint.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.Drawing.Mark;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The drawings of the print-HTML (charts, QR codes) for the PDF, which paints them as vectors
 * ({@link DrawingElement}). The XHTML the PDF lays out holds each drawing as an empty {@code svg} element
 * with its size, class and accessible name, numbered by {@code data-drawing}
 * ({@link org.occuprint.render.html.HtmlRenderer#toXhtml(org.occuprint.compose.ProfileDocument, List)}); the
 * drawing itself comes from the document, not from SVG written and parsed again: the marks of a QR code and two
 * charts were 40 kB of SVG, and parsing them and reading them back cost 0.6 ms of a 15 ms handout.
 *
 * <p>Each drawing is kept on its {@code svg} element (as user data), so that Flying Saucer lays the element out
 * as one replaced box; the element's {@code aria-label} is the Figure's alternative text.
 */
final class SvgDrawings {
    static final String SVG = "http://www.w3.org/2000/svg";
    private static final String KEY = "occuprint.drawing";
    private static final String NUMBER = "data-drawing";

    private SvgDrawings() {
    }

    /** Puts each of {@code drawings} on the {@code svg} element that numbers it. */
    static void attach(Document dom, List<Drawing> drawings) {
        NodeList svgs = dom.getElementsByTagNameNS(SVG, "svg");
        boolean[] placed = new boolean[drawings.size()];
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            int n = number(svg, drawings.size());
            if (placed[n] || svg.hasChildNodes()) {
                throw new IllegalStateException("The print-HTML's drawing " + n + " is not one empty svg element");
            }
            placed[n] = true;
            svg.setUserData(KEY, drawings.get(n), null);
        }
        for (int n = 0; n < placed.length; n++) {
            if (!placed[n]) {
                throw new IllegalStateException("The print-HTML has no svg element for drawing " + n);
            }
        }
    }

    private static int number(Element svg, int count) {
        String value = svg.getAttribute(NUMBER);
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n < count) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalStateException("An svg element of the print-HTML has " + NUMBER + "='" + value
                + "', which numbers none of its " + count + " drawings");
    }

    /** The drawing kept on this element; {@code null} for an element that is not a drawing. */
    static @Nullable Drawing of(@Nullable Element e) {
        return e != null && e.getUserData(KEY) instanceof Drawing d ? d : null;
    }

    /**
     * Adds the drawings to a digest: everything that decides how they are painted, as the XHTML's SVG did when
     * the digest read it.
     */
    static void digest(MessageDigest md, List<Drawing> drawings) {
        ByteBuffer b = ByteBuffer.allocate(32);
        for (Drawing d : drawings) {
            floats(md, b, 'D', d.width(), d.height());
            for (Mark m : d.marks()) {
                if (m instanceof Drawing.Rect r) {
                    floats(md, b, 'R', r.x(), r.y(), r.width(), r.height(), r.fill().ordinal(), r.stroke().ordinal());
                } else if (m instanceof Drawing.Line l) {
                    floats(md, b, 'L', l.x1(), l.y1(), l.x2(), l.y2(), l.stroke().ordinal());
                } else if (m instanceof Drawing.Path p) {
                    floats(md, b, 'P', p.points().size(), p.fill().ordinal());
                    for (float f : p.points()) {
                        floats(md, b, ',', f);
                    }
                } else if (m instanceof Drawing.Label t) {
                    floats(md, b, 'T', t.x(), t.y(), t.size(), t.anchor().ordinal(), t.bold() ? 1 : 0);
                    byte[] text = t.text().getBytes(StandardCharsets.UTF_8);
                    floats(md, b, '"', text.length);
                    md.update(text);
                } else {
                    throw new IllegalArgumentException("Unknown mark " + m.getClass().getName());
                }
            }
        }
    }

    private static void floats(MessageDigest md, ByteBuffer b, char kind, float... values) {
        b.clear();
        b.putChar(kind);
        for (float v : values) {
            b.putInt(Float.floatToIntBits(v));
        }
        md.update(b.array(), 0, b.position());
    }
}
