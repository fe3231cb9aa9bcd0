package org.occuprint.render.docx;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.occuprint.compose.Drawing.Fill;
import org.occuprint.compose.QrCode;

/**
 * A QR code as a picture: a two-colour PNG of the code and its quiet zone, {@value #PIXELS_PER_MODULE} pixels a
 * module, white and the ink of the other formats' vectors. Printed at its size, 0.9 inches, that is some 360
 * pixels an inch, and a module's edge stays sharp however the application scales the picture.
 *
 * <p>The PDF and the HTML draw the code as vectors; the DOCX drew it as one DrawingML shape whose sub-paths
 * traced the dark areas, and that path was 30 kB of XML, half of all the handout's drawings: saving, deflating
 * and copying it cost more than a tenth of the handout's time (0.45 ms of 4). The PNG is some 14 kB of rows that
 * the package's zip deflates to under 1 kB. It is written here rather than through {@code javax.imageio}:
 * ImageIO's first PNG took 97 ms (its registry and writers load) and each one after it 1.2 ms, for an image
 * that is a few rows of bits.
 */
final class QrCodes {
    /** Eight, so that a module is one byte of a row of one-bit pixels. */
    static final int PIXELS_PER_MODULE = 8;
    /** The most bytes a stored deflate block holds. */
    private static final int MAX_STORED = 65_535;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private QrCodes() {
    }

    /**
     * The code with its quiet zone as a PNG: one bit a pixel, a palette of white (0) and the ink (1). A module's
     * first pixel row is written as it is (filter type 0); the rows under it repeat it, so they are written as
     * their difference from the row above (filter type 2, "up"), which is nothing: deflating the copies instead
     * took 0.8 ms. The same code gives the same bytes.
     */
    static byte[] png(QrCode code) {
        int quiet = QrCode.QUIET_ZONE;
        int side = (code.modules() + 2 * quiet) * PIXELS_PER_MODULE;
        int row = 1 + side / 8; // the filter type, then the bits
        byte[] raw = new byte[row * side];
        for (int y = 0; y < side; y++) {
            if (y % PIXELS_PER_MODULE != 0) {
                raw[y * row] = 2;
            }
        }
        for (QrCode.Run r : code.runs()) {
            // eight pixels a module: a module is a byte of its row, all ones (the ink)
            int first = (quiet + r.y()) * PIXELS_PER_MODULE * row + 1 + quiet + r.x();
            Arrays.fill(raw, first, first + r.length(), (byte) 0xff);
        }

        // the whole file in one buffer of its size: the rows are most of it, and copying them through growing
        // streams and per-chunk arrays cost as much as making them
        int blocks = Math.max(1, (raw.length + MAX_STORED - 1) / MAX_STORED);
        int zlib = 2 + 5 * blocks + raw.length + 4;
        ByteBuffer png = ByteBuffer.allocate(SIGNATURE.length + (12 + 13) + (12 + 6) + (12 + zlib) + 12);
        png.put(SIGNATURE);
        int start = open(png, "IHDR", 13);
        png.putInt(side).putInt(side);
        png.put(new byte[] {1, 3, 0, 0, 0}); // bit depth 1, palette; deflate, adaptive filters, no interlace
        close(png, start);
        start = open(png, "PLTE", 6);
        png.put(palette());
        close(png, start);
        start = open(png, "IDAT", zlib);
        stored(png, raw, blocks);
        close(png, start);
        close(png, open(png, "IEND", 0));
        return png.array();
    }

    /**
     * Puts the data as a zlib stream of stored (not compressed) blocks. The package's zip deflates the picture's
     * part as it does every part, and the rows, a byte a module and mostly nothing after the "up" filter, deflate
     * to some 700 bytes there. Deflating them here as well cost twice: a {@link Deflater} of its own (its zlib
     * state allocated and freed, 25 to 70 us, for every handout) and then the zip's pass over bytes that no
     * longer compress (30 us, against 10 for the raw rows).
     */
    private static void stored(ByteBuffer z, byte[] data, int blocks) {
        z.put((byte) 0x78).put((byte) 0x01); // deflate, a 32 kB window, no dictionary, the fastest level
        for (int b = 0, off = 0; b < blocks; b++) {
            int length = Math.min(MAX_STORED, data.length - off);
            z.put((byte) (b == blocks - 1 ? 1 : 0)); // the last block or not, stored
            z.put((byte) length).put((byte) (length >>> 8)).put((byte) ~length).put((byte) (~length >>> 8));
            z.put(data, off, length);
            off += length;
        }
        Adler32 adler = new Adler32();
        adler.update(data);
        z.putInt((int) adler.getValue());
    }

    /** Starts a chunk of this type whose data is {@code length} bytes; returns where its type begins. */
    private static int open(ByteBuffer png, String type, int length) {
        png.putInt(length);
        int start = png.position();
        png.put(type.getBytes(StandardCharsets.US_ASCII));
        return start;
    }

    /** Ends the chunk whose type begins at {@code start} with the CRC-32 of its type and data. */
    private static void close(ByteBuffer png, int start) {
        CRC32 crc = new CRC32();
        crc.update(png.array(), start, png.position() - start);
        png.putInt((int) crc.getValue());
    }

    /** White, then the ink that the other formats fill the dark modules with. */
    private static byte[] palette() {
        String ink = Objects.requireNonNull(Fill.INK.rgb());
        byte[] p = {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0, 0};
        for (int i = 0; i < 3; i++) {
            p[3 + i] = (byte) Integer.parseInt(ink.substring(1 + 2 * i, 3 + 2 * i).toLowerCase(Locale.ROOT), 16);
        }
        return p;
    }
}
