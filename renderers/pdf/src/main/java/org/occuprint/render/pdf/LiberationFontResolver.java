package org.occuprint.render.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xhtmlrenderer.css.sheet.FontFaceRule;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

/**
 * One document's font resolver: every font comes from the shared Liberation families of
 * {@link PdfFonts}, and from nowhere else.
 *
 * <p>Flying Saucer's own resolver starts with the PDF standard 14 fonts (Helvetica, Times, Courier,
 * Symbol, ZapfDingbats), which are never embedded; this one starts with no fonts of its own and answers
 * every lookup from {@link PdfFonts#face}. {@code @font-face} rules are ignored: they would load fonts
 * from URLs.
 */
final class LiberationFontResolver extends ITextFontResolver {
    private final PdfFonts fonts;

    LiberationFontResolver(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** No standard 14 fonts (and, as {@link #resolveFont} does not use it, nothing else either). */
    @Override
    protected Map<String, FontFamily> loadFonts() {
        return new HashMap<>();
    }

    @Override
    public FSFont resolveFont(SharedContext context, FontSpecification spec) {
        return new ITextFSFont(fonts.face(spec.families, spec.fontWeight, spec.fontStyle), spec.size);
    }

    @Override
    public void importFontFaces(List<FontFaceRule> fontFaces, UserAgentCallback userAgentCallback) {
        // the project's fonts only
    }
}
