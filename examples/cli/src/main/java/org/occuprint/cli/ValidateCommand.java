package org.occuprint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.occuprint.io.ProfileJson;
import org.occuprint.io.ProfileProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code occuprint validate FILE.json...}: every problem with its JSON path. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check profile JSON files: every problem is listed with its JSON path, line and column.",
        footer = {"", "Example:", "  occuprint validate my-profile.json other.json",
                "", "Exit codes: 0 all valid, 1 a problem was found."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE.json", description = "Profile files to check.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println(f + ": cannot read: no such file");
                bad++;
                continue;
            }
            List<ProfileProblem> problems;
            try {
                problems = ProfileJson.validate(f);
            } catch (java.io.UncheckedIOException e) {
                err.println(f + ": cannot read: " + e.getCause().getMessage());
                bad++;
                continue;
            }
            if (problems.isEmpty()) {
                out.println(f + ": valid");
            } else {
                bad++;
                for (ProfileProblem p : problems) {
                    out.println(f + ": " + p);
                }
            }
        }
        if (bad > 0) {
            err.println("occuprint: " + bad + " of " + files.size() + " file" + (files.size() == 1 ? "" : "s") + " not valid");
            return 1;
        }
        return 0;
    }
}
