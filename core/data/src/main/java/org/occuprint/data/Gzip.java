package org.occuprint.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * Decompressing a data set read whole into memory, when it is not one that {@link MemberIndex} reads member by
 * member. One gzip member with a plain header (as {@code gzip} and {@link java.util.zip.GZIPOutputStream} write
 * it) is inflated in one call into an array of the size the trailer gives, its CRC and size checked; anything
 * else (a file name, comment or extra field in the header, several members, a size over 2 GB, a trailer that
 * cannot be this member's) goes through {@link GZIPInputStream}.
 */
final class Gzip {
    /** The header's fixed part: magic (2), method (1), flags (1), time (4), extra flags (1), OS (1). */
    private static final int HEADER = 10;
    /** The trailer: CRC-32 (4), size modulo 2^32 (4), both little-endian. */
    private static final int TRAILER = 8;
    /** Deflate's largest possible expansion: a trailer size beyond it is not this member's (a truncated file). */
    private static final long MAX_RATIO = 1032;

    private Gzip() {
    }

    /** Whether the bytes start with the gzip magic number. */
    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /**
     * The decompressed bytes of gzip data.
     *
     * @throws IOException if the data are not valid gzip (a CRC mismatch, a truncated stream)
     */
    static byte[] gunzip(byte[] gz) throws IOException {
        int n = gz.length;
        // deflate (8), no flags: the header is the fixed ten bytes
        if (n > HEADER + TRAILER && gz[2] == 8 && gz[3] == 0) {
            long size = littleEndian(gz, n - 4);
            if (size < Integer.MAX_VALUE - 16 && size <= n * MAX_RATIO) {
                byte[] out = new byte[(int) size];
                Inflater inflater = new Inflater(true);
                try {
                    inflater.setInput(gz, HEADER, n - HEADER);
                    int done = 0;
                    while (done < out.length && !inflater.finished() && !inflater.needsInput()) {
                        done += inflater.inflate(out, done, out.length - done);
                    }
                    // one member exactly: the output fills the array and only the trailer is left
                    if (done == out.length && (inflater.finished() || finishes(inflater))
                            && inflater.getRemaining() == TRAILER) {
                        CRC32 crc = new CRC32();
                        crc.update(out, 0, out.length);
                        if (crc.getValue() == littleEndian(gz, n - TRAILER)) {
                            return out;
                        }
                        throw new IOException("corrupt gzip data (CRC mismatch)");
                    }
                } catch (DataFormatException e) {
                    throw new IOException("corrupt gzip data: " + e.getMessage(), e);
                } finally {
                    inflater.end();
                }
            }
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 1 << 16)) {
            return in.readAllBytes();
        }
    }

    /** The unsigned 32-bit little-endian number at {@code at}. */
    private static long littleEndian(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    /** Whether the inflater reaches the end of the stream without producing more output. */
    private static boolean finishes(Inflater inflater) throws DataFormatException {
        byte[] probe = new byte[1];
        return inflater.inflate(probe) == 0 && inflater.finished();
    }
}
