package org.occuprint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.data.DataSet;
import org.occuprint.testing.Fixtures;

/**
 * An application that embeds Occuprint needs the API, the data module and one renderer: the example
 * {@link RenderFromDataSet} runs in its own JVM with exactly the class path Maven gives such an application
 * (runtime scope), and prints occupations of the embedded data set.
 */
class EmbeddingClassPathTest {
    private static List<String> runtimeClassPath() throws IOException {
        Path file = Fixtures.root().resolve("examples/embedding/target/runtime-classpath.txt");
        List<String> entries = new ArrayList<>(Arrays.asList(Files.readString(file).trim().split(File.pathSeparator)));
        entries.add(0, Fixtures.root().resolve("examples/embedding/target/classes").toString());
        return entries;
    }

    @Test
    void theClassPathHoldsNoImporterNoCsvLibraryNoOtherRenderer() throws IOException {
        String cp = String.join("\n", runtimeClassPath());
        assertThat(cp).contains("occuprint-api", "occuprint-data", "occuprint-pdf")
                .doesNotContain("commons-csv", "occuprint-import", "core/import", "occuprint-cli", "occuprint-guide",
                        "poi-ooxml", "occuprint-docx");
    }

    @Test
    void occupationsOfTheEmbeddedDataSetPrintWithThatClassPath(@TempDir Path dir) throws Exception {
        List<String> all = DataSet.embedded().codes();
        List<String> codes = List.of(all.get(0), all.get(all.size() / 2), all.get(all.size() - 1), "29-1141.00");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, runtimeClassPath()), RenderFromDataSet.class.getName(), dir.toString()));
        command.addAll(codes);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output.lines()).hasSize(codes.size());
        for (String code : codes) {
            String title = DataSet.embedded().summary(code).orElseThrow().title();
            Path pdf = Path.of(output.lines().filter(l -> l.contains(code)).findFirst().orElseThrow());
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(doc)).contains(title, code);
            }
        }
    }
}
