package org.occuprint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.occuprint.model.Area;
import org.occuprint.model.KnownAreas;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code occuprint areas [--state CA]}: the areas the data has figures for, as {@code id<TAB>name}. */
@Command(name = "areas", mixinStandardHelpOptions = true,
        header = "List the areas the data has wages or projections for (id and name).",
        description = {"List every area the data has wages or projections for, as id<TAB>name: the nation, then",
                "the states, metropolitan areas and regions by id. Any listed id can be given to render and guide",
                "with --area; without --area a handout shows the data set's default areas (for the embedded data:",
                "ST-06, CBSA-40140 and US, in that order)."},
        footer = {"", "Examples:", "  occuprint areas", "  occuprint areas --state CA",
                "  occuprint render 29-1141.00 --area ST-06 --area CBSA-40140 --area US",
                "", "Exit codes: 0 areas listed, 1 no area matches."})
final class AreasCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE",
            description = "A data set (JSON Lines, optionally gzipped) to list instead of the embedded one.")
    Path data;

    @Option(names = "--state", paramLabel = "STATE",
            description = "Only this state and the areas in it: a postal abbreviation (CA), FIPS code (06), id"
                    + " (ST-06) or name.")
    String state;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> fips = Optional.empty();
        if (state != null) {
            Area s = KnownAreas.state(state).orElseThrow(() -> CliException.usage("--state '" + state
                    + "' is not a state (give CA, 06, ST-06 or California)"));
            fips = KnownAreas.stateOf(s.id());
        }
        Catalog catalog = Catalog.open(data);
        int listed = 0;
        for (Area a : catalog.get().areas()) {
            if (fips.isPresent() && !KnownAreas.stateOf(a.id()).equals(fips)) {
                continue;
            }
            out.println(a.id() + "\t" + a.name());
            listed++;
        }
        if (listed == 0) {
            spec.commandLine().getErr().println("occuprint: the data has no area in " + state);
            return 1;
        }
        return 0;
    }
}
