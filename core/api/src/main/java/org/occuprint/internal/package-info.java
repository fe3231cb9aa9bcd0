/**
 * Internal helpers. Not part of the API: do not depend on anything in this package, it changes without notice.
 */
@NullMarked
package org.occuprint.internal;

import org.jspecify.annotations.NullMarked;
