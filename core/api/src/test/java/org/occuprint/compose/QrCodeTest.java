package org.occuprint.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.occuprint.compose.Drawing.Fill;
import org.occuprint.compose.Drawing.Rect;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodeTest {
    private static final String URL = "https://www.onetonline.org/link/summary/29-2072.00";

    @Test
    void theRunsOfDarkModulesDecodeToTheText() throws Exception {
        QrCode code = QrCode.of(URL);
        assertThat(code.modules()).isEqualTo(33); // version 4 at level M holds 62 bytes
        assertThat(code.runs()).isSortedAccordingTo((a, b) -> a.y() != b.y() ? a.y() - b.y() : a.x() - b.x());
        assertThat(decode(code)).isEqualTo(URL);
        assertThat(QrCode.of(URL)).as("the same text, the same modules").isEqualTo(code);
        assertThat(QrCode.of("https://example.org/ü/{code}").modules()).isPositive();
    }

    @Test
    void theDrawingIsAWhiteSquareAndAnInkRectangleForEachRunInsideTheQuietZone() {
        QrCode code = QrCode.of(URL);
        Drawing d = code.drawing(QrCode.PRINTED_SIZE);
        float unit = QrCode.PRINTED_SIZE / (code.modules() + 2 * QrCode.QUIET_ZONE);
        assertThat(d.width()).isEqualTo(d.height()).isEqualTo(QrCode.PRINTED_SIZE);
        assertThat(d.marks()).hasSize(code.runs().size() + 1).first()
                .isEqualTo(new Rect(0, 0, QrCode.PRINTED_SIZE, QrCode.PRINTED_SIZE, Fill.WHITE, Drawing.Stroke.NONE));
        List<Rect> ink = d.marks().subList(1, d.marks().size()).stream().map(Rect.class::cast).toList();
        assertThat(ink).allMatch(r -> r.fill() == Fill.INK && Math.abs(r.height() - unit) < 1e-4
                && r.x() >= QrCode.QUIET_ZONE * unit - 1e-4 && r.y() >= QrCode.QUIET_ZONE * unit - 1e-4
                && r.x() + r.width() <= QrCode.PRINTED_SIZE - QrCode.QUIET_ZONE * unit + 1e-3);
    }

    @Test
    void aRunOutsideTheCodeOrATextTooLongIsRefused() {
        assertThatThrownBy(() -> new QrCode(21, List.of(new QrCode.Run(20, 0, 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.of("https://example.org/" + "x".repeat(3000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("The address is too long for a QR code");
    }

    /** Paints the modules at 4 pixels each inside a quiet zone and reads them with ZXing. */
    private static String decode(QrCode code) throws Exception {
        int scale = 4;
        int width = (code.modules() + 2 * QrCode.QUIET_ZONE) * scale;
        int[] pixels = new int[width * width];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        for (QrCode.Run r : code.runs()) {
            for (int x = r.x(); x < r.x() + r.length(); x++) {
                for (int py = 0; py < scale; py++) {
                    for (int px = 0; px < scale; px++) {
                        pixels[((r.y() + QrCode.QUIET_ZONE) * scale + py) * width + (x + QrCode.QUIET_ZONE) * scale + px] = 0;
                    }
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("The modules do not decode", e);
        }
    }
}
