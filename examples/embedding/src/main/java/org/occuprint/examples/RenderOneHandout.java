package org.occuprint.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.occuprint.Occuprint;
import org.occuprint.io.ProfileJson;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;

/**
 * Example: one handout to a file. Reads a profile JSON file, prints it as PDF for the Inland Empire next to
 * the nation, with the office's name and a note from the counselor.
 *
 * <pre>
 * mvn -q -pl examples/embedding -am package -DskipTests
 * mvn -q -pl examples/embedding exec:java -Dexec.mainClass=org.occuprint.examples.RenderOneHandout \
 *     -Dexec.args="examples/profiles/29-2072.00.json out"
 * </pre>
 */
public final class RenderOneHandout {
    private RenderOneHandout() {
    }

    public static void main(String[] args) throws Exception {
        Path profile = Path.of(args.length > 0 ? args[0] : "examples/profiles/29-2072.00.json");
        Path outDir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "out"));

        Occupation occupation = ProfileJson.read(profile);
        RenderOptions options = RenderOptions.builder()
                .printedOn(LocalDate.now())
                .areas(List.of("CBSA-40140", "US"))
                .agency("EDD")
                .office("Riverside America's Job Center of California\n(951) 555-0100")
                .note("Ask about the medical coding class that starts in March.")
                .build();

        Path written = Occuprint.renderToDirectory(occupation, options, "pdf", outDir);
        System.out.println(written);
    }
}
