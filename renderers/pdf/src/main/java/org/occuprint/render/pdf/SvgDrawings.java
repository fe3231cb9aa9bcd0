package org.occuprint.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.Drawing.Anchor;
import org.occuprint.compose.Drawing.Fill;
import org.occuprint.compose.Drawing.Mark;
import org.occuprint.compose.Drawing.Stroke;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The print-HTML's drawings (charts, QR codes: inline SVG that the HTML renderer writes from a core
 * {@link Drawing}) read back into drawings for the PDF, which paints them as vectors ({@link DrawingElement}).
 * Only the SVG the HTML renderer writes is read: {@code rect}, {@code line}, {@code polygon} and {@code text}
 * with the colours of {@link Fill} and {@link Stroke}; anything else in an {@code svg} is an error in this
 * project, not in the reader's data.
 *
 * <p>Each drawing is kept on its {@code svg} element (as user data) and the element's children are removed,
 * so that Flying Saucer lays the element out as one replaced box and the structure tree sees no text in it;
 * the element's {@code aria-label} stays, for the Figure's alternative text.
 */
final class SvgDrawings {
    static final String SVG = "http://www.w3.org/2000/svg";
    private static final String KEY = "occuprint.drawing";

    private SvgDrawings() {
    }

    /** Reads every drawing of {@code dom} onto its element. */
    static void extract(Document dom) {
        NodeList svgs = dom.getElementsByTagNameNS(SVG, "svg");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < svgs.getLength(); i++) {
            found.add((Element) svgs.item(i));
        }
        for (Element svg : found) {
            Drawing d = read(svg);
            svg.setUserData(KEY, d, null);
            while (svg.getFirstChild() != null) {
                svg.removeChild(svg.getFirstChild());
            }
        }
    }

    /** The drawing kept on this element; {@code null} for an element that is not a drawing. */
    static @Nullable Drawing of(@Nullable Element e) {
        return e != null && e.getUserData(KEY) instanceof Drawing d ? d : null;
    }

    private static Drawing read(Element svg) {
        List<Mark> marks = new ArrayList<>();
        for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "rect" -> marks.add(new Drawing.Rect(num(e, "x"), num(e, "y"), num(e, "width"), num(e, "height"),
                        fill(e.getAttribute("fill")), stroke(e)));
                case "line" -> marks.add(new Drawing.Line(num(e, "x1"), num(e, "y1"), num(e, "x2"), num(e, "y2"),
                        stroke(e)));
                case "polygon" -> {
                    List<Float> points = new ArrayList<>();
                    for (String pair : e.getAttribute("points").trim().split("\\s+")) {
                        String[] xy = pair.split(",");
                        points.add(Float.parseFloat(xy[0]));
                        points.add(Float.parseFloat(xy[1]));
                    }
                    marks.add(new Drawing.Path(points, fill(e.getAttribute("fill"))));
                }
                case "text" -> marks.add(new Drawing.Label(num(e, "x"), num(e, "y"), e.getTextContent(),
                        num(e, "font-size"), anchor(e.getAttribute("text-anchor")),
                        "bold".equals(e.getAttribute("font-weight"))));
                default -> throw new IllegalStateException("A drawing has an element <" + e.getLocalName()
                        + "> that the PDF renderer does not draw");
            }
        }
        return new Drawing(length(svg, "width"), length(svg, "height"), marks);
    }

    private static float num(Element e, String attribute) {
        return Float.parseFloat(e.getAttribute(attribute));
    }

    /** A length in points: {@code 480pt}. */
    private static float length(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        return Float.parseFloat(v.endsWith("pt") ? v.substring(0, v.length() - 2) : v);
    }

    private static Fill fill(String paint) {
        // colours shared by several fills draw the same; the first in declaration order stands for them
        for (Fill f : Fill.values()) {
            if (paint.equals(f.rgb() == null ? "none" : f.rgb())) {
                return f;
            }
        }
        throw new IllegalStateException("A drawing has the fill '" + paint + "', which is not one of Drawing.Fill");
    }

    private static Stroke stroke(Element e) {
        String paint = e.getAttribute("stroke");
        if (paint.isEmpty() || "none".equals(paint)) {
            return Stroke.NONE;
        }
        float width = num(e, "stroke-width");
        boolean dashed = e.hasAttribute("stroke-dasharray");
        for (Stroke s : Stroke.values()) {
            if (paint.equals(s.rgb()) && Math.abs(s.width() - width) < 0.001f && s.dashed() == dashed) {
                return s;
            }
        }
        throw new IllegalStateException("A drawing has the stroke '" + paint + "' " + width
                + ", which is not one of Drawing.Stroke");
    }

    private static Anchor anchor(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "middle" -> Anchor.MIDDLE;
            case "end" -> Anchor.END;
            default -> Anchor.START;
        };
    }
}
