package org.occuprint.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.occuprint.compose.BookDocument;
import org.occuprint.render.IndexWriter;
import org.thymeleaf.context.Context;

/**
 * The {@code index.html} of a guide's per-occupation files: the guide's title, then every occupation grouped
 * as in the book, each with links to its files. A plain page: headings, lists, links with accessible names.
 *
 * @since 0.1
 */
public final class HtmlIndexWriter implements IndexWriter {
    private final HtmlRenderer templates = new HtmlRenderer();

    @Override
    public String fileName() {
        return "index.html";
    }

    @Override
    public void write(BookDocument book, List<List<IndexLink>> files, OutputStream out) throws IOException {
        List<BookDocument.Entry> entries = book.entries();
        if (entries.size() != files.size()) {
            throw new IllegalArgumentException(entries.size() + " entries but " + files.size() + " file lists");
        }
        Map<String, List<IndexLink>> links = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            links.put(entries.get(i).code(), files.get(i));
        }
        Context ctx = new Context(book.info().locale(), Map.of("book", book, "links", links));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        templates.engine().process("index", ctx, w);
        w.flush();
    }
}
