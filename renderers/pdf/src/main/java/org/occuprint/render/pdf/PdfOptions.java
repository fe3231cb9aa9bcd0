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
 * @param xmpMetadata whether an untagged PDF carries an XMP metadata stream with the same title, subject,
 *                    keywords, author, language and dates as the document information dictionary; a
 *                    tagged PDF always carries it, as PDF/UA-1 and PDF/A-2u require
 * @param tagged      whether the PDF is an accessible, archivable file: a tagged PDF (its structure tree
 *                    gives headings, paragraphs, lists, tables, links and figures in reading order;
 *                    decoration and the page footer are artifacts) that conforms to PDF/UA-1 and PDF/A-2u
 * @since 0.1
 */
public record PdfOptions(boolean pageNumbers, boolean xmpMetadata, boolean tagged) {
    private static final PdfOptions DEFAULTS = new PdfOptions(true, true, true);

    /** Page numbers, XMP metadata, tagged (PDF/UA-1 and PDF/A-2u). */
    public static PdfOptions defaults() {
        return DEFAULTS;
    }

    /** These options with page numbers on or off. */
    public PdfOptions withPageNumbers(boolean on) {
        return new PdfOptions(on, xmpMetadata, tagged);
    }

    /** These options with the XMP metadata stream on or off (a tagged PDF always has it). */
    public PdfOptions withXmpMetadata(boolean on) {
        return new PdfOptions(pageNumbers, on, tagged);
    }

    /** These options with tagging (PDF/UA-1 and PDF/A-2u conformance) on or off. */
    public PdfOptions withTagged(boolean on) {
        return new PdfOptions(pageNumbers, xmpMetadata, on);
    }
}
