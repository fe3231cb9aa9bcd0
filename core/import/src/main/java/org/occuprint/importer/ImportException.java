package org.occuprint.importer;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.occuprint.error.OccuprintException;
import org.occuprint.internal.Checks;

/**
 * Raw input that cannot be imported: a missing file, a header without an expected column, a malformed row or
 * value, an overlay that does not fit. The message names the file, the line (when the problem is on one) and
 * the reason, for example {@code data/onet/Job Zones.txt:17: column 'Job Zone': '9' is not a job zone (1 to 5)}.
 * When this is thrown, no output file has been written or changed.
 *
 * @since 0.1
 */
public final class ImportException extends OccuprintException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String reason;

    /**
     * @param file   the file at fault
     * @param line   the 1-based line number, or 0 when the problem is not on one line
     * @param reason what is wrong, in words
     */
    public ImportException(Path file, long line, String reason) {
        this(file, line, reason, null);
    }

    /** As {@link #ImportException(Path, long, String)}, with the exception that revealed the problem. */
    public ImportException(Path file, long line, String reason, @Nullable Throwable cause) {
        super(message(Checks.notNull(file, "file").toString(), line, Checks.notBlank(reason, "reason")), null, null, null, cause);
        Checks.argument(line >= 0, "The line number '%d' must not be negative.", line);
        this.file = file.toString();
        this.line = line;
        this.reason = reason;
    }

    private static String message(String file, long line, String reason) {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }

    /** The file at fault, as it was given. */
    public String file() {
        return file;
    }

    /** The 1-based line number of the problem, or 0 when it is not on one line (a missing file, say). */
    public long line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String reason() {
        return reason;
    }
}
