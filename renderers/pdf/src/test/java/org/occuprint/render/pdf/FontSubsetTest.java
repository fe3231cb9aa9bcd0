package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.librepdf.openpdf.fonts.Liberation;
import org.occuprint.testing.Fixtures;

/**
 * The fonts are parsed once and shared by every document; each PDF must still carry only its own glyphs.
 * Checked on the glyph outlines of the embedded Liberation Sans: a letter only the Unicode fixture has
 * ("Ł") has an outline in that PDF and none in the flagship's, rendered right after it by the same
 * renderer.
 */
class FontSubsetTest {
    @Test
    void eachDocumentsSubsetHoldsOnlyItsOwnGlyphs() throws IOException {
        int lStroke;
        int capitalA;
        try (InputStream in = Liberation.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf");
                TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            lStroke = full.getUnicodeCmapLookup().getGlyphId('Ł');
            capitalA = full.getUnicodeCmapLookup().getGlyphId('A');
        }
        assertThat(lStroke).isPositive();

        byte[] unicode = Pdfs.render(Fixtures.compose(Fixtures.resource("unicode.json")));
        byte[] flagship = Pdfs.render(Fixtures.compose(Fixtures.flagship()));
        assertThat(Pdfs.text(flagship)).doesNotContain("Ł");

        assertThat(hasOutline(unicode, lStroke)).isTrue();
        assertThat(hasOutline(flagship, lStroke)).isFalse();
        assertThat(hasOutline(flagship, capitalA)).isTrue();
    }

    @Test
    void subsetsAreSmallerThanTheWholeFont() throws IOException {
        byte[] unicode = Pdfs.render(Fixtures.compose(Fixtures.resource("unicode.json")));
        assertThat(unicode.length).isLessThan(100_000); // Liberation Sans alone is 400 KB
    }

    /** Whether the embedded regular Liberation Sans of the PDF has an outline for this glyph. */
    private static boolean hasOutline(byte[] pdf, int gid) throws IOException {
        List<Boolean> found = new ArrayList<>();
        try (PDDocument doc = Pdfs.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font.getName().endsWith("+LiberationSans") && font instanceof PDType0Font t0) {
                        TrueTypeFont ttf = ((PDCIDFontType2) t0.getDescendantFont()).getTrueTypeFont();
                        GlyphData g = ttf.getGlyph().getGlyph(gid);
                        found.add(g != null && g.getNumberOfContours() != 0);
                    }
                }
            }
        }
        assertThat(found).as("the regular Liberation Sans is embedded").isNotEmpty();
        return found.contains(true);
    }
}
