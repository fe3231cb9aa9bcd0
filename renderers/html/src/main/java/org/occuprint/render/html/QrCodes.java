package org.occuprint.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.occuprint.compose.Drawing;
import org.occuprint.compose.Drawing.Fill;
import org.occuprint.compose.Drawing.Mark;
import org.occuprint.compose.Drawing.Rect;
import org.occuprint.compose.Drawing.Stroke;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as drawings: ZXing makes the matrix (error correction level M, UTF-8), and each run of dark modules
 * in a row becomes one rectangle, inside the quiet zone of four modules that readers need.
 */
public final class QrCodes {
    /** The printed size, quiet zone included: 0.9 in. */
    public static final float SIZE = 64.8f;
    /** The quiet zone around the code, in modules. */
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /**
     * The QR code of {@code text}, {@code size} points square.
     *
     * @throws IllegalArgumentException if the text is too long for a QR code
     */
    public static Drawing drawing(String text, float size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The address is too long for a QR code: " + text, e);
        }
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        float unit = size / modules;
        List<Mark> marks = new ArrayList<>();
        marks.add(new Rect(0, 0, size, size, Fill.WHITE, Stroke.NONE));
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                marks.add(new Rect((start + QUIET_ZONE) * unit, (y + QUIET_ZONE) * unit, (x - start) * unit, unit,
                        Fill.INK, Stroke.NONE));
            }
        }
        return new Drawing(size, size, marks);
    }
}
