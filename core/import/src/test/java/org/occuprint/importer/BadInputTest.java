package org.occuprint.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad raw input stops the import with the file, line and reason, and leaves no output behind. */
class BadInputTest {
    private static final String TASKS = "onet_29_3/Task Statements.txt";
    private static final String NATIONAL = "bls_oews_2024_national/national_M2024_dl.tsv";
    private static final String EP = "bls_ep_2024_2034/Employment Projections.csv";

    @TempDir
    Path dir;

    private Path raw() {
        Path raw = dir.resolve("raw");
        Slice.copyTo(raw);
        return raw;
    }

    private Path out() {
        return dir.resolve("out/occupations.jsonl.gz");
    }

    private static void replaceLine(Path file, int line, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(line - 1, text);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String line(Path file, int line) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(line - 1);
    }

    /** Runs the import, which must fail, and checks that no output or temporary file was left. */
    private ImportException failingImport(Path raw) throws IOException {
        try {
            new DataImporter().run(Slice.request(raw, out()).build());
        } catch (ImportException e) {
            assertThat(out()).doesNotExist();
            if (Files.exists(out().getParent())) {
                try (Stream<Path> left = Files.list(out().getParent())) {
                    assertThat(left).isEmpty();
                }
            }
            return e;
        }
        throw new AssertionError("The import should have failed");
    }

    @Test
    void missingFileIsNamed() throws IOException {
        Path raw = raw();
        Files.delete(raw.resolve("onet_29_3/Job Zones.txt"));
        ImportException e = failingImport(raw);
        assertThat(e.file()).endsWith("Job Zones.txt");
        assertThat(e.line()).isZero();
        assertThat(e.getMessage()).endsWith("Job Zones.txt: file not found");
    }

    @Test
    void missingOnetFolderIsNamed() {
        ImportException e = (ImportException) org.assertj.core.api.Assertions.catchThrowable(() -> new DataImporter()
                .run(Slice.request(dir.resolve("nowhere"), out()).build()));
        assertThat(e.getMessage()).contains("nowhere").contains("directory not found");
        assertThat(out()).doesNotExist();
    }

    @Test
    void headerWithoutANeededColumnIsRefusedOnLineOne() throws IOException {
        Path raw = raw();
        Path file = raw.resolve(NATIONAL);
        replaceLine(file, 1, line(file, 1).replace("A_MEDIAN", "A_MEDIAN_WAGE"));
        ImportException e = failingImport(raw);
        assertThat(e.getMessage()).startsWith(file + ":1: the header has no column 'A_MEDIAN' (found: 'AREA', ");
    }

    @Test
    void projectionsWithAnotherVintageAreRefused() throws IOException {
        Path raw = raw();
        Path file = raw.resolve(EP);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replaceFirst("Employment 2034", "Employment 2033"), StandardCharsets.UTF_8);
        ImportException e = failingImport(raw);
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).startsWith("the header has no column 'Employment 2034'");
    }

    @Test
    void rowWithTooFewFieldsIsRefusedWithItsLineNumber() throws IOException {
        Path raw = raw();
        Path file = raw.resolve(TASKS);
        String row = line(file, 7);
        replaceLine(file, 7, row.substring(0, row.lastIndexOf('\t')));
        ImportException e = failingImport(raw);
        assertThat(e.getMessage()).isEqualTo(file + ":7: malformed row: 7 fields where the header has 8");
    }

    @Test
    void badValueIsRefusedWithLineColumnAndValue() throws IOException {
        Path raw = raw();
        Path file = raw.resolve("onet_29_3/Job Zones.txt");
        replaceLine(file, 4, line(file, 4).replaceFirst("\t\\d\t", "\t9\t"));
        ImportException e = failingImport(raw);
        assertThat(e.getMessage()).isEqualTo(file + ":4: column 'Job Zone': '9' is not a whole number from 1 to 5");
    }

    @Test
    void badWageIsRefused() throws IOException {
        Path raw = raw();
        Path file = raw.resolve(NATIONAL);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\t29-2072\t")) {
                lines.set(i, lines.get(i).replace("\t24.16\t", "\t24,16\t"));
                n = i + 1;
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        ImportException e = failingImport(raw);
        assertThat(e.getMessage()).isEqualTo(file + ":" + n
                + ": column 'H_MEDIAN': '24,16' is not a wage (a number, '*' not available or '#' top-coded)");
    }

    @Test
    void brokenQuotingIsReportedWithTheLine() throws IOException {
        Path raw = raw();
        Path file = raw.resolve(TASKS);
        String row = line(file, 5);
        replaceLine(file, 5, row.replaceFirst("\t([^\t]*)\t(Core|Supplemental|)\t", "\t\"$1\"x\t$2\t"));
        ImportException e = failingImport(raw);
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.reason()).startsWith("malformed row: ");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Path raw = raw();
        Path file = raw.resolve("onet_29_3/Job Zones.txt");
        byte[] bytes = Files.readAllBytes(file);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        broken[bytes.length + 2] = '\n';
        Files.write(file, broken);
        ImportException e = failingImport(raw);
        assertThat(e.getMessage()).startsWith(file + ": not UTF-8 text");
    }

    @Test
    void brokenGzipIsReported() throws IOException {
        Path raw = raw();
        Path file = raw.resolve("onet_29_3/Skills.txt.gz");
        Files.write(file, new byte[] {1, 2, 3});
        ImportException e = failingImport(raw);
        assertThat(e.getMessage()).startsWith(file + ": not a gzip file");
    }

    @Test
    void unknownAreaFootnoteIsRefused() throws IOException {
        Path raw = raw();
        Path file = raw.resolve("bls_oews_2024_riverside_msa/riverside_oews_M2024_normalized.tsv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("11-1011\t")) {
                lines.set(i, lines.get(i).replace("h_pct75:5", "h_pct75:7"));
                n = i + 1;
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        ImportException e = failingImport(raw);
        assertThat(e.getMessage()).startsWith(file + ":" + n + ": column 'footnotes': ")
                .contains("has 'h_pct75:7', not field:code with code 4, 5 or 8");
    }

    @Test
    void failedImportLeavesAnExistingDataSetUnchanged() throws IOException {
        Path raw = raw();
        Files.createDirectories(out().getParent());
        Files.writeString(out(), "previous");
        Files.delete(raw.resolve(EP));
        assertThatThrownBy(() -> new DataImporter().run(Slice.request(raw, out()).build()))
                .isInstanceOf(ImportException.class).hasMessageContaining("Employment Projections.csv: file not found");
        assertThat(out()).hasContent("previous");
        try (Stream<Path> files = Files.list(out().getParent())) {
            assertThat(files).containsExactly(out());
        }
    }

    @Test
    void invalidOverlayIsRefusedWithItsProblem() throws IOException {
        Path overlay = dir.resolve("overlay.json");
        Files.writeString(overlay, "{\"formatVersion\": 1, \"code\": \"29-2072.00\", \"title\": \"X\", \"colour\": 1}");
        ImportException e = (ImportException) org.assertj.core.api.Assertions.catchThrowable(() -> new DataImporter()
                .run(Slice.request(Slice.raw(), out()).overlay(overlay).build()));
        assertThat(e.getMessage()).startsWith(overlay + ":1: not a valid profile: colour: unknown field");
        assertThat(out()).doesNotExist();
    }

    @Test
    void overlayForACodeThatIsNotImportedIsRefused() throws IOException {
        Path overlay = dir.resolve("overlay.json");
        Files.writeString(overlay, "{\"formatVersion\": 1, \"code\": \"99-9999.00\", \"title\": \"Nothing\"}");
        assertThatThrownBy(() -> new DataImporter().run(Slice.request(Slice.raw(), out()).overlay(overlay).build()))
                .isInstanceOf(ImportException.class)
                .hasMessage(overlay + ": the overlay's code '99-9999.00' is not an imported occupation (it has no "
                        + "tasks in O*NET)");
        assertThat(out()).doesNotExist();
    }

    @Test
    void gzippedInputMayAlsoBeGivenPlain() throws IOException {
        Path raw = raw();
        Path gz = raw.resolve("onet_29_3/Tasks to DWAs.txt.gz");
        byte[] plain;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
            plain = in.readAllBytes();
        }
        Files.delete(gz);
        Files.write(raw.resolve("onet_29_3/Tasks to DWAs.txt"), plain);
        Path skills = raw.resolve("onet_29_3/Skills.txt.gz");
        byte[] again = Files.readAllBytes(skills);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(skills))) {
            o.write(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(again)).readAllBytes());
        }
        assertThat(new DataImporter().read(Slice.request(raw, out()).build())).hasSize(Slice.CODES.size());
    }
}
