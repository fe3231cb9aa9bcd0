/**
 * The PDF renderer: the print-HTML laid out by Flying Saucer on OpenPDF, with embedded Liberation fonts,
 * a footer on every page, an outline, document metadata and byte-for-byte repeatable output.
 *
 * <p>The API is {@link org.occuprint.render.pdf.PdfRenderer}, {@link org.occuprint.render.pdf.PdfOptions} and
 * {@link org.occuprint.render.pdf.PdfBookBinder}; every other class is package-private, in four groups:
 * <ul>
 * <li>laying out: {@code XhtmlForPdf} (the DOM Flying Saucer reads), {@code ClasspathOnlyUserAgent},
 * {@code ProfileNamespaceHandler}, {@code PdfFonts}, {@code LiberationFontResolver},
 * {@code TypographicTextRenderer}, {@code WordKeepingLineBreaks}, {@code SubsetTags};</li>
 * <li>layout fixes after a first pass: {@code WideTables}, {@code StrandedCaptions}, {@code ContentsPages};</li>
 * <li>tagging and conformance (PDF/UA-1, PDF/A-2u): {@code TaggingOutputDevice}, {@code StructureTree},
 * {@code Conformance}, {@code PdfMetadata};</li>
 * <li>binding a guide: {@code PdfBookBinder}, {@code BookFrontMatter} (laying out the HTML renderer's
 * cover and contents), {@code BookPageLabels}, {@code BookOutline}, {@code TaggedPdfCopy},
 * {@code BookXrefTable}.</li>
 * </ul>
 * They stay in one package because they share package-private entry points (the layout, the fonts, the
 * subset tags, the tagging device) that sub-packages could only reach if those became public API.
 */
@NullMarked
package org.occuprint.render.pdf;

import org.jspecify.annotations.NullMarked;
