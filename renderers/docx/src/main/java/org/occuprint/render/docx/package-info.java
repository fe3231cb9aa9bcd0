/**
 * The DOCX renderer: the composed profile as an editable Word document written with Apache POI XWPF, with
 * real styles (title, headings, list, table, caption, notice), a footer with the print date and
 * {@code PAGE}/{@code NUMPAGES} fields, repeating table header rows, hyperlinks that survive LibreOffice's
 * PDF export, and byte-identical output for the same input.
 *
 * <p>Entry point: {@link org.occuprint.render.docx.DocxRenderer}.
 */
@NullMarked
package org.occuprint.render.docx;

import org.jspecify.annotations.NullMarked;
