/**
 * Reading and writing the profile JSON format (version 1) and data sets of profiles (JSON Lines).
 *
 * <p>Entry point: {@link org.occuprint.io.ProfileJson}.
 */
@NullMarked
package org.occuprint.io;

import org.jspecify.annotations.NullMarked;
