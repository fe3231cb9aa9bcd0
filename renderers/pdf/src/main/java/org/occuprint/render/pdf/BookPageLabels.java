package org.occuprint.render.pdf;

import java.awt.Color;

import org.jspecify.annotations.Nullable;
import org.occuprint.compose.BookDocument;
import org.occuprint.compose.Footer;
import org.occuprint.render.html.FooterBox;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.pdf.ITextRenderer;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;

/**
 * Prints a bound guide's page labels ("Page 1,234 of 4,321") where a single profile prints its own: in the
 * bottom-right footer box of the shared print stylesheet, right-aligned at the right margin, in Liberation
 * Sans of the footer's size and colour, on the baseline Flying Saucer gives that box.
 *
 * <p>The footer box's geometry is {@link FooterBox}'s, which the print stylesheet writes as CSS. Flying Saucer rounds sizes to its device dots (1/26.67 pt) and puts the first baseline one
 * ascent (the font's horizontal-header ascent, see {@link TypographicTextRenderer}) below the top of the
 * box's content. The test {@code PageLabelPlacementTest} compares a stamped label with the one Flying
 * Saucer prints on a single profile.
 *
 * <p>The label is marked content of the artifact kind (pagination, footer): not part of the reading order.
 */
final class BookPageLabels {
    private static final float RIGHT_MARGIN = FooterBox.SIDE_MARGIN;
    private static final float PADDING_TOP = FooterBox.PADDING_TOP;
    private static final Color COLOR = new Color(FooterBox.COLOR);
    static final PdfName ARTIFACT = new PdfName("Artifact");

    private final Footer footer;
    private final BaseFont font;
    private final float size;
    private final float baseline;
    private final PdfDictionary artifact;

    BookPageLabels(BookDocument book, PdfFonts fonts) {
        this.footer = book.footer();
        boolean large = book.layout().largePrint();
        this.font = fonts.face(new String[] {PdfFonts.BODY_FAMILY}, IdentValue.NORMAL, IdentValue.NORMAL).getFont();
        this.size = dots(FooterBox.fontSize(large));
        float bottomMargin = FooterBox.bottomMargin(large);
        this.baseline = bottomMargin - PADDING_TOP - font.getFontDescriptor(BaseFont.AWT_ASCENT, size);
        artifact = artifact("Pagination", "Footer");
    }

    /** The properties of an artifact of this type and subtype (none when {@code null}). */
    static PdfDictionary artifact(String type, @Nullable String subtype) {
        PdfDictionary d = new PdfDictionary();
        d.put(PdfName.TYPE, new PdfName(type));
        if (subtype != null) {
            d.put(PdfName.SUBTYPE, new PdfName(subtype));
        }
        return d;
    }

    /** A size as Flying Saucer lays it out: a whole number of device dots. */
    static float dots(float points) {
        float perPoint = ITextRenderer.DEFAULT_DOTS_PER_POINT;
        return Math.round(points * perPoint) / perPoint;
    }

    /** The label of page {@code page} of {@code pages}. */
    String label(int page, int pages) {
        return footer.pageLabel(page, pages);
    }

    /** Prints the label of page {@code page} of {@code pages} on a page of this size. */
    void print(PdfContentByte cb, Rectangle pageSize, int page, int pages) {
        cb.beginMarkedContentSequence(ARTIFACT, artifact, true);
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setColorFill(COLOR);
        cb.showTextAligned(PdfContentByte.ALIGN_RIGHT, label(page, pages), pageSize.getRight() - RIGHT_MARGIN,
                pageSize.getBottom() + baseline, 0);
        cb.endText();
        cb.endMarkedContentSequence();
    }
}
