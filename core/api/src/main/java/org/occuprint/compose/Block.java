package org.occuprint.compose;

import java.util.List;
import java.util.Optional;

import org.occuprint.internal.Checks;

/**
 * A piece of a section's content. Every string is final, reader-facing text (escaping is the renderer's
 * job); control characters have already been removed.
 *
 * @since 0.1
 */
public sealed interface Block permits Block.Paragraph, Block.Subheading, Block.BulletList, Block.Table,
        Block.LinkList, Block.Notice, Block.Chart {

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Checks.notBlank(text, "text");
        }
    }

    /** A heading inside a section (one level below the section heading). */
    record Subheading(String text) implements Block {
        public Subheading {
            Checks.notBlank(text, "text");
        }
    }

    /** A bulleted list. */
    record BulletList(List<ListItem> items) implements Block {
        public BulletList {
            items = Checks.copy(items, "items");
            Checks.argument(!items.isEmpty(), "A list needs at least one item.");
        }
    }

    /**
     * A list item: optional lead words (shown strong, for example a skill's name) and text.
     *
     * @param lead the lead words, empty for a plain item
     * @param text the item's text; may be empty when the lead says everything
     */
    record ListItem(Optional<String> lead, String text) {
        public ListItem {
            Checks.notNull(lead, "lead");
            Checks.notNull(text, "text");
            Checks.argument(lead.isPresent() || !text.isBlank(), "A list item needs text.");
        }

        public static ListItem of(String text) {
            return new ListItem(Optional.empty(), text);
        }

        public static ListItem of(String lead, String text) {
            return new ListItem(Optional.of(lead), text);
        }
    }

    /**
     * A table with one header row. The first column holds row headers when {@code rowHeaders} is set.
     *
     * @param caption    what the table shows (printed above it, and its accessible name)
     * @param columns    the columns
     * @param rows       the body rows, each with one cell per column
     * @param rowHeaders whether each row's first cell is a header for the row
     * @param notes      lines printed under the table (source, footnotes)
     */
    record Table(String caption, List<Column> columns, List<List<String>> rows, boolean rowHeaders,
            List<String> notes) implements Block {
        public Table {
            Checks.notBlank(caption, "caption");
            columns = Checks.copy(columns, "columns");
            Checks.argument(!columns.isEmpty(), "A table needs at least one column.");
            rows = Checks.copy(rows, "rows").stream().map(r -> Checks.copy(r, "row")).toList();
            Checks.argument(!rows.isEmpty(), "A table needs at least one row (leave out an empty table).");
            for (List<String> row : rows) {
                Checks.argument(row.size() == columns.size(), "A row has %d cells for %d columns.", row.size(),
                        columns.size());
            }
            notes = Checks.copyText(notes, "notes");
        }
    }

    /**
     * A table column.
     *
     * @param header  the header text
     * @param numeric whether the column holds figures (aligned right)
     */
    record Column(String header, boolean numeric) {
        public Column {
            Checks.notBlank(header, "header");
        }
    }

    /** A list of links to other sources of information. */
    record LinkList(List<LinkItem> items) implements Block {
        public LinkList {
            items = Checks.copy(items, "items");
            Checks.argument(!items.isEmpty(), "A link list needs at least one item.");
        }
    }

    /**
     * One link.
     *
     * @param text the link's text (what it leads to)
     * @param url  the address as printed on paper
     * @param href the address to link to; empty when the address is not a safe web or mail link, in which
     *             case it prints as plain text
     */
    record LinkItem(String text, String url, Optional<String> href) {
        public LinkItem {
            Checks.notBlank(text, "text");
            Checks.notBlank(url, "url");
            Checks.notNull(href, "href");
        }
    }

    /** A notice or disclaimer, set apart from running text. */
    record Notice(String text) implements Block {
        public Notice {
            Checks.notBlank(text, "text");
        }
    }

    /**
     * A chart: a picture of figures that the section also gives in words or in a table.
     *
     * @param caption     what the chart shows, printed above it
     * @param description the text alternative: every figure the chart shows, in words, for readers who cannot
     *                    see it (the accessible name of the picture)
     * @param drawing     the picture
     * @since 0.5
     */
    record Chart(String caption, String description, Drawing drawing) implements Block {
        public Chart {
            Checks.notBlank(caption, "caption");
            Checks.notBlank(description, "description");
            Checks.notNull(drawing, "drawing");
        }
    }
}
