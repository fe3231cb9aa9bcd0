package org.occuprint.examples;

import java.nio.file.Path;
import java.util.List;

import org.occuprint.Occuprint;
import org.occuprint.data.Catalog;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;

/**
 * Example: handouts of occupations from the data set that {@code occuprint-data} embeds, as PDF, with only
 * the three modules an application needs on its class path: {@code occuprint-api}, {@code occuprint-data} and
 * one renderer ({@code occuprint-pdf}). No command line, no importer.
 *
 * <pre>
 * mvn -q -pl examples/embedding -am package -DskipTests
 * mvn -q -pl examples/embedding exec:java -Dexec.mainClass=org.occuprint.examples.RenderFromDataSet \
 *     -Dexec.args="out 29-1141.00 15-1252.00"
 * </pre>
 */
public final class RenderFromDataSet {
    private RenderFromDataSet() {
    }

    /** Arguments: the output folder, then occupation codes (default: the first occupation of the data set). */
    public static void main(String[] args) {
        Path outDir = Path.of(args.length > 0 ? args[0] : "out");
        Catalog catalog = Catalog.embedded();
        List<String> codes = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of(catalog.data().codes().get(0));
        RenderOptions options = RenderOptions.builder()
                .agency(catalog.agency().orElse(null))
                .areas(List.of("US"))
                .build();
        for (String code : codes) {
            Occupation occupation = catalog.require(code);
            System.out.println(Occuprint.write(occupation, options, outDir, "pdf").get(0));
        }
    }
}
