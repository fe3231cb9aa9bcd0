package org.occuprint.testing;

import java.util.ArrayList;
import java.util.List;

import org.occuprint.compose.Block;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.compose.TitleBlock;

/**
 * A composed document as plain text: the words a reader sees, in reading order, one line per piece, with a
 * few markers (never words of the document) saying what each line is. It is the format of the golden files
 * under {@code core/api/src/test/resources/golden/}, and, through {@link #words(ProfileDocument)}, the
 * reference the renderers' extracted text is compared with.
 *
 * <pre>
 * # Title                          the title block's title, then its lines as they are
 * [office] / [note] heading        the office lines and the counselor's note, indented by two spaces
 * ## Heading                       a section, then its blocks:
 * ### Subheading
 * Paragraph text                   a paragraph, on one line
 * ! Notice text
 * * **Lead** text                  a list item (lead words in stars when it has them)
 * * Text &lt;url&gt;                  a link; "(printed, not linked)" when the address is not a safe link
 * Table: caption                   a table: "| " header " | " header " |", one such line per row, then
 * Table note: note                 its notes
 * Chart: caption                   a chart: its caption, its text alternative ("Chart alt: …", not printed
 * Chart alt: text                  as words) and its labels in painting order, which is the order every
 * Chart labels: | a | b |          format's text has them in
 * [qr: alt] label url              the online profile beside its QR code
 * --- every page                   the footer: the print date, and the page label around {page} and {pages}
 * </pre>
 */
public final class DocumentText {
    private DocumentText() {
    }

    /** The document as text, every line ending with {@code \n}. */
    public static String of(ProfileDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (Line line : lines(doc)) {
            sb.append(line.marked()).append('\n');
        }
        sb.append('\n').append("--- every page").append('\n');
        sb.append(doc.footer().printedOn()).append('\n');
        if (doc.layout().pageLabels()) {
            sb.append(doc.footer().before()).append("{page}").append(doc.footer().between()).append("{pages}")
                    .append(doc.footer().after()).append('\n');
        } else {
            sb.append("(no page label: the book numbers its pages)").append('\n');
        }
        return sb.toString();
    }

    /**
     * The document's words in reading order (title block, note, sections; not the footer, which each format
     * prints in its own place), as {@link Fixtures#words} splits them.
     */
    public static List<String> words(ProfileDocument doc) {
        return Fixtures.words(text(doc));
    }

    /** The words of {@link #words} as one string, white space made single spaces. */
    public static String text(ProfileDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (Line line : lines(doc)) {
            sb.append(line.text()).append('\n');
        }
        return Fixtures.normalize(sb.toString());
    }

    /** One line: what a reader reads, and the same with its marker. */
    private record Line(String text, String marked) {
        static Line plain(String text) {
            return new Line(text, text);
        }
    }

    private static List<Line> lines(ProfileDocument doc) {
        List<Line> out = new ArrayList<>();
        TitleBlock t = doc.titleBlock();
        out.add(new Line(t.title(), "# " + t.title()));
        t.lines().forEach(l -> out.add(Line.plain(l)));
        t.online().ifPresent(o -> out.add(new Line(o.label() + " " + o.url(),
                "[qr: " + o.alt() + "] " + o.label() + " " + o.url())));
        if (!t.officeLines().isEmpty()) {
            out.add(new Line("", "[office]"));
            t.officeLines().forEach(l -> out.add(new Line(l, "  " + l)));
        }
        t.note().ifPresent(n -> {
            out.add(new Line(n.heading(), "[note] " + n.heading()));
            n.lines().forEach(l -> out.add(new Line(l, "  " + l)));
        });
        for (Section section : doc.sections()) {
            out.add(new Line("", ""));
            out.add(new Line(section.heading(), "## " + section.heading()));
            for (Block b : section.blocks()) {
                block(b, out);
            }
        }
        return out;
    }

    private static void block(Block b, List<Line> out) {
        if (b instanceof Block.Paragraph p) {
            out.add(Line.plain(p.text()));
        } else if (b instanceof Block.Subheading h) {
            out.add(new Line(h.text(), "### " + h.text()));
        } else if (b instanceof Block.Notice n) {
            out.add(new Line(n.text(), "! " + n.text()));
        } else if (b instanceof Block.BulletList l) {
            for (Block.ListItem i : l.items()) {
                String text = i.lead().map(x -> x + " ").orElse("") + i.text();
                String marked = i.lead().map(x -> "**" + x + "**" + (i.text().isEmpty() ? "" : " ")).orElse("")
                        + i.text();
                out.add(new Line(text, "* " + marked));
            }
        } else if (b instanceof Block.LinkList l) {
            for (Block.LinkItem i : l.items()) {
                out.add(new Line(i.text() + " " + i.url(), "* " + i.text() + " <" + i.url() + ">"
                        + (i.href().isEmpty() ? " (printed, not linked)" : "")));
            }
        } else if (b instanceof Block.Table t) {
            out.add(new Line(t.caption(), "Table: " + t.caption()));
            out.add(new Line(String.join("\n", t.columns().stream().map(Block.Column::header).toList()),
                    row(t.columns().stream().map(Block.Column::header).toList())));
            for (List<String> r : t.rows()) {
                out.add(new Line(String.join("\n", r), row(r)));
            }
            t.notes().forEach(n -> out.add(new Line(n, "Table note: " + n)));
        } else if (b instanceof Block.Chart c) {
            out.add(new Line(c.caption(), "Chart: " + c.caption()));
            out.add(new Line("", "Chart alt: " + c.description()));
            List<String> labels = c.drawing().marks().stream().filter(m -> m instanceof Drawing.Label)
                    .map(m -> ((Drawing.Label) m).text()).toList();
            out.add(new Line(String.join("\n", labels), "Chart labels: " + row(labels)));
        } else {
            throw new IllegalArgumentException("DocumentText does not know the block " + b.getClass().getName());
        }
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }
}
