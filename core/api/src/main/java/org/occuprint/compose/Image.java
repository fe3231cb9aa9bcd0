package org.occuprint.compose;

import java.util.Base64;

import org.occuprint.internal.Checks;
import org.occuprint.options.Logo;

/**
 * An image to print, with the text that stands for it for readers who cannot see it.
 *
 * @param logo          the image
 * @param alt           the alternative text
 * @param widthPoints   the printed width in points
 * @param heightPoints  the printed height in points
 * @since 0.1
 */
public record Image(Logo logo, String alt, float widthPoints, float heightPoints) {
    public Image {
        Checks.notNull(logo, "logo");
        Checks.notBlank(alt, "alt");
        Checks.argument(widthPoints > 0 && heightPoints > 0, "An image needs a size.");
    }

    /** A {@code data:} URI holding the image. */
    public String dataUri() {
        return "data:" + logo.mediaType() + ";base64," + Base64.getEncoder().encodeToString(logo.data());
    }
}
