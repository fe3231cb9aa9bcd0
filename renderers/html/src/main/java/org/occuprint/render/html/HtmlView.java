package org.occuprint.render.html;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.occuprint.compose.Block;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.Image;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.QrCode;
import org.occuprint.compose.TitleBlock;

/**
 * Helpers the templates call: the kind of a block, for {@code th:switch}; the logo's size; a drawing as inline
 * SVG; the QR code of the online profile.
 */
public final class HtmlView {
    private final @Nullable List<Drawing> drawings;

    HtmlView() {
        this.drawings = null;
    }

    /** A view that writes each drawing as an empty, numbered {@code svg} element and adds it to the list. */
    HtmlView(List<Drawing> drawings) {
        this.drawings = drawings;
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

    /** The QR code of the online profile's address at its printed size. */
    public Drawing qrCode(TitleBlock.Online online) {
        return online.code().drawing(QrCode.PRINTED_SIZE);
    }

    /**
     * A drawing as an inline {@code svg} element, its text alternative as its name; {@code kind} is its class.
     * For a renderer that paints the drawings itself, the element is empty and numbered instead
     * ({@link HtmlRenderer#toXhtml(ProfileDocument, List)}).
     */
    public String svg(Drawing d, String name, String kind) {
        if (drawings == null) {
            return SvgWriter.svg(d, name, kind);
        }
        drawings.add(d);
        return SvgWriter.placeholder(d, name, kind, drawings.size() - 1);
    }
}
