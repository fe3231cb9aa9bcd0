package org.occuprint.render.pdf;

import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.util.List;

import org.occuprint.compose.Drawing;
import org.occuprint.compose.Drawing.Fill;
import org.occuprint.compose.Drawing.Label;
import org.occuprint.compose.Drawing.Line;
import org.occuprint.compose.Drawing.Mark;
import org.occuprint.compose.Drawing.Path;
import org.occuprint.compose.Drawing.Rect;
import org.occuprint.compose.Drawing.Stroke;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * A drawing (a chart, a QR code) painted as PDF vectors: rectangles, lines and polygons as paths, labels as
 * text in the embedded Liberation Sans, at the size the layout gave the box (the drawing's own size in
 * points unless the page is narrower). In a tagged PDF everything it paints is the content of the
 * drawing's Figure.
 */
final class DrawingElement implements ITextReplacedElement {
    private final Drawing drawing;
    private final PdfFonts fonts;
    private final int width;
    private final int height;
    private Point location = new Point(0, 0);

    private DrawingElement(Drawing drawing, PdfFonts fonts, int width, int height) {
        this.drawing = drawing;
        this.fonts = fonts;
        this.width = width;
        this.height = height;
    }

    /** Flying Saucer's factory, with drawings ({@link SvgDrawings}) as replaced elements of their own. */
    static final class Factory extends ITextReplacedElementFactory {
        private final PdfFonts fonts;
        private final float dotsPerPoint;

        Factory(ITextOutputDevice device, PdfFonts fonts, float dotsPerPoint) {
            super(device);
            this.fonts = fonts;
            this.dotsPerPoint = dotsPerPoint;
        }

        @Override
        public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac,
                int cssWidth, int cssHeight) {
            Element e = box.getElement();
            Drawing d = SvgDrawings.of(e);
            if (d == null) {
                return super.createReplacedElement(c, box, uac, cssWidth, cssHeight);
            }
            int w = Math.round(d.width() * dotsPerPoint);
            int h = Math.round(d.height() * dotsPerPoint);
            if (cssWidth > 0 && cssWidth < w) {
                // narrower than the drawing (max-width): keep the proportions
                h = Math.round((float) h * cssWidth / w);
                w = cssWidth;
            }
            return new DrawingElement(d, fonts, w, h);
        }
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice device, BlockBox box) {
        if (device instanceof TaggingOutputDevice tagging) {
            tagging.markReplacedContent();
        }
        Rectangle r = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        Point2D corner = device.getTransform().transform(new Point2D.Double(r.x, r.y), null);
        PdfContentByte cb = device.getCurrentPage();
        float pageHeight = cb.getPdfDocument().getPageSize().getHeight();
        float left = (float) corner.getX();
        float top = pageHeight - (float) corner.getY();
        float scale = device.getDeviceLength(width) / drawing.width();
        cb.saveState();
        for (Mark m : drawing.marks()) {
            if (m instanceof Rect rect) {
                rect(cb, rect, left, top, scale);
            } else if (m instanceof Line line) {
                if (stroke(cb, line.stroke(), scale)) {
                    cb.moveTo(left + line.x1() * scale, top - line.y1() * scale);
                    cb.lineTo(left + line.x2() * scale, top - line.y2() * scale);
                    cb.stroke();
                }
            } else if (m instanceof Path path) {
                path(cb, path, left, top, scale);
            } else if (m instanceof Label label) {
                label(cb, label, left, top, scale);
            }
        }
        cb.restoreState();
    }

    private static void rect(PdfContentByte cb, Rect r, float left, float top, float scale) {
        boolean filled = r.fill().rgb() != null;
        boolean stroked = stroke(cb, r.stroke(), scale);
        if (!filled && !stroked) {
            return;
        }
        if (filled) {
            cb.setColorFill(color(r.fill().rgb()));
        }
        cb.rectangle(left + r.x() * scale, top - (r.y() + r.height()) * scale, r.width() * scale, r.height() * scale);
        if (filled && stroked) {
            cb.fillStroke();
        } else if (filled) {
            cb.fill();
        } else {
            cb.stroke();
        }
    }

    private static void path(PdfContentByte cb, Path p, float left, float top, float scale) {
        if (p.fill().rgb() == null) {
            return;
        }
        List<Float> pts = p.points();
        cb.setColorFill(color(p.fill().rgb()));
        cb.moveTo(left + pts.get(0) * scale, top - pts.get(1) * scale);
        for (int i = 2; i < pts.size(); i += 2) {
            cb.lineTo(left + pts.get(i) * scale, top - pts.get(i + 1) * scale);
        }
        cb.closePath();
        cb.fill();
    }

    private void label(PdfContentByte cb, Label l, float left, float top, float scale) {
        BaseFont font = fonts.body(l.bold());
        float size = l.size() * scale;
        float w = font.getWidthPoint(l.text(), size);
        float x = left + l.x() * scale - switch (l.anchor()) {
            case START -> 0f;
            case MIDDLE -> w / 2;
            case END -> w;
        };
        cb.beginText();
        cb.setColorFill(color(Fill.INK.rgb()));
        cb.setFontAndSize(font, size);
        cb.setTextMatrix(x, top - l.y() * scale);
        cb.showText(l.text());
        cb.endText();
    }

    /** Sets the stroke; {@code false} for {@link Stroke#NONE}. */
    private static boolean stroke(PdfContentByte cb, Stroke s, float scale) {
        if (s.rgb() == null) {
            return false;
        }
        cb.setColorStroke(color(s.rgb()));
        cb.setLineWidth(s.width() * scale);
        if (s.dashed()) {
            cb.setLineDash(3 * scale, 2 * scale, 0);
        } else {
            cb.setLineDash(0);
        }
        return true;
    }

    private static Color color(String rgb) {
        return new Color(Integer.parseInt(rgb.substring(1), 16));
    }

    @Override
    public int getIntrinsicWidth() {
        return width;
    }

    @Override
    public int getIntrinsicHeight() {
        return height;
    }

    @Override
    public Point getLocation() {
        return location;
    }

    @Override
    public void setLocation(int x, int y) {
        location = new Point(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    @Override
    public boolean hasBaseline() {
        return false;
    }

    @Override
    public int getBaseline() {
        return 0;
    }
}
