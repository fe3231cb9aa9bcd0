package org.occuprint.cli;

/**
 * A failure the user can fix, with the one-line message to show and the exit code: 1 for bad input or
 * data, 2 for wrong usage. Never shows a stack trace unless --debug.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final int DATA = 1;
    static final int USAGE = 2;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CliException data(String message) {
        return new CliException(DATA, message);
    }

    static CliException usage(String message) {
        return new CliException(USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
