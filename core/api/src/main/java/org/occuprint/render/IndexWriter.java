package org.occuprint.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.occuprint.compose.BookDocument;

/**
 * Writes the index page of a guide's per-occupation files ({@code index.html}): every occupation, grouped as
 * in the book, with links to its files. The HTML module has one.
 *
 * @since 0.1
 */
public interface IndexWriter {
    /** The index file's name, for example {@code index.html}. */
    String fileName();

    /**
     * Writes the index.
     *
     * @param book  the guide's words and grouping (only occupations that were rendered)
     * @param files for each entry of {@code book.entries()}, in that order, its files
     * @param out   where to write; not closed
     */
    void write(BookDocument book, List<List<IndexLink>> files, OutputStream out) throws IOException;

    /**
     * A link from the index to one file.
     *
     * @param label    what the link says, for example the format's display name "PDF"
     * @param fileName the file's name, relative to the index
     */
    record IndexLink(String label, String fileName) {
    }
}
