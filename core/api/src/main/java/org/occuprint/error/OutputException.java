package org.occuprint.error;

import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A file or folder could not be written: no space, no permission, a file where a folder should be. When
 * this is thrown, nothing half-written is left at the final name.
 *
 * @since 0.1
 */
public final class OutputException extends OccuprintException {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable Path path;

    /**
     * @param path   the file or folder that could not be written
     * @param reason why, in words ("no space left on the device")
     * @param cause  the underlying exception, if any
     */
    public OutputException(Path path, String reason, @Nullable Throwable cause) {
        super("Cannot write " + path + ": " + reason, cause);
        this.path = path;
    }

    /** The file or folder that could not be written. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }
}
