package org.occuprint.render.html;

import java.math.BigDecimal;
import java.util.List;

import org.occuprint.compose.Drawing;
import org.unbescape.xml.XmlEscape;
import org.unbescape.xml.XmlEscapeLevel;
import org.unbescape.xml.XmlEscapeType;

/**
 * A {@link Drawing} as inline SVG: one element per mark, in painting order, sizes in points; the drawing's text
 * alternative is the element's accessible name ({@code role="img"}, {@code aria-label}).
 *
 * <p>Written here rather than by the template because a QR code has a few hundred marks: evaluating a
 * template's attribute expressions for each of them cost more than laying out and writing the rest of the
 * page. The PDF renderer paints the drawings itself and gets them without their marks ({@link #placeholder}).
 */
final class SvgWriter {
    private static final String FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";
    private static final String LABEL_INK = "#1a1a1a";

    private final StringBuilder out = new StringBuilder(4096);

    private SvgWriter() {
    }

    /**
     * The {@code svg} element of a drawing.
     *
     * @param d the drawing
     * @param name its text alternative
     * @param kind its class ({@code chart-drawing} or {@code qr-code}), which the print stylesheet places
     */
    static String svg(Drawing d, String name, String kind) {
        return new SvgWriter().write(d, name, kind);
    }

    /**
     * The {@code svg} element of a drawing without its marks, for a renderer that paints them itself: the
     * attributes of {@link #svg}, and {@code data-drawing}, the drawing's number.
     */
    static String placeholder(Drawing d, String name, String kind, int number) {
        SvgWriter w = new SvgWriter();
        w.open(d, name, kind);
        w.out.setLength(w.out.length() - 1);
        w.attr("data-drawing", Integer.toString(number));
        return w.out.append("></svg>").toString();
    }

    private void open(Drawing d, String name, String kind) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"");
        attr("class", kind);
        out.append(" font-family=\"").append(FONT_FAMILY).append('"');
        attr("aria-label", name);
        attr("viewBox", "0 0 " + n(d.width()) + " " + n(d.height()));
        attr("width", n(d.width()) + "pt");
        attr("height", n(d.height()) + "pt");
        out.append('>');
    }

    private String write(Drawing d, String name, String kind) {
        open(d, name, kind);
        for (Drawing.Mark mark : d.marks()) {
            out.append('\n');
            if (mark instanceof Drawing.Rect r) {
                out.append("<rect");
                attr("x", n(r.x()));
                attr("y", n(r.y()));
                attr("width", n(r.width()));
                attr("height", n(r.height()));
                attr("fill", paint(r.fill()));
                stroke(r.stroke());
                out.append(" />");
            } else if (mark instanceof Drawing.Line l) {
                out.append("<line");
                attr("x1", n(l.x1()));
                attr("y1", n(l.y1()));
                attr("x2", n(l.x2()));
                attr("y2", n(l.y2()));
                stroke(l.stroke());
                out.append(" />");
            } else if (mark instanceof Drawing.Path p) {
                out.append("<polygon");
                attr("points", points(p.points()));
                attr("fill", paint(p.fill()));
                out.append(" />");
            } else if (mark instanceof Drawing.Label t) {
                out.append("<text");
                attr("fill", LABEL_INK);
                attr("x", n(t.x()));
                attr("y", n(t.y()));
                attr("font-size", n(t.size()));
                attr("text-anchor", anchor(t.anchor()));
                if (t.bold()) {
                    attr("font-weight", "bold");
                }
                out.append('>').append(escape(t.text())).append("</text>");
            } else {
                throw new IllegalArgumentException("Unknown mark " + mark.getClass().getName());
            }
        }
        return out.append("</svg>").toString();
    }

    private void attr(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    /** Markup-significant characters as references; the rest (dashes, accents) as they are, like the template. */
    private static String escape(String text) {
        return XmlEscape.escapeXml10(text, XmlEscapeType.CHARACTER_ENTITY_REFERENCES_DEFAULT_TO_HEXA,
                XmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT);
    }

    /** A stroke's paint, and its width and dashes when it is drawn. */
    private void stroke(Drawing.Stroke stroke) {
        if (stroke.rgb() == null) {
            attr("stroke", "none");
            return;
        }
        attr("stroke", stroke.rgb());
        attr("stroke-width", n(stroke.width()));
        if (stroke.dashed()) {
            attr("stroke-dasharray", "3 2");
        }
    }

    /** A number for an SVG attribute: at most two decimals, no trailing zeros, never in exponent form. */
    static String n(float value) {
        BigDecimal d = BigDecimal.valueOf(Math.round(value * 100d), 2).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private static String paint(Drawing.Fill fill) {
        return fill.rgb() == null ? "none" : fill.rgb();
    }

    /** A polygon's points: {@code "x1,y1 x2,y2 …"}. */
    private static String points(List<Float> p) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < p.size(); i += 2) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(n(p.get(i))).append(',').append(n(p.get(i + 1)));
        }
        return s.toString();
    }

    private static String anchor(Drawing.Anchor anchor) {
        return switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
    }
}
