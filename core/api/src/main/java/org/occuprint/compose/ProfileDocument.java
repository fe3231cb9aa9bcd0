package org.occuprint.compose;

import java.util.List;
import java.util.Optional;

import org.occuprint.internal.Checks;
import org.occuprint.options.SectionId;

/**
 * A composed profile: every word the reader will see, in print order, with the metadata and layout
 * choices renderers need. Immutable. Made by {@link ProfileComposer}.
 *
 * @param info       document metadata
 * @param layout     page size and print size
 * @param titleBlock the title block
 * @param sections   the sections in print order; the last is the closing "about this handout" part
 * @param footer     the page footer
 * @since 0.1
 */
public record ProfileDocument(DocumentInfo info, Layout layout, TitleBlock titleBlock, List<Section> sections,
        Footer footer) {
    public ProfileDocument {
        Checks.notNull(info, "info");
        Checks.notNull(layout, "layout");
        Checks.notNull(titleBlock, "titleBlock");
        sections = Checks.copy(sections, "sections");
        Checks.notNull(footer, "footer");
    }

    /** This document without "Page N of M" labels, for binding into a book that numbers its own pages. */
    public ProfileDocument withoutPageLabels() {
        return new ProfileDocument(info, new Layout(layout.pageSize(), layout.largePrint(), false), titleBlock, sections, footer);
    }

    /** The section with this id, if printed. */
    public Optional<Section> section(SectionId id) {
        return sections.stream().filter(s -> s.id().equals(Optional.of(id))).findFirst();
    }
}
