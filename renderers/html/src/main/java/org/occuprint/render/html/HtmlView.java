package org.occuprint.render.html;

import java.util.Locale;

import org.occuprint.compose.Block;
import org.occuprint.compose.Image;

/** Helpers the templates call: the kind of a block, for {@code th:switch}; the logo's size. */
public final class HtmlView {
    HtmlView() {
    }

    /** The logo's printed size as a style: {@code width: 80.0pt; height: 40.0pt}. */
    public String logoStyle(Image logo) {
        return String.format(Locale.ROOT, "width: %.1fpt; height: %.1fpt", logo.widthPoints(), logo.heightPoints());
    }

    /** "paragraph", "subheading", "list", "table", "links" or "notice". */
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
        }
        throw new IllegalArgumentException("Unknown block " + block.getClass().getName());
    }
}
