package org.occuprint.compose;

import java.util.ArrayList;
import java.util.List;

import org.occuprint.compose.Block.BulletList;
import org.occuprint.compose.Block.Column;
import org.occuprint.compose.Block.ListItem;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.compose.Block.Subheading;
import org.occuprint.compose.Block.Table;
import org.occuprint.internal.Text;
import org.occuprint.model.Industry;

/** "How to find the job": advice, the largest industries, employer headings. */
final class FindingWorkSection {
    private FindingWorkSection() {
    }

    static List<Block> compose(Composition c) {
        Messages m = c.m;
        List<Block> out = Composition.paragraphs(c.o.findingWork());
        List<List<String>> rows = new ArrayList<>();
        for (Industry i : c.o.industries()) {
            String name = Text.line(i.name());
            if (!name.isEmpty()) {
                rows.add(List.of(name, i.percent().map(p -> m.get("findingWork.industries.percent",
                        c.figures.oneDecimal(p))).orElse(c.notPublished())));
            }
        }
        if (!rows.isEmpty()) {
            out.add(new Subheading(m.get("findingWork.heading.industries")));
            out.add(new Table(m.get("findingWork.industries.caption", c.title), List.of(
                    new Column(m.get("findingWork.industries.column.industry"), false),
                    new Column(m.get("findingWork.industries.column.percent"), true)), rows, true,
                    c.o.industriesGroup().map(g -> List.of(m.get("findingWork.industries.note.aggregate",
                            Text.line(g.title()), g.code()))).orElse(List.of())));
        }
        List<String> headings = Text.items(c.o.employerHeadings());
        if (!headings.isEmpty()) {
            out.add(new Subheading(m.get("findingWork.heading.employers")));
            out.add(new Paragraph(m.get("findingWork.employers.intro")));
            out.add(new BulletList(headings.stream().map(ListItem::of).toList()));
        }
        return out;
    }
}
