package org.occuprint.render;

import org.jspecify.annotations.Nullable;

/**
 * Rendering failed. The message says what failed, for which profile and format, and what to check, for
 * example {@code Cannot render '15-1252.00' as docx: template 'profile.html' not found}.
 *
 * @since 0.1
 */
public class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String formatId;
    private final @Nullable String profileCode;

    public RenderException(String message, @Nullable String formatId, @Nullable String profileCode,
            @Nullable Throwable cause) {
        super(message, cause);
        this.formatId = formatId;
        this.profileCode = profileCode;
    }

    /** "Cannot render 'CODE' as FORMAT: reason". */
    public static RenderException of(String profileCode, String formatId, String reason, @Nullable Throwable cause) {
        return new RenderException("Cannot render '" + profileCode + "' as " + formatId + ": " + reason, formatId,
                profileCode, cause);
    }

    /** The format being rendered, when known. */
    public @Nullable String formatId() {
        return formatId;
    }

    /** The code of the profile being rendered, when known. */
    public @Nullable String profileCode() {
        return profileCode;
    }
}
