package org.occuprint.importer;

import java.nio.file.Path;

/**
 * Builds the default data set that the data module embeds, from the raw public files: a small program, run
 * by hand (see docs/data-import.md), not a test. With OUT, writes there instead of over the committed file
 * (to compare the two).
 *
 * <pre>
 * java -cp ... org.occuprint.importer.BuildDefaultDataSet RAW_DATA_DIR REPO_ROOT [OUT]
 * </pre>
 */
final class BuildDefaultDataSet {
    /** The data set's place in the repository. */
    static final String DATA_SET = "core/data/src/main/resources/org/occuprint/data/occupations.jsonl.gz";
    /** The hand-checked profiles laid over the imported ones. */
    static final String FLAGSHIP = "examples/profiles/29-2072.00.json";

    private BuildDefaultDataSet() {
    }

    /** The request for a raw data folder laid out like the shared data (see its README), writing to {@code out}. */
    static ImportRequest request(Path raw, Path repo, Path out) {
        return ImportRequest.builder()
                .onet(raw.resolve("onet_29_3"))
                .oewsNational(raw.resolve("bls_oews_2024_national/national_M2024_dl.tsv"))
                .oewsArea("CBSA-40140", raw.resolve("bls_oews_2024_riverside_msa/riverside_oews_M2024_normalized.tsv"))
                .oewsSectors(raw.resolve("bls_oews_2024_national/natsector_M2024_dl.tsv.gz"))
                .projections(raw.resolve("bls_ep_2024_2034/Employment Projections.csv"))
                .stateProjections(raw.resolve("ca_edd_ltop_2020_2030/Long-Term_Occupational_Employment_Projections_2020_2030.csv.gz"))
                .overlay(repo.resolve(FLAGSHIP))
                .out(out)
                .build();
    }

    public static void main(String[] args) {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: BuildDefaultDataSet RAW_DATA_DIR REPO_ROOT [OUT]");
            System.exit(2);
        }
        Path raw = Path.of(args[0]);
        Path repo = Path.of(args[1]);
        Path out = args.length == 3 ? Path.of(args[2]) : repo.resolve(DATA_SET);
        ImportReport report = new DataImporter().run(request(raw, repo, out));
        System.out.println(report.summary());
    }
}
