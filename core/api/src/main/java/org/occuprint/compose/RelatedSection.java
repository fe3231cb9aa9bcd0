package org.occuprint.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.occuprint.compose.Block.BulletList;
import org.occuprint.compose.Block.ListItem;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.internal.Text;
import org.occuprint.model.OccupationRef;

/**
 * "Related occupations": title and code of each, each code once; a list, or in the summary handout one
 * paragraph, which holds its five in half the lines.
 */
final class RelatedSection {
    /** Related occupations printed in the summary handout. */
    static final int SUMMARY_RELATED = 5;

    private RelatedSection() {
    }

    static List<Block> compose(Composition c) {
        List<ListItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OccupationRef r : c.o.related()) {
            String t = Text.line(r.title());
            if (!t.isEmpty() && seen.add(r.code())) {
                items.add(ListItem.of(c.m.get("related.item", t, Text.line(r.code()))));
            }
            if (c.summary && items.size() == SUMMARY_RELATED) {
                break;
            }
        }
        if (items.isEmpty()) {
            return List.of();
        }
        if (c.summary) {
            List<String> named = items.stream().map(ListItem::text).toList();
            return List.of(new Paragraph(c.m.get("related.inline", c.m.get("related.intro"),
                    String.join(c.m.get("related.separator"), named))));
        }
        return List.of(new Paragraph(c.m.get("related.intro")), new BulletList(items));
    }
}
