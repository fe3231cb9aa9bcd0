package org.occuprint.io;

import org.occuprint.internal.Checks;
import org.occuprint.internal.Text;

/**
 * One problem found in a profile: where (JSON path, and line and column when known) and what.
 *
 * @param path    the JSON path, for example {@code tasks[3].task}; empty for the document as a whole
 * @param message what is wrong, for example "required"
 * @param line    1-based line, or 0 when not known
 * @param column  1-based column, or 0 when not known
 * @since 0.1
 */
public record ProfileProblem(String path, String message, int line, int column) {
    public ProfileProblem {
        Checks.notNull(path, "path");
        Checks.notBlank(message, "message");
        // a field name or value from the file may hold line breaks or other control characters: they print
        // escaped, so that every problem stays one line
        path = escapeControls(path);
        message = escapeControls(message);
    }

    /** The text with its control characters written as escapes (see {@link Text#escapeControls}). */
    static String escapeControls(String s) {
        return Text.escapeControls(s);
    }

    /** "tasks[3].task: required" or "wages.year: expected a whole number, found text (line 12, column 15)". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append(message);
        if (line > 0) {
            sb.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        return sb.toString();
    }
}
