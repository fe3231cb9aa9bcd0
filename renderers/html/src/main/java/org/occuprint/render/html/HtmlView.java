package org.occuprint.render.html;

import org.occuprint.compose.Block;

/** Helpers the template calls: the kind of a block, for {@code th:switch}. */
public final class HtmlView {
    HtmlView() {
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
