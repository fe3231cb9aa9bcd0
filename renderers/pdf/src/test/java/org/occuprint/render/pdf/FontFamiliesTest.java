package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** Whatever family a stylesheet names, the PDF gets an embedded Liberation font, never a standard 14 font. */
class FontFamiliesTest {
    @Test
    void everyCssFamilyResolvesToAnEmbeddedLiberationFont() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>"
                + ".a { font-family: Arial } .b { font-family: Helvetica; font-weight: bold }"
                + ".c { font-family: 'Times New Roman' } .d { font-family: serif; font-style: italic }"
                + ".e { font-family: monospace } .f { font-family: \"Courier New\"; font-weight: bold }"
                + ".g { font-family: Symbol } .h { font-family: ZapfDingbats } .i { font-family: NoSuchFont }"
                + "</style></head><body>"
                + "<p class=\"a\">Arial</p><p class=\"b\">Helvetica</p><p class=\"c\">Times</p><p class=\"d\">serif</p>"
                + "<p class=\"e\">mono</p><p class=\"f\">Courier</p><p class=\"g\">Symbol</p><p class=\"h\">Dingbats</p>"
                + "<p class=\"i\">unknown</p><ol><li>one</li><li>two</li></ol><ul style=\"list-style-type: square\"><li>x</li></ul>"
                + "</body></html>";
        ITextRenderer r = PdfRenderer.layout(XhtmlForPdf.parse(xhtml), PdfFonts.get(), "00-0000.00");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.createPDF(out);
        Set<String> names = new TreeSet<>();
        try (PDDocument pdf = Pdfs.load(out.toByteArray())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(n);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.isStandard14()).as(font.getName()).isFalse();
                    names.add(font.getName().substring(7));
                }
            }
        }
        assertThat(names).contains("LiberationSans", "LiberationSans-Bold", "LiberationSerif", "LiberationSerif-Italic",
                "LiberationMono", "LiberationMono-Bold").allMatch(n -> n.startsWith("Liberation"));
    }
}
