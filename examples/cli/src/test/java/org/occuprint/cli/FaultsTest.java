package org.occuprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.Occuprint;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.data.DataSet;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.OutputFormat;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.RenderException;

/**
 * Faults around a profile: damaged data sets, logos that are not images or are decompression bombs, a codes
 * file with unknown codes and blank lines, an output folder that is a file or lies under one, a disk that fills
 * up while writing. Each gives one message that says its reason once, exit 1, and leaves no file but the inputs.
 */
class FaultsTest {
    @TempDir
    Path dir;
    private Set<String> inputs;

    @BeforeEach
    void inputs() throws IOException {
        try (InputStream in = DataSet.class.getResourceAsStream("/org/occuprint/data/occupations.jsonl.gz")) {
            byte[] all = in.readAllBytes();
            Files.write(dir.resolve("truncated.jsonl.gz"), java.util.Arrays.copyOf(all, all.length / 3));
        }
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = 0x1f; // a gzip magic number, then noise
        garbage[1] = (byte) 0x8b;
        Files.write(dir.resolve("garbage.jsonl.gz"), garbage);
        Files.writeString(dir.resolve("text.png"), "not an image", StandardCharsets.UTF_8);
        Files.write(dir.resolve("bomb.png"), pngDeclaring(100_000, 100_000));
        Files.writeString(dir.resolve("codes.txt"), "29-2072.00\n\n   \n11-9999.00\n# a comment\n99-0000.00\n");
        Files.writeString(dir.resolve("afile"), "in the way");
        inputs = names();
    }

    private Set<String> names() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).collect(Collectors.toSet());
        }
    }

    private Cli fails(String... args) throws IOException {
        Cli r = Cli.run(args);
        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        assertThat(r.err).as(r.toString()).doesNotContain("Exception", "\tat ");
        assertThat(names()).as("files left by " + String.join(" ", args)).isEqualTo(inputs);
        return r;
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void aTruncatedDataSetSaysItsReasonOnce() throws IOException {
        Cli r = fails("render", "29-2072.00", "--data", p("truncated.jsonl.gz"), "--out", p("out"));
        assertThat(r.err.strip().lines()).hasSize(1);
        assertThat(r.err).contains("truncated.jsonl.gz");
        assertThat(r.err.split("Cannot read", -1)).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aGarbageDataSetNamesTheFile() throws IOException {
        Cli r = fails("render", "29-2072.00", "--data", p("garbage.jsonl.gz"), "--out", p("out"));
        assertThat(r.err).contains("garbage.jsonl.gz");
    }

    @Test
    void aLogoThatIsNotAnImageOrIsADecompressionBombIsRefusedBeforeRendering() throws IOException {
        assertThat(fails("render", "29-2072.00", "--logo", p("text.png"), "--out", p("out")).err)
                .contains("text.png", "neither a PNG nor a JPEG");
        assertThat(fails("render", "29-2072.00", "--logo", p("bomb.png"), "--out", p("out")).err)
                .contains("bomb.png", "100000 x 100000 pixels", "at most 4000 x 4000");
    }

    @Test
    void aCodesFileWithUnknownCodesNamesThemAndBlankLinesDoNotCount() throws IOException {
        Cli r = fails("guide", "--codes", p("codes.txt"), "--out", p("out"), "--quiet");
        assertThat(r.err.strip()).endsWith("unknown occupation codes 11-9999.00, 99-0000.00");
    }

    @Test
    void anOutputFolderThatIsAFileOrUnderOneIsRefused() throws IOException {
        assertThat(fails("render", "29-2072.00", "--out", p("afile")).err).contains("afile", "in the way");
        assertThat(fails("render", "29-2072.00", "--out", p("afile/sub")).err).contains("afile");
        assertThat(fails("packet", "29-2072.00", "29-9021.00", "--out", p("afile/packet.pdf")).err)
                .contains(p("afile"), "in the way");
        assertThat(fails("guide", "--limit", "2", "--book", p("afile/book.pdf"), "--quiet").err).contains("afile");
    }

    /** A renderer whose disk fills up: it writes a little, then the stream fails as a full disk does. */
    private static final class FullDisk implements ProfileRenderer {
        @Override
        public OutputFormat format() {
            return new OutputFormat("full", "application/octet-stream", "full", "A disk that fills up");
        }

        @Override
        public void render(ProfileDocument document, OutputStream out) {
            try {
                out.write(new byte[8192]);
                throw new IOException("No space left on device");
            } catch (IOException e) {
                throw RenderException.of(document.info().code(), "full", "cannot write: " + e.getMessage(), e);
            }
        }
    }

    @Test
    void aDiskThatFillsUpLeavesNoFileAtAFinalName() throws IOException {
        Occupation o = DataSet.embedded().find("29-2072.00").orElseThrow();
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> Occuprint.write(o, RenderOptions.defaults(), out,
                List.of(Occuprint.renderers().require("html"), new FullDisk())))
                .isInstanceOf(RenderException.class).hasMessageContaining("No space left on device");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.toList()).as("the html written before the failure is removed too").isEmpty();
        }
        Files.delete(out);
        assertThat(names()).isEqualTo(inputs);
    }

    /** A PNG whose header declares these dimensions over a few bytes of data. */
    private static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater d = new Deflater();
        d.setInput(new byte[4096]);
        d.finish();
        byte[] buf = new byte[1024];
        int n = d.deflate(buf);
        chunk(png, "IDAT", java.util.Arrays.copyOf(buf, n));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
