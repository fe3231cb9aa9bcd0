package org.occuprint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** The one-call gunzip gives what GZIPInputStream gives, falls back to it for other gzip forms, and checks the CRC. */
class GzipTest {
    private static final byte[] TEXT = "{\"formatVersion\":1,\"code\":\"11-1011.00\"}\n".repeat(200)
            .getBytes(StandardCharsets.UTF_8);

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void theEmbeddedDataSetInflatesToItsJsonLines() throws IOException {
        byte[] gz;
        try (InputStream in = DataSet.class.getResourceAsStream("occupations.jsonl.gz")) {
            gz = in.readAllBytes();
        }
        assertThat(Gzip.isGzip(gz)).isTrue();
        byte[] text = Gzip.gunzip(gz);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertThat(text).isEqualTo(in.readAllBytes());
        }
        assertThat(new String(text, 0, 27, StandardCharsets.UTF_8)).isEqualTo("{\"formatVersion\":1,\"code\":\"");
    }

    @Test
    void plainBytesAreNotGzip() {
        assertThat(Gzip.isGzip(TEXT)).isFalse();
        assertThat(Gzip.isGzip(new byte[] {0x1f})).isFalse();
        assertThat(Gzip.isGzip(new byte[0])).isFalse();
    }

    @Test
    void twoMembersAndAHeaderWithANameTakeTheStreamPath() throws IOException {
        byte[] one = gzip(TEXT);
        byte[] two = Arrays.copyOf(one, one.length * 2);
        System.arraycopy(one, 0, two, one.length, one.length);
        byte[] expected = Arrays.copyOf(TEXT, TEXT.length * 2);
        System.arraycopy(TEXT, 0, expected, TEXT.length, TEXT.length);
        assertThat(Gzip.gunzip(two)).isEqualTo(expected);

        // FNAME set: a zero-terminated name follows the fixed header
        byte[] named = new byte[one.length + 4];
        System.arraycopy(one, 0, named, 0, 10);
        named[3] = 8;
        named[10] = 'a';
        named[11] = '.';
        named[12] = 'j';
        named[13] = 0;
        System.arraycopy(one, 10, named, 14, one.length - 10);
        assertThat(Gzip.gunzip(named)).isEqualTo(TEXT);
    }

    @Test
    void aDamagedFileIsAnIOExceptionNotWrongText() throws IOException {
        byte[] gz = gzip(TEXT);
        byte[] badCrc = gz.clone();
        badCrc[gz.length - 8] ^= 1;
        assertThatThrownBy(() -> Gzip.gunzip(badCrc)).isInstanceOf(IOException.class).hasMessageContaining("CRC");

        byte[] truncated = Arrays.copyOf(gz, gz.length / 2);
        assertThatThrownBy(() -> Gzip.gunzip(truncated)).isInstanceOf(IOException.class);

        byte[] garbage = gz.clone();
        Arrays.fill(garbage, 10, 20, (byte) 0xff);
        assertThatThrownBy(() -> Gzip.gunzip(garbage)).isInstanceOf(IOException.class);
    }

    @Test
    void anEmptyMemberIsEmpty() throws IOException {
        assertThat(Gzip.gunzip(gzip(new byte[0]))).isEmpty();
    }
}
