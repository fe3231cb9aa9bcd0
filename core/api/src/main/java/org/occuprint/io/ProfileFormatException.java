package org.occuprint.io;

import java.util.List;

import org.occuprint.error.OccuprintException;
import org.occuprint.internal.Checks;

/**
 * A profile (or data set line) that is not valid profile JSON. Carries every problem found, each with
 * its JSON path; the message names the source and lists them.
 *
 * @since 0.1
 */
public final class ProfileFormatException extends OccuprintException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<ProfileProblem> problems;

    public ProfileFormatException(String source, List<ProfileProblem> problems) {
        super(message(source, problems), null, problems.isEmpty() ? null : problems.get(0).path(), null, null);
        this.source = source;
        this.problems = List.copyOf(problems);
        Checks.argument(!problems.isEmpty(), "A format exception needs at least one problem.");
    }

    private static String message(String source, List<ProfileProblem> problems) {
        StringBuilder sb = new StringBuilder();
        for (ProfileProblem p : problems) {
            if (sb.length() > 0) {
                sb.append(System.lineSeparator());
            }
            sb.append(source).append(": ").append(p);
        }
        return sb.toString();
    }

    /** The file name or other description of where the profile came from. */
    public String source() {
        return source;
    }

    /** Every problem found, in document order; never empty. */
    public List<ProfileProblem> problems() {
        return problems;
    }
}
