/**
 * The PDF renderer: the print-HTML laid out by Flying Saucer on OpenPDF, with embedded Liberation fonts,
 * a footer on every page, an outline, document metadata and byte-for-byte repeatable output.
 */
@NullMarked
package org.occuprint.render.pdf;

import org.jspecify.annotations.NullMarked;
