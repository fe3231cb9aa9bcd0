package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** A table caption is never left at the foot of a page while its table starts on the next. */
class StrandedCaptionsTest {
    private static String xhtml(int fillers) {
        StringBuilder sb = new StringBuilder("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-US\"><head><style>"
                + "@page { size: letter; margin: 0.75in } p { margin: 0 0 6pt 0 } caption { page-break-after: avoid }"
                + "tr { page-break-inside: avoid } table { -fs-table-paginate: paginate }"
                + PdfRenderer.PDF_CSS + "</style></head><body><main><section>");
        for (int i = 0; i < fillers; i++) {
            sb.append("<p>Filler paragraph ").append(i).append(" with a few words in it.</p>");
        }
        sb.append("<h3>Largest industries</h3><div class=\"table-block\"><table><caption>Industries, 2024</caption>"
                + "<thead><tr><th>Industry</th><th>Share</th></tr></thead><tbody>");
        for (int i = 0; i < 6; i++) {
            sb.append("<tr><td>Industry ").append(i).append(" with a long name<br/>on two lines</td><td>").append(i)
                    .append("%</td></tr>");
        }
        return sb.append("</tbody></table></div></section></main></body></html>").toString();
    }

    @Test
    void captionsThatWouldBeStrandedStartTheirTableOnTheNextPage() throws Exception {
        int stranded = 0;
        for (int fillers = 25; fillers <= 45; fillers++) {
            Document dom = XhtmlForPdf.parse(xhtml(fillers));
            ITextRenderer r = PdfRenderer.layout(dom, PdfFonts.get(), "00-0000.00");
            List<Element> found = StrandedCaptions.find(r.getRootBox());
            if (!found.isEmpty()) {
                stranded++;
                assertThat(found).extracting(Element::getLocalName).as("the heading above the table goes too")
                        .containsExactly("h3");
                XhtmlForPdf.breakBefore(found);
                r = PdfRenderer.layout(dom, PdfFonts.get(), "00-0000.00");
                assertThat(StrandedCaptions.find(r.getRootBox())).as("%d fillers", fillers).isEmpty();
            }
        }
        assertThat(stranded).as("some filler counts leave the caption at the foot of page 1").isPositive();
    }
}
