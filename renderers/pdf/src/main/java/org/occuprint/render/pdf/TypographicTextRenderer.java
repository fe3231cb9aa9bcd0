package org.occuprint.render.pdf;

import org.xhtmlrenderer.extend.FontContext;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFSFontMetrics;
import org.xhtmlrenderer.pdf.ITextTextRenderer;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.FSFontMetrics;

import com.lowagie.text.pdf.BaseFont;

/**
 * Flying Saucer's text renderer with the font metrics a browser uses.
 *
 * <p>Flying Saucer 9.13 takes a font's ascent and descent from its bounding box (for Liberation Sans
 * 1.28 em, more than the stylesheet's heading line height of 1.2), so the glyphs of a heading that was
 * moved to the top of a page reach above the page and are also painted, clipped but still extractable, at
 * the foot of the page before. It also reads the underline and strike-through metrics as if every font
 * had 1000 units per em (TrueType fonts have 2048), which sets link underlines twice as thick and twice
 * as low as they should be. This renderer uses the horizontal-header ascent and descent (1.12 em for
 * Liberation Sans, what browsers use) and OpenPDF's correctly scaled decoration metrics.
 */
final class TypographicTextRenderer extends ITextTextRenderer {
    @Override
    public FSFontMetrics getFSFontMetrics(FontContext context, FSFont font, String string) {
        BaseFont bf = ((ITextFSFont) font).getFontDescription().getFont();
        float size = font.getSize2D();
        float ascent = bf.getFontDescriptor(BaseFont.AWT_ASCENT, size);
        float descent = -bf.getFontDescriptor(BaseFont.AWT_DESCENT, size);
        // OpenPDF's underline position is the post table's position less half the thickness; the post
        // table's position is the top of the stroke, which is where Flying Saucer wants the offset
        float underlineThickness = bf.getFontDescriptor(BaseFont.UNDERLINE_THICKNESS, size);
        float underlineOffset = -(bf.getFontDescriptor(BaseFont.UNDERLINE_POSITION, size) + underlineThickness / 2);
        float strikeThickness = bf.getFontDescriptor(BaseFont.STRIKETHROUGH_THICKNESS, size);
        float strikeOffset = -bf.getFontDescriptor(BaseFont.STRIKETHROUGH_POSITION, size);
        return new ITextFSFontMetrics(ascent, descent, strikeOffset, strikeThickness > 0 ? strikeThickness : size / 12,
                underlineOffset, underlineThickness > 0 ? underlineThickness : size / 14);
    }
}
