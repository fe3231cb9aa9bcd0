package org.occuprint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.io.ProfileJson;
import org.occuprint.model.Occupation;
import org.occuprint.testing.Fixtures;

/** What the writer writes, the data set reads back; the same profiles give the same bytes; a failure leaves nothing. */
class DataSetWriterTest {
    private static final List<Occupation> SOME = DataSet.embedded().occupations()
            .filter(o -> o.code().startsWith("29-20")).toList();

    @Test
    void aWrittenDataSetLoadsBackToTheSameProfiles(@TempDir Path dir) {
        for (String name : List.of("some.jsonl.gz", "some.jsonl", "SOME.JSONL.GZ")) {
            Path file = dir.resolve("sub").resolve(name);
            DataSetWriter.write(SOME, file);
            DataSet back = DataSet.load(file);
            assertThat(back.codes()).containsExactlyElementsOf(SOME.stream().map(Occupation::code).toList());
            assertThat(back.occupations().toList()).as(name).isEqualTo(SOME);
        }
    }

    @Test
    void linesAreCanonicalJsonInTheOrderGivenAndGzipHasNoNameOrTime(@TempDir Path dir) throws IOException {
        List<Occupation> reversed = new ArrayList<>(SOME);
        Collections.reverse(reversed);
        Path gz = dir.resolve("r.jsonl.gz");
        DataSetWriter.write(reversed, gz);
        byte[] bytes = Files.readAllBytes(gz);
        assertThat(bytes[3]).as("flags: only the extra field that MemberIndex reads").isEqualTo((byte) 4);
        assertThat(new byte[] {bytes[4], bytes[5], bytes[6], bytes[7]}).as("modification time").containsOnly(0);
        String text;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder expected = new StringBuilder();
        reversed.forEach(o -> expected.append(ProfileJson.toJson(o, false)).append('\n'));
        assertThat(text).isEqualTo(expected.toString()).startsWith("{\"formatVersion\":1,\"code\":\"");

        DataSetWriter.write(reversed, dir.resolve("again.jsonl.gz"));
        assertThat(Files.readAllBytes(dir.resolve("again.jsonl.gz"))).isEqualTo(bytes);

        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        DataSetWriter.write(reversed, stream);
        assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        assertThat(DataSet.read(new ByteArrayInputStream(stream.toByteArray()), "stream").codes())
                .containsExactlyElementsOf(reversed.stream().map(Occupation::code).toList());
    }

    @Test
    void theFlagshipRoundTripsByteForByte(@TempDir Path dir) throws IOException {
        Occupation flagship = Fixtures.flagship();
        Path file = dir.resolve("one.jsonl");
        DataSetWriter.write(List.of(flagship), file);
        assertThat(Files.readString(file)).isEqualTo(ProfileJson.toJson(flagship, false) + "\n");
        assertThat(DataSet.load(file).find(flagship.code())).contains(flagship);
        DataSetWriter.write(List.of(), dir.resolve("none.jsonl.gz"));
        assertThat(DataSet.load(dir.resolve("none.jsonl.gz")).size()).isZero();
    }

    @Test
    void twoProfilesWithOneCodeAreRefusedAndNothingIsWritten(@TempDir Path dir) {
        Path file = dir.resolve("dup.jsonl");
        assertThatThrownBy(() -> DataSetWriter.write(List.of(SOME.get(0), SOME.get(1), SOME.get(0)), file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The code '" + SOME.get(0).code() + "' appears twice in the data set.");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAndAnExistingOneKept(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where the folder should be");
        assertThatThrownBy(() -> DataSetWriter.write(SOME, blocker.resolve("data.jsonl.gz")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Cannot write the data set " + blocker.resolve("data.jsonl.gz") + ": ");

        // a folder in the way of the final move: the temporary file is written, then removed
        Path existing = Files.createDirectories(dir.resolve("existing.jsonl"));
        Files.writeString(existing.resolve("inside"), "kept");
        assertThatThrownBy(() -> DataSetWriter.write(SOME, existing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Cannot write the data set " + existing + ": ");
        assertThat(existing.resolve("inside")).hasContent("kept");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("blocker", "existing.jsonl");
        }
    }
}
