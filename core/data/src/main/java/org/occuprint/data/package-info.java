/**
 * Occupations to print: the data set embedded in this module ({@link org.occuprint.data.DataSet#embedded()},
 * every O*NET occupation with BLS wages and projections), reading other data sets of the same form (JSON Lines
 * of profiles, read lazily), search, and {@link org.occuprint.data.Catalog}, which answers an application's
 * questions (a profile by code or file, a list of codes, area ids) with messages a person can act on.
 *
 * <p>How each field of the embedded data set is derived from the public files is documented in
 * {@code docs/data-import.md}; the importer itself is the separate, build-time module {@code occuprint-import}.
 */
@NullMarked
package org.occuprint.data;

import org.jspecify.annotations.NullMarked;
