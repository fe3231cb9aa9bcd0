package org.occuprint.render;

import org.jspecify.annotations.Nullable;
import org.occuprint.error.OccuprintException;

/**
 * Rendering failed. The message says what failed, for which profile and format, and what to check, for
 * example {@code Cannot render '15-1252.00' as docx: template 'profile.html' not found}; {@link #profileCode()}
 * and {@link #formatId()} hold the two names.
 *
 * @since 0.1
 */
public class RenderException extends OccuprintException {
    private static final long serialVersionUID = 1L;

    public RenderException(String message, @Nullable String formatId, @Nullable String profileCode,
            @Nullable Throwable cause) {
        super(message, profileCode, null, formatId, cause);
    }

    /** "Cannot render 'CODE' as FORMAT: reason". */
    public static RenderException of(String profileCode, String formatId, String reason, @Nullable Throwable cause) {
        return new RenderException("Cannot render '" + profileCode + "' as " + formatId + ": " + reason, formatId,
                profileCode, cause);
    }
}
