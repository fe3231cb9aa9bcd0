package org.occuprint.options;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import org.occuprint.internal.Checks;

/**
 * An agency or office logo: PNG or JPEG bytes, checked for type and size when created.
 *
 * @since 0.1
 */
public final class Logo {
    /** The largest logo accepted, in bytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The largest width or height accepted, in pixels. */
    public static final int MAX_PIXELS = 4000;

    private final byte[] data;
    /** SHA-256 of the bytes, hexadecimal: names the image in {@link #toString()}. */
    private final String digest;
    private final String mediaType;
    private final int width;
    private final int height;

    private Logo(byte[] data, String mediaType, int width, int height) {
        this.data = data;
        this.digest = sha256(data);
        this.mediaType = mediaType;
        this.width = width;
        this.height = height;
    }

    /**
     * A logo from PNG or JPEG bytes.
     *
     * @throws InvalidOptionException if the bytes are not a PNG or JPEG image, are larger than
     *                                  {@link #MAX_BYTES}, or the image is larger than {@link #MAX_PIXELS}
     */
    public static Logo of(byte[] bytes) {
        Checks.notNull(bytes, "bytes");
        check(bytes.length <= MAX_BYTES, "The logo is %d bytes; at most %d are accepted.", bytes.length, MAX_BYTES);
        byte[] data = bytes.clone();
        int[] size;
        String type;
        if (isPng(data)) {
            type = "image/png";
            size = pngSize(data);
        } else if (isJpeg(data)) {
            type = "image/jpeg";
            size = jpegSize(data);
        } else {
            throw new InvalidOptionException("logo", "The logo is neither a PNG nor a JPEG image.");
        }
        check(size[0] > 0 && size[1] > 0, "The logo image has no size (damaged file?).");
        check(size[0] <= MAX_PIXELS && size[1] <= MAX_PIXELS,
                "The logo is %d x %d pixels; at most %d x %d are accepted.", size[0], size[1], MAX_PIXELS, MAX_PIXELS);
        return new Logo(data, type, size[0], size[1]);
    }

    private static void check(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new InvalidOptionException("logo", String.format(Locale.ROOT, message, args));
        }
    }

    private static boolean isPng(byte[] d) {
        return d.length >= 24 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G'
                && d[12] == 'I' && d[13] == 'H' && d[14] == 'D' && d[15] == 'R';
    }

    private static boolean isJpeg(byte[] d) {
        return d.length >= 4 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF;
    }

    private static int int32(byte[] d, int i) {
        return ((d[i] & 0xff) << 24) | ((d[i + 1] & 0xff) << 16) | ((d[i + 2] & 0xff) << 8) | (d[i + 3] & 0xff);
    }

    private static int int16(byte[] d, int i) {
        return ((d[i] & 0xff) << 8) | (d[i + 1] & 0xff);
    }

    private static int[] pngSize(byte[] d) {
        return new int[] {int32(d, 16), int32(d, 20)};
    }

    /** Walks the JPEG markers to the first start-of-frame segment, which holds the size. */
    private static int[] jpegSize(byte[] d) {
        int i = 2;
        while (i + 9 < d.length) {
            if ((d[i] & 0xff) != 0xFF) {
                break;
            }
            int marker = d[i + 1] & 0xff;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = int16(d, i + 2);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                return new int[] {int16(d, i + 7), int16(d, i + 5)};
            }
            if (length < 2) {
                break;
            }
            i += 2 + length;
        }
        throw new InvalidOptionException("logo", "The logo JPEG has no frame header (damaged file?).");
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A copy of the image bytes. */
    public byte[] data() {
        return data.clone();
    }

    /** {@code image/png} or {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo l && Arrays.equals(data, l.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Logo[" + mediaType + ", " + width + "x" + height + ", " + data.length + " bytes, sha256 " + digest + "]";
    }
}
