package org.occuprint.render.docx;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of an address as a black-on-white PNG: ZXing's module matrix (error correction M, UTF-8),
 * painted at {@value #PIXELS_PER_MODULE} pixels per module inside a quiet zone of {@value #QUIET_ZONE}
 * modules. A one-bit image with no metadata, so the same address always gives the same bytes.
 */
final class QrCodes {
    static final int PIXELS_PER_MODULE = 8;
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** The PNG of the address's QR code, quiet zone included. */
    static byte[] png(String address) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IOException("cannot make a QR code of '" + address + "': " + e.getMessage(), e);
        }
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        int size = modules * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        // one bit a pixel, eight to a byte from the left, 1 white (the default palette): set the bits directly,
        // as setRGB for each pixel cost more than the rest of the document's pictures
        byte[] bits = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = (size + 7) / 8;
        Arrays.fill(bits, (byte) 0xFF);
        for (int my = 0; my < matrix.getHeight(); my++) {
            for (int mx = 0; mx < matrix.getWidth(); mx++) {
                if (!matrix.get(mx, my)) {
                    continue;
                }
                int left = (mx + QUIET_ZONE) * PIXELS_PER_MODULE;
                int top = (my + QUIET_ZONE) * PIXELS_PER_MODULE;
                for (int py = top; py < top + PIXELS_PER_MODULE; py++) {
                    for (int px = left; px < left + PIXELS_PER_MODULE; px++) {
                        bits[py * stride + px / 8] &= (byte) ~(0x80 >>> (px % 8));
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return out.toByteArray();
    }
}
