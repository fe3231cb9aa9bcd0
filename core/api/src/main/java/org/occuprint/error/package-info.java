/**
 * The exceptions every Occuprint module shares: {@link org.occuprint.error.OccuprintException}, the base of
 * all of them, and {@link org.occuprint.error.OutputException} for files that cannot be written.
 */
@NullMarked
package org.occuprint.error;

import org.jspecify.annotations.NullMarked;
