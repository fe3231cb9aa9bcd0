/**
 * The default data set: importing the public O*NET and BLS files into profiles ({@link
 * org.occuprint.importer.DataImporter}) and reading a data set of profiles back, lazily, with search ({@link
 * org.occuprint.data.DataSet}).
 *
 * <p>How each profile field is derived from the raw files is documented in {@code docs/data-import.md}.
 */
@NullMarked
package org.occuprint.data;

import org.jspecify.annotations.NullMarked;
