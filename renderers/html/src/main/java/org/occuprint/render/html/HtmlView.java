package org.occuprint.render.html;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.occuprint.compose.Block;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.Image;
import org.occuprint.compose.TitleBlock;

/**
 * Helpers the templates call: the kind of a block or of a drawing's mark, for {@code th:switch}; the logo's
 * size; numbers, colours and line styles of SVG attributes; the QR code of the online profile.
 */
public final class HtmlView {
    HtmlView() {
    }

    /** The logo's printed size as a style: {@code width: 80.0pt; height: 40.0pt}. */
    public String logoStyle(Image logo) {
        return String.format(Locale.ROOT, "width: %.1fpt; height: %.1fpt", logo.widthPoints(), logo.heightPoints());
    }

    /** "paragraph", "subheading", "list", "table", "links", "notice" or "chart". */
    public String kind(Block block) {
        if (block instanceof Block.Paragraph) {
            return "paragraph";
        } else if (block instanceof Block.Subheading) {
            return "subheading";
        } else if (block instanceof Block.BulletList) {
            return "list";
        } else if (block instanceof Block.Table) {
            return "table";
        } else if (block instanceof Block.LinkList) {
            return "links";
        } else if (block instanceof Block.Notice) {
            return "notice";
        } else if (block instanceof Block.Chart) {
            return "chart";
        }
        throw new IllegalArgumentException("Unknown block " + block.getClass().getName());
    }

    /** "rect", "line", "path" or "label". */
    public String markKind(Drawing.Mark mark) {
        if (mark instanceof Drawing.Rect) {
            return "rect";
        } else if (mark instanceof Drawing.Line) {
            return "line";
        } else if (mark instanceof Drawing.Path) {
            return "path";
        }
        return "label";
    }

    /** The QR code of the online profile's address. */
    public Drawing qrCode(TitleBlock.Online online) {
        return QrCodes.drawing(online.url(), QrCodes.SIZE);
    }

    /** A number for an SVG attribute: at most two decimals, no trailing zeros, never in exponent form. */
    public String n(float value) {
        BigDecimal d = BigDecimal.valueOf(Math.round(value * 100d), 2).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** The SVG view box of a drawing. */
    public String viewBox(Drawing d) {
        return "0 0 " + n(d.width()) + " " + n(d.height());
    }

    /** A fill as an SVG paint: its colour or {@code none}. */
    public String paint(Drawing.Fill fill) {
        return fill.rgb() == null ? "none" : fill.rgb();
    }

    /** A stroke as an SVG paint: its colour or {@code none}. */
    public String paint(Drawing.Stroke stroke) {
        return stroke.rgb() == null ? "none" : stroke.rgb();
    }

    /** A stroke's dash pattern for {@code stroke-dasharray}; {@code null} (no attribute) for a solid line. */
    public String dashes(Drawing.Stroke stroke) {
        return stroke.dashed() ? "3 2" : null;
    }

    /** A path's points for a {@code polygon}: {@code "x1,y1 x2,y2 …"}. */
    public String points(Drawing.Path path) {
        List<Float> p = path.points();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < p.size(); i += 2) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(n(p.get(i))).append(',').append(n(p.get(i + 1)));
        }
        return s.toString();
    }

    /** A label's {@code text-anchor}. */
    public String anchor(Drawing.Anchor anchor) {
        return switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
    }
}
