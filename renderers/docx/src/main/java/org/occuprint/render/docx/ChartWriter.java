package org.occuprint.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.occuprint.compose.Block.Chart;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.Drawing.Fill;
import org.occuprint.compose.Drawing.Label;
import org.occuprint.compose.Drawing.Line;
import org.occuprint.compose.Drawing.Mark;
import org.occuprint.compose.Drawing.Path;
import org.occuprint.compose.Drawing.Rect;
import org.occuprint.compose.Drawing.Stroke;

/**
 * Writes a chart: its caption (caption style, kept with the drawing), then the drawing as a native DrawingML
 * group that Word and LibreOffice can edit, shape by shape: an inline {@code wpg:wgp} group (Word 2010's
 * group shape) of {@code wps:wsp} shapes in the order of the marks, rectangles and lines as preset shapes,
 * consecutive lines of one stroke (a grid, a bar's hatching) as one shape of as many sub-paths, arrowheads as
 * custom geometry, and labels as text boxes whose paragraphs carry the text. The group's
 * {@code docPr} description is the chart's text alternative.
 *
 * <p>POI's slim schema jar has no classes for the {@code wpg} and {@code wps} elements, so the group is
 * written as XML text (every string through {@link XmlText#escape}) and spliced into the inline's
 * {@code a:graphicData} when the document is saved ({@link SplicingDocument}): parsing it into XMLBeans' tree
 * and writing it out again cost more than the rest of the handout. The same chart gives the same XML.
 *
 * <p>A label's text box has no insets and does not grow with its text: it is wider than the label by a
 * generous margin, so that the text never wraps, and it lies on the side of {@code x} that the anchor says
 * (left-aligned from {@code x}, centred on it, right-aligned to it); its top is one ascent of Arial above the
 * label's baseline, so the baseline lands on the label's {@code y}. Every box stays inside the drawing,
 * because LibreOffice places a group by the union of its children (a box left of 0 moves the whole chart
 * right): where the wanted box crosses an edge it is cut there, and the cut width becomes a negative
 * paragraph indent on that side, so the line keeps its full width and a long area name does not wrap.
 */
final class ChartWriter {
    static final String GROUP_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup";
    static final String PICTURE_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String WPG = GROUP_URI;
    private static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final long EMU_PER_POINT = 12_700;
    /** Arial's and Liberation Sans's ascent, in ems: where the baseline of a box's first line lies. */
    private static final float ASCENT = 0.905f;
    /** A label box's height, in ems: a single line of Arial (1.15 em) and a little more. */
    private static final float BOX_HEIGHT = 1.3f;

    private final SplicingDocument doc;

    ChartWriter(SplicingDocument doc) {
        this.doc = doc;
    }

    /**
     * Writes the chart's caption and drawing.
     *
     * @param number the chart's number in the document, for the drawing's name ("Chart 1")
     * @param ids    the document's drawing ids, which must be unique across it
     */
    void write(Chart chart, int number, LongSupplier ids) {
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle(Styles.CAPTION);
        Runs.append(caption, chart.caption());

        XWPFParagraph p = doc.createParagraph();
        p.setStyle(Styles.CHART);
        Drawing d = chart.drawing();
        inline(doc, p.createRun(), d.width(), d.height(), ids.getAsLong(), "Chart " + number, chart.description(),
                GROUP_URI, 512 + 320 * d.marks().size(), x -> group(x, d, ids));
    }

    /**
     * An inline drawing in {@code run}, {@code width} by {@code height} points, with its id, name and description,
     * whose graphic data, of the kind {@code uri} names, is what {@code content} appends once the id is taken
     * (about {@code size} characters in all). The whole {@code w:drawing} is written as text into one builder and
     * spliced into the run: built with XMLBeans, its ten elements cost more than the group inside them.
     */
    static void inline(SplicingDocument doc, XWPFRun run, float width, float height, long id, String name,
            String description, String uri, int size, Consumer<StringBuilder> content) {
        StringBuilder x = new StringBuilder(size + description.length());
        long cx = emu(width);
        long cy = emu(height);
        x.append("<w:drawing xmlns:w=\"").append(W).append("\" xmlns:wp=\"").append(WP).append("\" xmlns:a=\"")
                .append(A).append("\"><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"")
                .append(cx).append("\" cy=\"").append(cy)
                .append("\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"").append(id)
                .append("\" name=\"");
        XmlText.escape(x, name);
        x.append("\" descr=\"");
        XmlText.escape(x, description);
        x.append("\"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"").append(uri).append("\">");
        content.accept(x);
        x.append("</a:graphicData></a:graphic></wp:inline></w:drawing>");
        doc.splice(run.getCTR(), x.toString());
    }

    /**
     * The {@code pic:pic} element of a picture {@code width} by {@code height} points, with its name and
     * description, whose image part the relationship {@code relation} of the document part names.
     */
    static void picture(StringBuilder x, String relation, String name, String description, float width,
            float height) {
        x.append("<pic:pic xmlns:pic=\"").append(PICTURE_URI).append("\" xmlns:r=\"").append(R)
                .append("\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"");
        XmlText.escape(x, name);
        x.append("\" descr=\"");
        XmlText.escape(x, description);
        x.append("\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"").append(relation)
                .append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>")
                .append("<a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(emu(width)).append("\" cy=\"")
                .append(emu(height))
                .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"/></pic:spPr></pic:pic>");
    }

    /**
     * Appends the {@code wpg:wgp} element, the group and its shapes, with the namespaces that the {@code w:drawing}
     * around it does not declare.
     */
    static void group(StringBuilder x, Drawing d, LongSupplier ids) {
        openGroup(x, d.width(), d.height());
        List<Mark> marks = d.marks();
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            if (m instanceof Rect r) {
                if (i + 1 < marks.size() && marks.get(i + 1) instanceof Rect outline
                        && filledThenOutlined(r, outline)) {
                    rect(x, new Rect(r.x(), r.y(), r.width(), r.height(), r.fill(), outline.stroke()), ids.getAsLong());
                    i++;
                } else {
                    rect(x, r, ids.getAsLong());
                }
            } else if (m instanceof Line l) {
                List<Line> run = lineRun(marks, i);
                if (run.size() > 1) {
                    lines(x, run, ids.getAsLong());
                    i += run.size() - 1;
                } else {
                    line(x, l, ids.getAsLong());
                }
            } else if (m instanceof Path path) {
                path(x, path, ids.getAsLong());
            } else if (m instanceof Label label) {
                label(x, label, d, ids.getAsLong());
            } else {
                throw new IllegalStateException("Unknown mark " + m.getClass().getName());
            }
        }
        x.append("</wpg:wgp>");
    }

    /**
     * Whether {@code outline} only strokes the box that {@code fill}, just before it, only fills: one shape, filled
     * and outlined, draws both, as DrawingML strokes a shape over its fill.
     */
    static boolean filledThenOutlined(Rect fill, Rect outline) {
        return fill.stroke() == Stroke.NONE && outline.fill() == Fill.NONE && outline.stroke() != Stroke.NONE
                && fill.x() == outline.x() && fill.y() == outline.y() && fill.width() == outline.width()
                && fill.height() == outline.height();
    }

    /** Opens a group of this size, whose shapes are placed in points from its top left. */
    private static void openGroup(StringBuilder x, float width, float height) {
        x.append("<wpg:wgp xmlns:wpg=\"").append(WPG).append("\" xmlns:wps=\"").append(WPS)
                .append("\"><wpg:cNvGrpSpPr/><wpg:grpSpPr>");
        long cx = emu(width);
        long cy = emu(height);
        x.append("<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(cx).append("\" cy=\"").append(cy)
                .append("\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"").append(cx).append("\" cy=\"").append(cy)
                .append("\"/></a:xfrm></wpg:grpSpPr>");
    }

    static void rect(StringBuilder x, Rect r, long id) {
        start(x, id, "Rectangle", false);
        xfrm(x, r.x(), r.y(), r.width(), r.height(), false, false);
        x.append("<a:prstGeom prst=\"rect\"/>");
        fill(x, r.fill().rgb());
        stroke(x, r.stroke());
        x.append("</wps:spPr>");
        shapeBody(x);
    }

    /** A line runs from its box's top left to its bottom right; flips turn it the way the mark goes. */
    private static void line(StringBuilder x, Line l, long id) {
        start(x, id, "Line", false);
        xfrm(x, Math.min(l.x1(), l.x2()), Math.min(l.y1(), l.y2()), Math.abs(l.x2() - l.x1()),
                Math.abs(l.y2() - l.y1()), l.x2() < l.x1(), l.y2() < l.y1());
        x.append("<a:prstGeom prst=\"line\"/>");
        stroke(x, l.stroke());
        x.append("</wps:spPr>");
        shapeBody(x);
    }

    /**
     * The lines from {@code start} on that one shape can draw: consecutive lines of the same stroke (a grid, a
     * bar's hatching), as long as their box has a width and a height.
     */
    static List<Line> lineRun(List<Mark> marks, int start) {
        Line first = (Line) marks.get(start);
        int end = start + 1;
        while (end < marks.size() && marks.get(end) instanceof Line next && next.stroke() == first.stroke()) {
            end++;
        }
        List<Line> run = new ArrayList<>();
        for (int i = start; i < end; i++) {
            run.add((Line) marks.get(i));
        }
        while (run.size() > 1 && flat(run)) {
            run.remove(run.size() - 1);
        }
        return run;
    }

    private static boolean flat(List<Line> run) {
        float[] box = box(run);
        return emu(box[2] - box[0]) == 0 || emu(box[3] - box[1]) == 0;
    }

    /** Left, top, right, bottom of the lines' ends. */
    private static float[] box(List<Line> run) {
        float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (Line l : run) {
            b[0] = Math.min(b[0], Math.min(l.x1(), l.x2()));
            b[1] = Math.min(b[1], Math.min(l.y1(), l.y2()));
            b[2] = Math.max(b[2], Math.max(l.x1(), l.x2()));
            b[3] = Math.max(b[3], Math.max(l.y1(), l.y2()));
        }
        return b;
    }

    /**
     * Several lines of one stroke as one shape, a sub-path each: a hatching of twenty strokes is one shape to
     * select and recolour in Word, and XMLBeans has far fewer elements to parse and write.
     */
    private static void lines(StringBuilder x, List<Line> run, long id) {
        float[] b = box(run);
        start(x, id, "Lines", false);
        xfrm(x, b[0], b[1], b[2] - b[0], b[3] - b[1], false, false);
        customGeometry(x, emu(b[2] - b[0]), emu(b[3] - b[1]), " fill=\"none\"");
        for (Line l : run) {
            x.append("<a:moveTo><a:pt x=\"").append(emu(l.x1() - b[0])).append("\" y=\"").append(emu(l.y1() - b[1]))
                    .append("\"/></a:moveTo><a:lnTo><a:pt x=\"").append(emu(l.x2() - b[0])).append("\" y=\"")
                    .append(emu(l.y2() - b[1])).append("\"/></a:lnTo>");
        }
        x.append("</a:path></a:pathLst></a:custGeom><a:noFill/>");
        stroke(x, run.get(0).stroke());
        x.append("</wps:spPr>");
        shapeBody(x);
    }

    /**
     * Opens a custom geometry's one path, {@code width} by {@code height} in the path's own units (EMUs for the
     * charts, modules for a QR code), with the path's extra attributes.
     */
    static void customGeometry(StringBuilder x, long width, long height, String pathAttributes) {
        x.append("<a:custGeom><a:pathLst><a:path w=\"").append(width).append("\" h=\"").append(height).append('"')
                .append(pathAttributes).append('>');
    }

    /** A closed, filled polygon in the coordinates of its bounding box. */
    private static void path(StringBuilder x, Path path, long id) {
        List<Float> pts = path.points();
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < pts.size(); i += 2) {
            minX = Math.min(minX, pts.get(i));
            maxX = Math.max(maxX, pts.get(i));
            minY = Math.min(minY, pts.get(i + 1));
            maxY = Math.max(maxY, pts.get(i + 1));
        }
        start(x, id, "Freeform", false);
        xfrm(x, minX, minY, maxX - minX, maxY - minY, false, false);
        customGeometry(x, emu(maxX - minX), emu(maxY - minY), "");
        for (int i = 0; i < pts.size(); i += 2) {
            String op = i == 0 ? "moveTo" : "lnTo";
            x.append("<a:").append(op).append("><a:pt x=\"").append(emu(pts.get(i) - minX)).append("\" y=\"")
                    .append(emu(pts.get(i + 1) - minY)).append("\"/></a:").append(op).append('>');
        }
        x.append("<a:close/></a:path></a:pathLst></a:custGeom>");
        fill(x, path.fill().rgb());
        x.append("<a:ln><a:noFill/></a:ln></wps:spPr>");
        shapeBody(x);
    }

    private static void label(StringBuilder x, Label l, Drawing d, long id) {
        float width = boxWidth(l.text(), l.size(), l.bold());
        // the box the anchor asks for, then that box cut to the drawing, the cut parts as negative indents
        float wantLeft = switch (l.anchor()) {
            case START -> l.x();
            case END -> l.x() - width;
            case MIDDLE -> l.x() - width / 2;
        };
        @Nullable String jc = switch (l.anchor()) {
            case START -> null; // the paragraph's own
            case END -> "right";
            case MIDDLE -> "center";
        };
        float left = Math.min(Math.max(0, wantLeft), d.width());
        float right = Math.max(left, Math.min(d.width(), wantLeft + width));
        long indentLeft = twips(Math.max(0, left - wantLeft));
        long indentRight = twips(Math.max(0, wantLeft + width - right));
        float top = Math.max(0, l.y() - ASCENT * l.size());
        float height = Math.min(BOX_HEIGHT * l.size(), d.height() - top);
        start(x, id, "Text Box", true);
        xfrm(x, left, top, right - left, Math.max(height, 0), false, false);
        x.append("<a:prstGeom prst=\"rect\"/><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>");
        x.append("<wps:txbx><w:txbxContent><w:p><w:pPr><w:pStyle w:val=\"").append(Styles.CHART_LABEL).append("\"/>");
        if (indentLeft > 0 || indentRight > 0) {
            x.append("<w:ind");
            if (indentLeft > 0) {
                x.append(" w:left=\"").append(-indentLeft).append('"');
            }
            if (indentRight > 0) {
                x.append(" w:right=\"").append(-indentRight).append('"');
            }
            x.append("/>");
        }
        if (jc != null) {
            x.append("<w:jc w:val=\"").append(jc).append("\"/>");
        }
        x.append("</w:pPr><w:r><w:rPr>").append(l.bold() ? "<w:b/>" : "").append("<w:sz w:val=\"")
                .append(Math.round(l.size() * 2)).append("\"/></w:rPr>");
        String text = XmlText.clean(l.text());
        boolean spaces = text.startsWith(" ") || text.endsWith(" ") || text.contains("  ");
        x.append(spaces ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        XmlText.escape(x, text);
        x.append("</w:t></w:r></w:p></w:txbxContent></wps:txbx>");
        // no insets, anchored at the top (the default), the box as it is whatever the text
        x.append("<wps:bodyPr lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\"><a:noAutofit/></wps:bodyPr></wps:wsp>");
    }

    /**
     * A generous width for a label's box, in points: wider than Arial sets the text (about 0.6 em for a
     * digit or lower-case letter, more for capitals, less for punctuation), plus two ems.
     */
    static float boxWidth(String text, float size, boolean bold) {
        float ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (" .,;:!'|iljtfI()[]".indexOf(c) >= 0) {
                ems += 0.35f;
            } else if (Character.isUpperCase(c) || "mw%@MW".indexOf(c) >= 0) {
                ems += 0.85f;
            } else {
                ems += 0.62f;
            }
        }
        return (ems * (bold ? 1.1f : 1f) * 1.15f + 2) * size;
    }

    static void start(StringBuilder x, long id, String name, boolean textBox) {
        x.append("<wps:wsp><wps:cNvPr id=\"").append(id).append("\" name=\"").append(name).append(' ').append(id)
                .append("\"/>").append(textBox ? "<wps:cNvSpPr txBox=\"1\"/>" : "<wps:cNvSpPr/>").append("<wps:spPr>");
    }

    static void xfrm(StringBuilder x, float left, float top, float width, float height, boolean flipH,
            boolean flipV) {
        x.append("<a:xfrm");
        if (flipH) {
            x.append(" flipH=\"1\"");
        }
        if (flipV) {
            x.append(" flipV=\"1\"");
        }
        x.append("><a:off x=\"").append(emu(left)).append("\" y=\"").append(emu(top)).append("\"/><a:ext cx=\"")
                .append(emu(width)).append("\" cy=\"").append(emu(height)).append("\"/></a:xfrm>");
    }

    static void fill(StringBuilder x, @Nullable String rgb) {
        if (rgb == null) {
            x.append("<a:noFill/>");
        } else {
            x.append("<a:solidFill><a:srgbClr val=\"").append(hex(rgb)).append("\"/></a:solidFill>");
        }
    }

    private static void stroke(StringBuilder x, Stroke s) {
        if (s.rgb() == null) {
            x.append("<a:ln><a:noFill/></a:ln>");
            return;
        }
        x.append("<a:ln w=\"").append(emu(s.width())).append("\"><a:solidFill><a:srgbClr val=\"").append(hex(s.rgb()))
                .append("\"/></a:solidFill>");
        if (s.dashed()) {
            x.append("<a:prstDash val=\"dash\"/>");
        }
        x.append("</a:ln>");
    }

    /**
     * Ends a shape without text. Its body properties, which the schema requires, are empty: they only place
     * text, and the defaults do for a shape that has none. (Word writes eight attributes here; a chart has some
     * eighty shapes, and every byte is deflated.)
     */
    static void shapeBody(StringBuilder x) {
        x.append("<wps:bodyPr/></wps:wsp>");
    }

    /** {@code #1f4e79} as DrawingML writes it, {@code 1F4E79}. */
    private static String hex(String rgb) {
        return rgb.substring(1).toUpperCase(Locale.ROOT);
    }

    private static long twips(float points) {
        return Math.round(points * 20);
    }

    static long emu(float points) {
        return Math.round(points * (double) EMU_PER_POINT);
    }
}
