package org.occuprint.compose;

import java.util.List;

import org.occuprint.internal.Checks;

/**
 * The words of a bound guide around its profiles: cover, contents (occupations grouped by SOC major group,
 * each group's entries in alphabetical order) and the footer whose page labels run through the whole book.
 * Made by {@link GuideComposer}; the profiles themselves are {@link ProfileDocument}s.
 *
 * @param info            document metadata for the book
 * @param layout          page size and print size
 * @param coverTitle      the guide's title
 * @param coverLines      lines under the title: what it holds, publisher, data vintages
 * @param contentsHeading the heading of the contents
 * @param groups          the groups in print order
 * @param footer          the footer (print date; page labels over the whole book)
 * @since 0.1
 */
public record BookDocument(DocumentInfo info, Layout layout, String coverTitle, List<String> coverLines,
        String contentsHeading, List<Group> groups, Footer footer) {
    public BookDocument {
        Checks.notNull(info, "info");
        Checks.notNull(layout, "layout");
        Checks.notBlank(coverTitle, "coverTitle");
        coverLines = Checks.copyText(coverLines, "coverLines");
        Checks.notBlank(contentsHeading, "contentsHeading");
        groups = Checks.copy(groups, "groups");
        Checks.notNull(footer, "footer");
    }

    /**
     * A group of the contents.
     *
     * @param code    the SOC major group code, for example {@code 29-0000}
     * @param title   its title, for example "Healthcare Practitioners and Technical Occupations"
     * @param entries the occupations, alphabetical
     */
    public record Group(String code, String title, List<Entry> entries) {
        public Group {
            Checks.notBlank(code, "code");
            Checks.notBlank(title, "title");
            entries = Checks.copy(entries, "entries");
        }
    }

    /**
     * One occupation in the contents.
     *
     * @param code  the occupation's code
     * @param title the occupation's title
     */
    public record Entry(String code, String title) {
        public Entry {
            Checks.notBlank(code, "code");
            Checks.notBlank(title, "title");
        }
    }

    /** An entry as a list of files names it: "Medical Records Specialists (29-2072.00)". */
    public String entryLabel(Entry entry) {
        return Messages.of(info.locale()).get("guide.index.entry", entry.title(), entry.code());
    }

    /** The accessible name of a link to one of an entry's files: "PDF: Medical Records Specialists". */
    public String fileLinkName(String formatName, Entry entry) {
        return Messages.of(info.locale()).get("guide.index.file", formatName, entry.title());
    }

    /**
     * A format's name for readers of this book: the wording of {@code format.<id>} for Occuprint's own
     * formats ("Word document (DOCX)"), else {@code fallback} (the name a third-party renderer declares).
     */
    public String formatName(String formatId, String fallback) {
        Messages m = Messages.of(info.locale());
        String key = "format." + formatId;
        return m.has(key) ? m.get(key) : fallback;
    }

    /** Every entry in book order. */
    public List<Entry> entries() {
        return groups.stream().flatMap(g -> g.entries().stream()).toList();
    }
}
