package org.occuprint.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.occuprint.compose.BookDocument;
import org.occuprint.compose.ProfileDocument;

/**
 * Binds rendered profiles into one book: cover, contents with page numbers, the profiles, page labels that
 * run through the whole book and an outline. Format-specific (the PDF module has one); the guide runner
 * calls it.
 *
 * <p>Implementations must be thread-safe for {@link #renderPart}, which the runner calls from several
 * threads, and must not hold all parts in memory while binding.
 *
 * @since 0.1
 */
public interface BookBinder {
    /** The file extension of the parts and of the book, without the dot ({@code pdf}). */
    String fileExtension();

    /**
     * Renders one profile as a part of the book: without page labels (the book numbers its pages when binding).
     *
     * @param document the composed profile (already without page labels)
     * @param out      where to write; not closed
     */
    void renderPart(ProfileDocument document, OutputStream out);

    /**
     * Binds the book.
     *
     * @param book  the cover and contents words; {@code book.entries()} is the order of {@code parts}
     * @param parts the rendered profiles, in book order (failed ones already left out of both)
     * @param out   where to write the book; not closed
     * @return the number of pages of the book
     * @throws IOException if a part cannot be read or the book cannot be written
     */
    int bind(BookDocument book, List<BookPart> parts, OutputStream out) throws IOException;

    /** As {@link ProfileRenderer#settings()}: changes whenever a setting changes the parts' or the book's bytes. */
    default String settings() {
        return getClass().getName();
    }
}
