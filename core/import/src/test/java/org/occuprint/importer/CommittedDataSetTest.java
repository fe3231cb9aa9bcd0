package org.occuprint.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.data.DataSet;
import org.occuprint.data.DataSetWriter;
import org.occuprint.importer.DataImporter;
import org.occuprint.importer.ImportRequest;
import org.occuprint.io.ProfileJson;
import org.occuprint.model.Occupation;
import org.occuprint.testing.Fixtures;

/**
 * The data set the CLI embeds is exactly what the importer produces: importing the committed raw slice (with
 * the flagship overlay) gives, for every sample occupation, the same canonical line as the committed data set.
 */
class CommittedDataSetTest {
    static Path committed() {
        return Fixtures.root().resolve(BuildDefaultDataSet.DATA_SET);
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** The committed data set's lines by code, read plainly (not through {@link DataSet}). */
    private static Map<String, String> committedLines() throws IOException {
        byte[] text = gunzip(committed());
        Map<String, String> lines = new HashMap<>();
        for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
            Occupation o = ProfileJson.parse(line, "committed");
            lines.put(o.code(), line);
        }
        return lines;
    }

    @Test
    void eachSampleOccupationIsTheCommittedLineExactly() throws IOException {
        Map<String, String> committed = committedLines();
        ImportRequest request = Slice.request(Slice.raw(), Path.of("unused.jsonl"))
                .overlay(Fixtures.root().resolve(BuildDefaultDataSet.FLAGSHIP)).build();
        List<Occupation> imported = new DataImporter().read(request);
        assertThat(imported).hasSize(Slice.CODES.size());
        for (Occupation o : imported) {
            assertThat(ProfileJson.toJson(o, false)).as(o.code()).isEqualTo(committed.get(o.code()));
        }
    }

    @Test
    void committedDataSetIsInCodeOrderWithOneCanonicalProfilePerLine() throws IOException {
        byte[] text = gunzip(committed());
        String[] lines = new String(text, StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines[lines.length - 1]).isEmpty();
        String previous = "";
        for (int i = 0; i < lines.length - 1; i++) {
            Occupation o = ProfileJson.parse(lines[i], "committed:" + (i + 1));
            assertThat(ProfileJson.toJson(o, false)).isEqualTo(lines[i]);
            assertThat(o.code()).isGreaterThan(previous);
            previous = o.code();
        }
        assertThat(lines.length - 1).isEqualTo(923);
    }

    @Test
    void gzipHeaderHasNoNameAndNoTime() throws IOException {
        byte[] gz = Files.readAllBytes(committed());
        assertThat(gz[0] & 0xff).isEqualTo(0x1f);
        assertThat(gz[1] & 0xff).isEqualTo(0x8b);
        assertThat(gz[3]).as("flags: no name or comment; the extra field with the member's code and titles")
                .isEqualTo((byte) 4);
        assertThat(new byte[] {gz[4], gz[5], gz[6], gz[7]}).as("modification time").containsOnly(0);
    }

    @Test
    void writingTheSameProfilesTwiceGivesTheSameBytes(@TempDir Path dir) throws IOException {
        List<Occupation> imported = new DataImporter().read(Slice.request(Slice.raw(), Path.of("unused.jsonl")).build());
        DataSetWriter.write(imported, dir.resolve("a.jsonl.gz"));
        DataSetWriter.write(imported, dir.resolve("b.jsonl.gz"));
        assertThat(Files.readAllBytes(dir.resolve("a.jsonl.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.jsonl.gz")));
        DataSetWriter.write(imported, dir.resolve("plain.jsonl"));
        assertThat(gunzip(dir.resolve("a.jsonl.gz")))
                .isEqualTo(Files.readAllBytes(dir.resolve("plain.jsonl")));
    }
}
