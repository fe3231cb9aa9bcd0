package org.occuprint.compose;

import java.util.ArrayList;
import java.util.List;

import org.occuprint.compose.Block.BulletList;
import org.occuprint.compose.Block.ListItem;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.compose.Block.Subheading;
import org.occuprint.internal.Text;
import org.occuprint.model.Skill;

/** "Skills", "Tools and technology" and "Will this job fit me?": lists from O*NET. */
final class KnowHowSections {
    private KnowHowSections() {
    }

    static List<Block> skills(Composition c) {
        Messages m = c.m;
        List<ListItem> items = new ArrayList<>();
        for (Skill s : c.o.skills()) {
            String name = Text.line(s.name());
            if (!name.isEmpty()) {
                String description = s.description().map(Text::line).orElse("");
                items.add(description.isEmpty() ? ListItem.of(name, "") : ListItem.of(m.get("list.lead", name), description));
            }
        }
        if (items.isEmpty()) {
            return List.of();
        }
        return List.of(new Paragraph(m.get("skills.intro")), new BulletList(items));
    }

    static List<Block> technology(Composition c) {
        Messages m = c.m;
        List<Block> out = new ArrayList<>();
        List<String> software = Text.items(c.o.technology());
        List<String> tools = Text.items(c.o.tools());
        if (!software.isEmpty()) {
            out.add(new Subheading(m.get("technology.software")));
            out.add(new Paragraph(m.get("technology.intro.software")));
            out.add(new BulletList(software.stream().map(ListItem::of).toList()));
        }
        if (!tools.isEmpty()) {
            out.add(new Subheading(m.get("technology.tools")));
            out.add(new Paragraph(m.get("technology.intro.tools")));
            out.add(new BulletList(tools.stream().map(ListItem::of).toList()));
        }
        return out;
    }

    static List<Block> interests(Composition c) {
        Messages m = c.m;
        List<Block> out = Composition.paragraphs(c.o.interests().text());
        if (!c.o.interests().codes().isEmpty()) {
            out.add(new Paragraph(m.get("interests.intro")));
            out.add(new BulletList(c.o.interests().codes().stream()
                    .map(code -> ListItem.of(m.get("list.lead", code), m.get("interest." + code))).toList()));
        }
        return out;
    }
}
