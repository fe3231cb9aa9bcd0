package org.occuprint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.occuprint.data.SearchHit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code occuprint search [WORDS...]}: find occupations by title, other titles or code. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find occupations in the embedded data by title, other titles or code; best matches first.",
                "Prints code<TAB>title for each match; with no words, lists every occupation."},
        footer = {"", "Examples:", "  occuprint search nurse", "  occuprint search medical records", "  occuprint search 29-20",
                "", "Exit codes: 0 matches found, 1 no match."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--data", paramLabel = "FILE",
            description = "A data set (JSON Lines, optionally gzipped) to search instead of the embedded one.")
    java.nio.file.Path data;

    @Parameters(arity = "0..*", paramLabel = "WORDS", description = "Words to look for (case and accents ignored).")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String query = String.join(" ", words);
        List<SearchHit> hits = Catalog.open(data).data().search(query);
        for (SearchHit h : hits) {
            out.println(h.code() + "\t" + h.title());
        }
        if (hits.isEmpty()) {
            spec.commandLine().getErr().println("occuprint: no occupation matches '" + query + "'");
            return 1;
        }
        return 0;
    }
}
