package org.occuprint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.occuprint.compose.OutlookTerms;
import org.occuprint.data.DataSet;
import org.occuprint.data.SearchHit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code occuprint search [WORDS...]}: find occupations by title, other titles or code. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find occupations in the embedded data by title, other titles or code; best matches first.",
                "Prints code<TAB>title for each match; with no words, lists every occupation.",
                "With --bright-outlook, only Bright Outlook occupations, with a third column naming the criteria met."},
        footer = {"", "Examples:", "  occuprint search nurse", "  occuprint search medical records", "  occuprint search 29-20",
                "  occuprint search --bright-outlook nurse",
                "", "Exit codes: 0 matches found, 1 no match."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--data", paramLabel = "FILE",
            description = "A data set (JSON Lines, optionally gzipped) to search instead of the embedded one.")
    java.nio.file.Path data;

    @picocli.CommandLine.Option(names = "--bright-outlook",
            description = "Only occupations that meet O*NET's Bright Outlook criteria nationally (faster than average"
                    + " growth, or 100,000 or more openings over the projection period); a third column names them.")
    boolean brightOutlook;

    @Parameters(arity = "0..*", paramLabel = "WORDS", description = "Words to look for (case and accents ignored).")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String query = String.join(" ", words);
        DataSet set = Catalog.open(data).data();
        List<SearchHit> hits = set.search(query);
        if (brightOutlook) {
            hits = hits.stream().filter(h -> !OutlookTerms.bright(set.find(h.code()).orElseThrow()).isEmpty()).toList();
        }
        for (SearchHit h : hits) {
            if (brightOutlook) {
                out.println(h.code() + "\t" + h.title() + "\t" + criteria(OutlookTerms.bright(set.find(h.code()).orElseThrow())));
            } else {
                out.println(h.code() + "\t" + h.title());
            }
        }
        if (hits.isEmpty()) {
            spec.commandLine().getErr().println("occuprint: no " + (brightOutlook ? "Bright Outlook " : "")
                    + "occupation matches '" + query + "'");
            return 1;
        }
        return 0;
    }

    private static String criteria(Set<OutlookTerms.Bright> met) {
        return "Bright Outlook: " + String.join(", ", met.stream().map(b -> switch (b) {
            case RAPID_GROWTH -> "faster than average growth";
            case MANY_OPENINGS -> "many openings";
        }).toList());
    }
}
