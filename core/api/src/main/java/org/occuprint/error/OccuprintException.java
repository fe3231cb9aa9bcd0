package org.occuprint.error;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The one base of every exception Occuprint throws for bad input, bad data or a failed output: an invalid
 * profile, an invalid option, a data set that cannot be read, a render or write failure. Unchecked. The
 * message is one line for a person ("Cannot render '15-1252.00' as docx: ..."); the structured fields say
 * which profile, field and format it concerns, when that is known.
 *
 * <pre>{@code
 * try {
 *     Occuprint.render(occupation, options, "pdf");
 * } catch (OccuprintException e) {
 *     log.warn("{} (profile {}, format {})", e.getMessage(), e.profileCode().orElse("-"), e.formatId().orElse("-"));
 * }
 * }</pre>
 *
 * <p>Programming errors (a {@code null} argument, a record built with impossible values) stay
 * {@link NullPointerException} and {@link IllegalArgumentException}.
 *
 * @since 0.1
 */
public class OccuprintException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String profileCode;
    private final @Nullable String field;
    private final @Nullable String formatId;

    /**
     * @param message     the whole message, naming what failed and why
     * @param profileCode the code of the profile concerned, if known
     * @param field       the field or option concerned (a JSON path, an option name), if known
     * @param formatId    the output format concerned, if known
     * @param cause       the underlying exception, if any
     */
    public OccuprintException(String message, @Nullable String profileCode, @Nullable String field,
            @Nullable String formatId, @Nullable Throwable cause) {
        super(message, cause);
        this.profileCode = profileCode;
        this.field = field;
        this.formatId = formatId;
    }

    /** An exception with only a message and cause. */
    public OccuprintException(String message, @Nullable Throwable cause) {
        this(message, null, null, null, cause);
    }

    /** The code of the profile concerned, for example {@code 29-2072.00}. */
    public Optional<String> profileCode() {
        return Optional.ofNullable(profileCode);
    }

    /** The field or option concerned: a JSON path such as {@code $.tasks[3].task}, or an option name. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The output format concerned, for example {@code pdf}. */
    public Optional<String> formatId() {
        return Optional.ofNullable(formatId);
    }
}
