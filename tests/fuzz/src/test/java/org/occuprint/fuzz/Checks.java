package org.occuprint.fuzz;

/** What every fuzz target asserts about a refusal. */
final class Checks {
    private Checks() {
    }

    /** A message for a person: present, one line. */
    static void oneLine(String message) {
        if (message == null || message.isBlank()) {
            throw new AssertionError("An exception without a message");
        }
        if (message.contains("\n")) {
            throw new AssertionError("A message of more than one line: " + message);
        }
    }
}
