package org.occuprint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.occuprint.importer.DataImporter;
import org.occuprint.importer.ImportException;
import org.occuprint.importer.ImportReport;
import org.occuprint.importer.ImportRequest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code occuprint import ...}: rebuild a data set from the public O*NET and BLS files. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build a data set (gzipped JSON Lines of profiles) from the public O*NET and BLS files.",
                "The embedded data set is exactly what the example below produces (see docs/data-import.md)."},
        footer = {"", "Example (the raw files as published, in a folder data/; docs/data-import.md lists them):",
                "  occuprint import --onet data/onet_29_3 \\",
                "      --oews-national data/bls_oews_2024_national/national_M2024_dl.tsv \\",
                "      --oews-sectors data/bls_oews_2024_national/natsector_M2024_dl.tsv.gz \\",
                "      --oews-area CBSA-40140=data/bls_oews_2024_riverside_msa/riverside_oews_M2024_normalized.tsv \\",
                "      --projections \"data/bls_ep_2024_2034/Employment Projections.csv\" \\",
                "      --state-projections data/ca_edd_ltop_2020_2030/Long-Term_Occupational_Employment_Projections_2020_2030.csv.gz \\",
                "      --overlay examples/profiles/29-2072.00.json --out occupations.jsonl.gz",
                "", "Exit codes: 0 done, 1 a raw file is missing or malformed (file, line and reason named), 2 wrong usage."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--onet", required = true, paramLabel = "DIR", description = "The O*NET database folder (text release).")
    Path onet;

    @Option(names = "--oews-national", required = true, paramLabel = "FILE", description = "OEWS national table (national_M2024_dl.tsv).")
    Path oewsNational;

    @Option(names = "--oews-area", paramLabel = "ID=FILE", description = "An OEWS area table (normalized form) for an area id, e.g. CBSA-40140=riverside.tsv; repeatable.")
    Map<String, Path> oewsAreas = new LinkedHashMap<>();

    @Option(names = "--oews-sectors", paramLabel = "FILE", description = "OEWS national sector table, for the largest industries.")
    Path oewsSectors;

    @Option(names = "--projections", required = true, paramLabel = "FILE", description = "BLS Employment Projections occupation table (CSV).")
    Path projections;

    @Option(names = "--state-projections", paramLabel = "FILE", description = "California EDD long-term occupational"
            + " projections (CSV, optionally gzipped), for California and its 32 projection areas.")
    Path stateProjections;

    @Option(names = "--overlay", paramLabel = "FILE", description = "A hand-written profile laid over the imported one of its code; repeatable.")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The data set to write (.jsonl or .jsonl.gz).")
    Path out;

    @Override
    public Integer call() {
        ImportRequest request;
        try {
            ImportRequest.Builder b = ImportRequest.builder().onet(onet).oewsNational(oewsNational)
                    .projections(projections).oewsSectors(oewsSectors).stateProjections(stateProjections)
                    .overlays(overlays).out(out);
            oewsAreas.forEach(b::oewsArea);
            request = b.build();
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        ImportReport report;
        try {
            report = new DataImporter().run(request);
        } catch (ImportException e) {
            throw CliException.data(e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println(report.summary());
        w.println(out);
        return 0;
    }
}
