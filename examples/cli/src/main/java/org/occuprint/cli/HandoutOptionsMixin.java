package org.occuprint.cli;

import picocli.CommandLine.ArgGroup;

/** Puts the handout options into a command's help as their own group. */
final class HandoutOptionsMixin {
    @ArgGroup(validate = false, heading = "%nHandout options:%n")
    HandoutOptions options = new HandoutOptions();
}
