package org.occuprint.guide;

import org.occuprint.internal.Checks;

/**
 * An occupation the guide had to leave out, and why.
 *
 * @param code   the occupation's code
 * @param reason what went wrong, in one line
 * @since 0.1
 */
public record GuideFailure(String code, String reason) {
    public GuideFailure {
        Checks.notBlank(code, "code");
        Checks.notBlank(reason, "reason");
    }
}
