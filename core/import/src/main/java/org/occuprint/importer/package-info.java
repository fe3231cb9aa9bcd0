/**
 * The importer: builds a data set of profiles from the public O*NET and BLS files
 * ({@link org.occuprint.importer.DataImporter}, configured by an {@link org.occuprint.importer.ImportRequest}).
 * A build-time tool with its own dependency (Commons CSV): applications that print from a data set need only
 * {@code occuprint-data}.
 *
 * <p>How each profile field is derived from the raw files is documented in {@code docs/data-import.md}.
 */
@NullMarked
package org.occuprint.importer;

import org.jspecify.annotations.NullMarked;
