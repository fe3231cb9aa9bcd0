package org.occuprint.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.occuprint.compose.Drawing.Fill;
import org.occuprint.compose.Drawing.Mark;
import org.occuprint.compose.Drawing.Rect;
import org.occuprint.compose.Drawing.Stroke;
import org.occuprint.internal.Checks;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The modules of a QR code, made once when a profile is composed and drawn by every renderer: ZXing encodes the
 * text (error correction level M, UTF-8), and each run of dark modules in a row becomes one {@link Run}. The
 * {@link #QUIET_ZONE} that readers need around the code is not part of the grid; {@link #drawing} adds it.
 *
 * @param modules the number of modules on a side
 * @param runs    the runs of dark modules, row by row from the top and left to right in a row
 * @since 0.5
 */
public record QrCode(int modules, List<Run> runs) {
    /** The light margin readers need around the code, in modules. */
    public static final int QUIET_ZONE = 4;
    /** The size every format prints the code at, quiet zone included, in points: 0.9 in. */
    public static final float PRINTED_SIZE = 64.8f;

    public QrCode {
        Checks.argument(modules > 0, "A QR code needs modules.");
        runs = Checks.copy(runs, "runs");
        for (Run r : runs) {
            Checks.argument(r.y() < modules && r.x() + r.length() <= modules, "A run must lie inside the code.");
        }
    }

    /**
     * A run of dark modules in one row.
     *
     * @param x      the first module's column, from 0 at the left
     * @param y      the row, from 0 at the top
     * @param length how many modules
     */
    public record Run(int x, int y, int length) {
        public Run {
            Checks.argument(x >= 0 && y >= 0 && length > 0, "A run needs a place and a length.");
        }
    }

    /**
     * The QR code of {@code text}.
     *
     * @throws IllegalArgumentException if the text is too long for a QR code
     */
    public static QrCode of(String text) {
        Checks.notBlank(text, "text");
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The address is too long for a QR code: " + text, e);
        }
        int modules = matrix.getWidth();
        List<Run> runs = new ArrayList<>(modules * modules / 4);
        for (int y = 0; y < modules; y++) {
            int x = 0;
            while (x < modules) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules && matrix.get(x, y)) {
                    x++;
                }
                runs.add(new Run(start, y, x - start));
            }
        }
        return new QrCode(modules, runs);
    }

    /**
     * The code as a drawing {@code size} points square, quiet zone included: a white square, then one ink
     * rectangle for each run.
     */
    public Drawing drawing(float size) {
        Checks.argument(size > 0, "A QR code needs a size.");
        float unit = size / (modules + 2 * QUIET_ZONE);
        List<Mark> marks = new ArrayList<>(runs.size() + 1);
        marks.add(new Rect(0, 0, size, size, Fill.WHITE, Stroke.NONE));
        for (Run r : runs) {
            marks.add(new Rect((r.x() + QUIET_ZONE) * unit, (r.y() + QUIET_ZONE) * unit, r.length() * unit, unit,
                    Fill.INK, Stroke.NONE));
        }
        return new Drawing(size, size, marks);
    }
}
