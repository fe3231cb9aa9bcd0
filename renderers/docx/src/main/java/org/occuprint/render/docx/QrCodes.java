package org.occuprint.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
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
 * and copying it cost more than a tenth of the handout's time (0.45 ms of 4). The PNG is under 1 kB. It is
 * written here rather than through {@code javax.imageio}: ImageIO's first PNG took 97 ms (its registry and
 * writers load) and each one after it 1.2 ms, for an image that is a few rows of bits, deflated.
 */
final class QrCodes {
    /** Eight, so that a module is one byte of a row of one-bit pixels. */
    static final int PIXELS_PER_MODULE = 8;
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

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try {
            bytes.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(side);
            h.writeInt(side);
            h.write(new byte[] {1, 3, 0, 0, 0}); // bit depth 1, palette; deflate, adaptive filters, no interlace
            chunk(bytes, "IHDR", header.toByteArray());
            chunk(bytes, "PLTE", palette());
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            byte[] data = new byte[raw.length / 8 + 64];
            int length;
            try {
                deflater.setInput(raw);
                deflater.finish();
                length = deflater.deflate(data);
                while (!deflater.finished()) {
                    data = Arrays.copyOf(data, 2 * data.length);
                    length += deflater.deflate(data, length, data.length - length);
                }
            } finally {
                deflater.end();
            }
            chunk(bytes, "IDAT", Arrays.copyOf(data, length));
            chunk(bytes, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory streams do not fail
        }
        return bytes.toByteArray();
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

    /** A chunk: its length, its type, its data and the CRC-32 of the type and data. */
    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
