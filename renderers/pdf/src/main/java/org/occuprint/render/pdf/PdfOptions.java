package org.occuprint.render.pdf;

/**
 * Settings of the PDF renderer that other formats do not have. Immutable.
 *
 * <pre>{@code
 * // pages for a bound book, whose binder stamps the book's own page numbers
 * PdfRenderer pdf = new PdfRenderer(PdfOptions.defaults().withPageNumbers(false));
 * }</pre>
 *
 * @param pageNumbers whether each page prints its "Page N of M" label at the bottom right (the print
 *                    date at the bottom left always prints); {@code false} leaves the place empty for a
 *                    book binder that numbers the pages of the whole book
 * @param xmpMetadata whether the PDF carries an XMP metadata stream with the same title, subject,
 *                    keywords, author, language and dates as the document information dictionary
 * @since 0.1
 */
public record PdfOptions(boolean pageNumbers, boolean xmpMetadata) {
    private static final PdfOptions DEFAULTS = new PdfOptions(true, true);

    /** Page numbers and XMP metadata. */
    public static PdfOptions defaults() {
        return DEFAULTS;
    }

    /** These options with page numbers on or off. */
    public PdfOptions withPageNumbers(boolean on) {
        return new PdfOptions(on, xmpMetadata);
    }

    /** These options with the XMP metadata stream on or off. */
    public PdfOptions withXmpMetadata(boolean on) {
        return new PdfOptions(pageNumbers, on);
    }
}
