package org.occuprint.options;

import org.occuprint.error.OccuprintException;
import org.occuprint.internal.Text;

/**
 * An option's value cannot be used: an area id of the wrong form, an area given twice, a logo that is not a
 * PNG or JPEG image. The message names the option and quotes the value; {@link #field()} is the option's name
 * ({@code areas}, {@code logo}, ...).
 *
 * @since 0.1
 */
public final class InvalidOptionException extends OccuprintException {
    private static final long serialVersionUID = 1L;

    /**
     * @param option  the option's name, as the builder method is named
     * @param message the whole message; control characters in it (from a quoted value) print escaped, so that
     *                it stays one line
     */
    public InvalidOptionException(String option, String message) {
        super(Text.escapeControls(message), null, option, null, null);
    }
}
