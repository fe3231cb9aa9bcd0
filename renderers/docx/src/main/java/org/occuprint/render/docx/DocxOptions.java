package org.occuprint.render.docx;

import java.util.Objects;

/**
 * Settings that only the DOCX format has. Everything shared by all formats (page size, large print,
 * language, print date) comes from the composed document instead.
 *
 * <pre>{@code
 * ProfileRenderer docx = new DocxRenderer(DocxOptions.defaults().withFontFamily("Calibri"));
 * }</pre>
 *
 * @param fontFamily the font named in the document's default run properties; Arial by default, which
 *                   LibreOffice replaces by the metric-compatible Liberation Sans, so that both lay the
 *                   text out like the PDF. Never blank.
 * @since 0.1
 */
public record DocxOptions(String fontFamily) {
    /** The default font family, {@value}. */
    public static final String DEFAULT_FONT = "Arial";

    public DocxOptions {
        Objects.requireNonNull(fontFamily, "The parameter 'fontFamily' must not be null.");
        if (fontFamily.isBlank()) {
            throw new IllegalArgumentException("The parameter 'fontFamily' must not be blank.");
        }
    }

    /** Arial. */
    public static DocxOptions defaults() {
        return new DocxOptions(DEFAULT_FONT);
    }

    /** These options with another font family. */
    public DocxOptions withFontFamily(String family) {
        return new DocxOptions(family);
    }
}
