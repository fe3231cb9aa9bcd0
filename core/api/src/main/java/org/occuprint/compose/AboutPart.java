package org.occuprint.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.occuprint.compose.Block.Notice;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.internal.Text;
import org.occuprint.model.DataSource;

/**
 * The closing part that always prints: each data source with its attribution, then the disclaimer. The summary
 * handout names only the sources with a licence or notices to print: the note under each of its tables names
 * the source of the table's figures, and a third page for a repeated line would make the short handout long.
 */
final class AboutPart {
    private AboutPart() {
    }

    static List<Block> compose(Composition c) {
        Messages m = c.m;
        List<Block> out = new ArrayList<>();
        for (DataSource d : c.o.dataSources()) {
            String name = Text.line(d.name());
            String publisher = Text.line(d.publisher());
            Optional<String> license = d.license().map(Text::line).filter(s -> !s.isEmpty());
            List<String> notices = Text.items(d.notices());
            if (c.summary && license.isEmpty() && notices.isEmpty()) {
                continue;
            }
            out.add(new Paragraph(license.isPresent() ? m.get("about.attribution", name, publisher, license.get())
                    : m.get("about.source", name, publisher)));
            for (String notice : notices) {
                out.add(new Paragraph(notice));
            }
        }
        out.add(new Notice(c.agency != null ? m.get("about.disclaimer", c.agency) : m.get("about.disclaimer.noAgency")));
        return out;
    }
}
