/**
 * The full guide: every occupation of a data set rendered in parallel into per-occupation files and/or one
 * bound book, with progress reporting, failure isolation, atomic writes, resumption and bounded memory.
 * Format-neutral; binding the book is delegated to a {@link org.occuprint.render.BookBinder} (the PDF module
 * has one).
 *
 * <p>Entry point: {@link org.occuprint.guide.GuideRunner#builder()}.
 */
@NullMarked
package org.occuprint.guide;

import org.jspecify.annotations.NullMarked;
