package org.occuprint.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.jspecify.annotations.Nullable;
import org.occuprint.io.ProfileFormatException;

/**
 * A gzipped data set written one member per line, each member's header carrying, in an extra field that gzip
 * tools skip, the member's length, the line's code, title, also-called titles and area ids. Loading reads the
 * headers only, hopping from member to member; a line is inflated when it is asked for. A data set of 923
 * profiles (27 MB of JSON, 3 MB gzipped) is thus loaded without inflating anything, and only the 3 MB are kept.
 *
 * <p>The file stays plain gzip of JSON Lines: {@code zcat} gives the lines, and a reader that knows nothing of
 * the extra field reads it as any other gzip file (RFC 1952 allows several members and extra fields).
 *
 * <p>A member is: the ten bytes {@code 1f 8b 08 04 00000000 02 ff} (deflate, only FEXTRA set, no time, best
 * compression, unknown system), the extra field's length (two bytes, little-endian, as every number here), one
 * subfield {@code "Op"} with its length and its payload, the deflated line (its {@code \n} included), the
 * CRC-32 and the size of the line. The payload is a version byte (1), the member's length in bytes (four
 * bytes), then UTF-8 text: the code, the title, the area ids separated by spaces, and each also-called title,
 * each of them followed by {@code \n}.
 */
final class MemberIndex extends Lines {
    private static final int HEADER = 10;
    private static final int TRAILER = 8;
    private static final byte FLAG_EXTRA = 4;
    private static final byte SI1 = 'O';
    private static final byte SI2 = 'p';
    private static final byte VERSION = 1;
    /** Deflate's largest expansion: a line size beyond it is not this member's. */
    private static final long MAX_RATIO = 1032;
    /** The largest payload: the extra field's 65,535 bytes less the subfield's id and length. */
    private static final int MAX_PAYLOAD = 65_535 - 4;

    private final String source;
    private final byte[] gz;
    private final int[] starts;
    private final int[] dataStarts;
    private final int[] ends;
    private final List<OccupationSummary> summaries;
    private final Set<String> areaIds;

    private MemberIndex(String source, byte[] gz, int[] starts, int[] dataStarts, int[] ends, List<String> codes,
            List<OccupationSummary> summaries, Set<String> areaIds, Map<String, Integer> index) {
        super(codes, index);
        this.source = source;
        this.gz = gz;
        this.starts = starts;
        this.dataStarts = dataStarts;
        this.ends = ends;
        this.summaries = summaries;
        this.areaIds = areaIds;
    }

    /**
     * Reads the members' headers; {@code null} if the bytes are not a data set of such members from the first
     * to the last byte (then they are read as plain gzip).
     *
     * @throws ProfileFormatException if a code appears twice (the line numbers name both)
     */
    static @Nullable MemberIndex of(String source, byte[] gz) {
        int capacity = 1024;
        int[] s = new int[capacity];
        int[] d = new int[capacity];
        int[] e = new int[capacity];
        String[] c = new String[capacity];
        OccupationSummary[] sums = new OccupationSummary[capacity];
        Set<String> areas = new TreeSet<>();
        int count = 0;
        int at = 0;
        while (at < gz.length) {
            if (gz.length - at < HEADER + 2 + 4 + TRAILER || (gz[at] & 0xff) != 0x1f || (gz[at + 1] & 0xff) != 0x8b
                    || gz[at + 2] != 8 || gz[at + 3] != FLAG_EXTRA) {
                return null;
            }
            int xlen = u16(gz, at + HEADER);
            int extra = at + HEADER + 2;
            if (xlen < 4 + 5 || extra + xlen > gz.length || gz[extra] != SI1 || gz[extra + 1] != SI2
                    || u16(gz, extra + 2) != xlen - 4 || gz[extra + 4] != VERSION) {
                return null;
            }
            long length = u32(gz, extra + 5);
            if (length < HEADER + 2 + xlen + TRAILER || length > gz.length - at) {
                return null;
            }
            String[] fields = new String(gz, extra + 9, xlen - 9, StandardCharsets.UTF_8).split("\n", -1);
            // code, title, areas, then the also-called titles, each ended by \n: the last piece is empty
            if (fields.length < 4 || !fields[fields.length - 1].isEmpty()) {
                return null;
            }
            if (count == capacity) {
                capacity *= 2;
                s = Arrays.copyOf(s, capacity);
                d = Arrays.copyOf(d, capacity);
                e = Arrays.copyOf(e, capacity);
                c = Arrays.copyOf(c, capacity);
                sums = Arrays.copyOf(sums, capacity);
            }
            try {
                sums[count] = new OccupationSummary(fields[0], fields[1],
                        Arrays.asList(fields).subList(3, fields.length - 1));
            } catch (IllegalArgumentException bad) {
                // not a code or a blank title: the line itself will say what is wrong
                return null;
            }
            if (!fields[2].isEmpty()) {
                areas.addAll(Arrays.asList(fields[2].split(" ")));
            }
            c[count] = fields[0];
            s[count] = at;
            d[count] = extra + xlen;
            e[count] = (int) (at + length);
            count++;
            at += (int) length;
        }
        if (count == 0) {
            return null;
        }
        Map<String, Integer> idx = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            Integer earlier = idx.putIfAbsent(c[i], i);
            if (earlier != null) {
                throw FieldScanner.problem(source, i + 1, "code", "the code '" + c[i] + "' is also on line "
                        + (earlier + 1));
            }
        }
        return new MemberIndex(source, gz, Arrays.copyOf(s, count), Arrays.copyOf(d, count), Arrays.copyOf(e, count),
                List.of(Arrays.copyOf(c, count)), List.of(Arrays.copyOf(sums, count)),
                Collections.unmodifiableSet(areas), Collections.unmodifiableMap(idx));
    }

    /**
     * The line, inflated now.
     *
     * @throws UncheckedIOException   if the member is not valid deflate data or its CRC or size is wrong
     * @throws ProfileFormatException if the line's code is not the one its header gives
     */
    @Override
    FieldScanner line(int i) {
        long declared = u32(gz, ends[i] - 4);
        int compressed = ends[i] - TRAILER - dataStarts[i];
        if (declared > Math.min(Integer.MAX_VALUE - 16L, compressed * MAX_RATIO)) {
            throw new UncheckedIOException("Cannot read the data set " + source + ": corrupt gzip data in line "
                    + (i + 1) + " (a size of " + declared + " bytes)", new IOException("corrupt gzip data"));
        }
        int size = (int) declared;
        byte[] out = new byte[size];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(gz, dataStarts[i], compressed);
            int done = 0;
            while (done < size && !inflater.finished() && !inflater.needsInput()) {
                done += inflater.inflate(out, done, size - done);
            }
            CRC32 crc = new CRC32();
            crc.update(out, 0, done);
            if (done != size || crc.getValue() != u32(gz, ends[i] - TRAILER)) {
                throw new IOException("corrupt gzip data in line " + (i + 1) + " (CRC or size mismatch)");
            }
        } catch (DataFormatException | IOException e) {
            throw new UncheckedIOException("Cannot read the data set " + source + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        } finally {
            inflater.end();
        }
        int end = size;
        while (end > 0 && (out[end - 1] == '\n' || out[end - 1] == '\r')) {
            end--;
        }
        FieldScanner line = new FieldScanner(source, i + 1, out, 0, end);
        String code = line.code();
        if (!code.equals(codes().get(i))) {
            throw line.problem("code", "the line's code '" + code + "' is not the '" + codes().get(i)
                    + "' its gzip header gives");
        }
        return line;
    }

    @Override
    OccupationSummary summary(int i) {
        return summaries.get(i);
    }

    @Override
    Set<String> areaIds() {
        return areaIds;
    }

    /**
     * Writes one line as a member: {@code line} is the profile's canonical JSON and its {@code \n}; the header
     * carries the summary and the area ids. Returns false, writing nothing, if the header cannot carry them (a
     * text with a line break, or more than 64 KB of titles).
     */
    static boolean write(byte[] line, OccupationSummary summary, Set<String> areaIds, Deflater deflater,
            ByteArrayOutputStream out) {
        StringBuilder text = new StringBuilder(256).append(summary.code()).append('\n').append(summary.title())
                .append('\n').append(String.join(" ", areaIds)).append('\n');
        for (String a : summary.alsoCalled()) {
            text.append(a).append('\n');
        }
        String t = text.toString();
        long breaks = t.chars().filter(ch -> ch == '\n').count();
        byte[] payload = t.getBytes(StandardCharsets.UTF_8);
        if (breaks != 3 + summary.alsoCalled().size() || areaIds.stream().anyMatch(a -> a.isEmpty() || a.contains(" "))
                || payload.length + 5 > MAX_PAYLOAD) {
            return false;
        }
        deflater.reset();
        deflater.setInput(line);
        deflater.finish();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(line.length / 8 + 64);
        byte[] buffer = new byte[1 << 14];
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            deflated.write(buffer, 0, n);
        }
        int xlen = 4 + 5 + payload.length;
        long length = HEADER + 2L + xlen + deflated.size() + TRAILER;
        out.write(new byte[] {0x1f, (byte) 0x8b, 8, FLAG_EXTRA, 0, 0, 0, 0, 2, (byte) 0xff}, 0, HEADER);
        u16(out, xlen);
        out.write(SI1);
        out.write(SI2);
        u16(out, xlen - 4);
        out.write(VERSION);
        u32(out, length);
        out.write(payload, 0, payload.length);
        out.writeBytes(deflated.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(line);
        u32(out, crc.getValue());
        u32(out, line.length & 0xffffffffL);
        return true;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write(v >>> 8 & 0xff);
    }

    private static void u32(ByteArrayOutputStream out, long v) {
        for (int k = 0; k < 4; k++) {
            out.write((int) (v >>> 8 * k) & 0xff);
        }
    }
}
