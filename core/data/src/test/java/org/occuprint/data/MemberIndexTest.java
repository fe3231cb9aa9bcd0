package org.occuprint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.io.ProfileFormatException;
import org.occuprint.model.Occupation;

/**
 * The embedded data set is one gzip member per line, and what its headers say is what its lines hold; a written
 * data set is read through its headers; damage is reported, not read as other data.
 */
class MemberIndexTest {
    private static byte[] embedded() throws IOException {
        try (InputStream in = DataSet.class.getResourceAsStream("occupations.jsonl.gz")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theEmbeddedHeadersSayWhatEveryLineHolds() throws IOException {
        byte[] gz = embedded();
        MemberIndex members = MemberIndex.of("e", gz);
        assertThat(members).as("the embedded data set is written as members with headers").isNotNull();
        LineIndex lines = LineIndex.of("e", Gzip.gunzip(gz));
        assertThat(members.size()).isEqualTo(lines.size()).isEqualTo(923);
        assertThat(members.codes()).isEqualTo(lines.codes());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(members.summary(i)).as("summary of line %d", i + 1)
                    .isEqualTo(lines.line(i).summary(lines.codes().get(i)));
            assertThat(members.line(i).text()).isEqualTo(lines.line(i).text());
            assertThat(members.line(i).where()).isEqualTo("e:" + (i + 1));
        }
        // LineIndex reads the area ids from every line's JSON; the members' from their headers
        assertThat(members.areaIds()).containsExactlyElementsOf(
                lines.areaIds()).hasSize(34).contains("US", "ST-06", "CBSA-40140");
        assertThat(members.indexOf("29-2072.00")).isEqualTo(lines.indexOf("29-2072.00")).isNotNegative();
        assertThat(members.indexOf("99-9999.00")).isEqualTo(-1);
    }

    @Test
    void aWrittenDataSetIsReadThroughItsHeadersAndStaysPlainGzip(@TempDir Path dir) throws IOException {
        List<Occupation> some = DataSet.embedded().occupations().filter(o -> o.code().startsWith("15-12")).toList();
        Path file = dir.resolve("some.jsonl.gz");
        DataSetWriter.write(some, file);
        byte[] gz = Files.readAllBytes(file);
        MemberIndex members = MemberIndex.of("some", gz);
        assertThat(members).isNotNull();
        assertThat(members.size()).isEqualTo(some.size());
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            // what any gzip reader gives: the JSON Lines
            assertThat(LineIndex.of("plain", in.readAllBytes()).codes()).isEqualTo(members.codes());
        }
        DataSet back = DataSet.load(file);
        assertThat(back.occupations().toList()).isEqualTo(some);
        assertThat(back.summaries()).extracting(OccupationSummary::title)
                .containsExactlyElementsOf(some.stream().map(Occupation::title).toList());
    }

    @Test
    void plainGzipAndDamagedHeadersAreNotMembers() throws IOException {
        byte[] gz = embedded();
        assertThat(MemberIndex.of("t", Arrays.copyOf(gz, gz.length / 3))).as("truncated").isNull();
        byte[] noExtra = gz.clone();
        noExtra[3] = 0;
        assertThat(MemberIndex.of("t", noExtra)).as("no extra field").isNull();
        byte[] longer = gz.clone();
        longer[17] = (byte) 0xff; // the first member's length, far beyond the file
        longer[18] = (byte) 0xff;
        longer[19] = (byte) 0xff;
        assertThat(MemberIndex.of("t", longer)).isNull();
        assertThat(MemberIndex.of("t", new byte[0])).isNull();
        // a truncated data set falls back to plain gzip, which says it is cut short
        assertThatThrownBy(() -> DataSet.read(new ByteArrayInputStream(Arrays.copyOf(gz, gz.length / 3)), "cut.gz"))
                .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("Cannot read the data set cut.gz: ");
    }

    @Test
    void aDamagedLineIsReportedWhenItIsRead() throws IOException {
        byte[] gz = embedded().clone();
        MemberIndex members = MemberIndex.of("e.gz", gz);
        // the second member's deflated data: flip bytes in its middle
        int second = gz[17] & 0xff | (gz[18] & 0xff) << 8 | (gz[19] & 0xff) << 16;
        for (int k = 0; k < 8; k++) {
            gz[second + 2000 + k] ^= 0x5a;
        }
        MemberIndex damaged = MemberIndex.of("e.gz", gz);
        assertThat(damaged).isNotNull();
        assertThat(damaged.line(0).text()).isEqualTo(members.line(0).text());
        assertThatThrownBy(() -> damaged.line(1)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Cannot read the data set e.gz: ");

        // the first line's size in its trailer, 4 GB: refused before anything is allocated
        byte[] huge = embedded().clone();
        Arrays.fill(huge, second - 4, second, (byte) 0xff);
        assertThatThrownBy(() -> MemberIndex.of("e.gz", huge).line(0)).isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read the data set e.gz: corrupt gzip data in line 1 (a size of 4294967295 bytes)");
    }

    @Test
    void aHeaderThatNamesAnotherCodeOrACodeTwiceIsRefused(@TempDir Path dir) throws IOException {
        List<Occupation> two = new ArrayList<>(DataSet.embedded().occupations().limit(2).toList());
        Path file = dir.resolve("two.jsonl.gz");
        DataSetWriter.write(two, file);
        byte[] gz = Files.readAllBytes(file);
        String first = two.get(0).code();
        String second = two.get(1).code();
        // the first header's code made the second's: the line itself says otherwise, and the code is there twice
        int at = indexOf(gz, first.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] swapped = gz.clone();
        System.arraycopy(second.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, swapped, at, 10);
        assertThatThrownBy(() -> MemberIndex.of("two.gz", swapped)).isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith("two.gz:2: code: the code '" + second + "' is also on line 1");
        byte[] other = gz.clone();
        System.arraycopy("11-0000.00".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, other, at, 10);
        MemberIndex m = MemberIndex.of("two.gz", other);
        assertThat(m).isNotNull();
        assertThatThrownBy(() -> m.line(0)).isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith("two.gz:1: code: the line's code '" + first + "' is not the '11-0000.00'");
    }

    private static int indexOf(byte[] b, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= b.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (b[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
