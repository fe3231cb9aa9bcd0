package org.occuprint.render.docx;

import java.util.Map;
import java.util.function.LongSupplier;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.occuprint.compose.Drawing.Fill;
import org.occuprint.compose.Drawing.Rect;
import org.occuprint.compose.Drawing.Stroke;

/**
 * The QR code of an address as a DrawingML group, vectors like the PDF's and the HTML's: ZXing's module matrix
 * (error correction M, UTF-8); a white square, the code with its quiet zone of {@value #QUIET_ZONE} modules;
 * and one shape for the dark modules, whose custom geometry counts in modules and has a closed sub-path for
 * each run of dark modules in a row. One shape, so that it moves and scales as one in Word, prints crisp at
 * any size and costs a fraction of a PNG picture part.
 */
final class QrCodes {
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /**
     * The address's module matrix, without the quiet zone.
     *
     * @throws IllegalArgumentException if the address is too long for a QR code
     */
    static BitMatrix matrix(String address) {
        try {
            return new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The address is too long for a QR code: " + address, e);
        }
    }

    /** The {@code wpg:wgp} group of the matrix's code, {@code size} points square with its quiet zone. */
    static String group(BitMatrix matrix, float size, LongSupplier ids) {
        int modules = matrix.getWidth();
        float unit = size / (modules + 2 * QUIET_ZONE);
        StringBuilder x = new StringBuilder(4096);
        ChartWriter.openGroup(x, size, size);
        ChartWriter.rect(x, new Rect(0, 0, size, size, Fill.WHITE, Stroke.NONE), ids.getAsLong());
        ChartWriter.start(x, ids.getAsLong(), "QR modules", false);
        ChartWriter.xfrm(x, QUIET_ZONE * unit, QUIET_ZONE * unit, modules * unit, modules * unit, false, false);
        ChartWriter.customGeometry(x, modules, matrix.getHeight(), "");
        for (int y = 0; y < matrix.getHeight(); y++) {
            int left = 0;
            while (left < modules) {
                if (!matrix.get(left, y)) {
                    left++;
                    continue;
                }
                int right = left;
                while (right < modules && matrix.get(right, y)) {
                    right++;
                }
                point(x, "moveTo", left, y);
                point(x, "lnTo", right, y);
                point(x, "lnTo", right, y + 1);
                point(x, "lnTo", left, y + 1);
                x.append("<a:close/>");
                left = right;
            }
        }
        x.append("</a:path></a:pathLst></a:custGeom>");
        ChartWriter.fill(x, Fill.INK.rgb());
        x.append("<a:ln><a:noFill/></a:ln></wps:spPr>");
        ChartWriter.shapeBody(x);
        return x.append("</wpg:wgp>").toString();
    }

    private static void point(StringBuilder x, String op, int px, int py) {
        x.append("<a:").append(op).append("><a:pt x=\"").append(px).append("\" y=\"").append(py).append("\"/></a:")
                .append(op).append('>');
    }
}
