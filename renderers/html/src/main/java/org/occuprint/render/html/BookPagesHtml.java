package org.occuprint.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.occuprint.compose.BookDocument;
import org.occuprint.render.RenderException;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;

/**
 * The XHTML of a bound guide's cover and contents, from the template {@code book.html} and the stylesheet
 * {@code book.css} with the handouts' page rule ({@link FooterBox}): the print date at the bottom left of
 * every page, the bottom right left free for the binder's page labels.
 *
 * <p>The contents can be written in slices of entries ({@link #xhtml(int, int, int[])}), so that a binder
 * lays out a guide of any size a few hundred entries at a time. Each entry is a table row: title, code and
 * page number, each a link to {@code occuprint-book:<index><part>} ({@link #LINK_SCHEME}, part {@code t},
 * {@code c} or {@code p}) that the binder points at the occupation's first page; the first cell's id is
 * {@code e<index>}, by which the binder finds on which page a row was laid out.
 *
 * @since 0.1
 */
public final class BookPagesHtml {
    /** The scheme of the placeholder links from contents entries. */
    public static final String LINK_SCHEME = "occuprint-book:";
    /** The id prefix of each entry's first cell. */
    public static final String ROW_ID = "e";

    private static final String STYLES = load();

    private final HtmlRenderer templates = new HtmlRenderer();
    private final BookDocument book;
    private final UnaryOperator<String> printable;

    /**
     * @param book      the guide's words and grouping
     * @param printable maps text to what the target can print (a PDF replaces characters no embedded font
     *                  has); the template escapes the result
     */
    public BookPagesHtml(BookDocument book, UnaryOperator<String> printable) {
        this.book = book;
        this.printable = printable;
    }

    private static String load() {
        try (InputStream in = BookPagesHtml.class.getResourceAsStream("book.css")) {
            if (in == null) {
                throw new IllegalStateException("Resource org/occuprint/render/html/book.css is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cover and contents heading if {@code from} is 0, and the contents entries {@code from..to}
     * (indexes into {@code book.entries()}), each printing the page number {@code firstPages[index]}.
     *
     * @throws RenderException if the template fails
     */
    public String xhtml(int from, int to, int[] firstPages) {
        Slice slice = new Slice(from == 0, groups(from, to, firstPages), printable);
        Context ctx = new Context(book.info().locale(), Map.of(
                "book", book,
                "pages", slice,
                "stylesheet", "\n" + FooterBox.pageRule(book.layout(), book.footer(), false) + STYLES));
        StringWriter w = new StringWriter(4096 + (to - from) * 400);
        try {
            templates.engine().process("book", ctx, w);
        } catch (TemplateEngineException | UncheckedIOException e) {
            throw RenderException.of("guide", HtmlRenderer.FORMAT.id(), "template 'book.html' failed: "
                    + e.getMessage(), e);
        }
        return w.toString();
    }

    private List<Group> groups(int from, int to, int[] firstPages) {
        List<Group> groups = new ArrayList<>();
        int index = 0;
        for (BookDocument.Group g : book.groups()) {
            int size = g.entries().size();
            if (index + size > from && index < to) {
                List<Row> rows = new ArrayList<>();
                for (int i = Math.max(index, from); i < Math.min(index + size, to); i++) {
                    rows.add(new Row(i, g.entries().get(i - index), firstPages[i]));
                }
                groups.add(new Group(g.title(), index >= from, rows));
            }
            index += size;
        }
        return groups;
    }

    /** What one slice of the front matter shows, for the template. */
    public record Slice(boolean first, List<Group> groups, UnaryOperator<String> printable) {
        /** Text as the target prints it. */
        public String text(String s) {
            return printable.apply(s);
        }
    }

    /**
     * A group's rows in one slice.
     *
     * @param headed whether its heading is in this slice (the group starts in it)
     */
    public record Group(String title, boolean headed, List<Row> rows) {
    }

    /** One contents row: the entry's index in the book, the entry, the page it starts on. */
    public record Row(int index, BookDocument.Entry entry, int page) {
        /** The id of the row's first cell. */
        public String id() {
            return ROW_ID + index;
        }

        /** The placeholder link of one part of the row: {@code t} title, {@code c} code, {@code p} page. */
        public String link(char part) {
            return LINK_SCHEME + index + part;
        }
    }
}
