package org.occuprint.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.occuprint.compose.Block;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.render.OutputFormat;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.RenderException;

/**
 * Example: a renderer of your own, added without touching Occuprint. It writes the composed profile as
 * Markdown and is registered in this module's
 * {@code META-INF/services/org.occuprint.render.ProfileRenderer}, so {@code Renderers.discover()} and
 * {@code Occuprint.render(o, options, "md", out)} find it.
 */
public final class MarkdownRenderer implements ProfileRenderer {
    public static final OutputFormat FORMAT = new OutputFormat("md", "text/markdown", "md", "Markdown");

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    @Override
    public void render(ProfileDocument doc, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("# " + escape(doc.titleBlock().title()) + "\n\n");
            for (String line : doc.titleBlock().lines()) {
                w.write(escape(line) + "  \n");
            }
            if (doc.titleBlock().note().isPresent()) {
                w.write("\n> **" + escape(doc.titleBlock().note().get().heading()) + "**  \n");
                for (String line : doc.titleBlock().note().get().lines()) {
                    w.write("> " + escape(line) + "  \n");
                }
            }
            for (Section s : doc.sections()) {
                w.write("\n## " + escape(s.heading()) + "\n\n");
                for (Block b : s.blocks()) {
                    write(w, b);
                }
            }
            w.write("\n---\n" + escape(doc.footer().printedOn()) + "\n");
            w.flush();
        } catch (IOException e) {
            throw RenderException.of(doc.info().code(), FORMAT.id(), "cannot write: " + e.getMessage(), e);
        }
    }

    private static void write(Writer w, Block b) throws IOException {
        if (b instanceof Block.Paragraph p) {
            w.write(escape(p.text()) + "\n\n");
        } else if (b instanceof Block.Subheading h) {
            w.write("### " + escape(h.text()) + "\n\n");
        } else if (b instanceof Block.Notice n) {
            w.write("> " + escape(n.text()) + "\n\n");
        } else if (b instanceof Block.BulletList l) {
            for (Block.ListItem i : l.items()) {
                w.write("- " + i.lead().map(x -> "**" + escape(x) + "** ").orElse("") + escape(i.text()) + "\n");
            }
            w.write("\n");
        } else if (b instanceof Block.LinkList l) {
            for (Block.LinkItem i : l.items()) {
                w.write("- " + escape(i.text()) + ": " + (i.href().isPresent() ? "<" + i.href().get() + ">" : escape(i.url())) + "\n");
            }
            w.write("\n");
        } else if (b instanceof Block.Table t) {
            w.write("**" + escape(t.caption()) + "**\n\n|");
            for (Block.Column c : t.columns()) {
                w.write(" " + escape(c.header()) + " |");
            }
            w.write("\n|");
            for (Block.Column c : t.columns()) {
                w.write(c.numeric() ? " ---: |" : " --- |");
            }
            w.write("\n");
            for (java.util.List<String> row : t.rows()) {
                w.write("|");
                for (String cell : row) {
                    w.write(" " + escape(cell).replace("|", "\\|") + " |");
                }
                w.write("\n");
            }
            w.write("\n");
            for (String n : t.notes()) {
                w.write("_" + escape(n) + "_  \n");
            }
            w.write("\n");
        }
    }

    /** Backslash-escapes the characters Markdown would read as markup. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_{}\\[\\]<>#|!])", "\\\\$1");
    }
}
