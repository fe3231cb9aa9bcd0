package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.Drawing.Anchor;
import org.occuprint.compose.Drawing.Fill;
import org.occuprint.compose.Drawing.Stroke;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgDrawingsTest {
    private static final Drawing BAR = new Drawing(100, 20, List.of(new Drawing.Rect(0, 0, 50, 20, Fill.DARK,
            Stroke.NONE), new Drawing.Label(55, 14, "50%", 9, Anchor.START, true)));
    private static final Drawing GRID = new Drawing(100, 20, List.of(new Drawing.Line(0, 0, 0, 20, Stroke.GRID)));

    private static Document page(String... svgs) throws Exception {
        StringBuilder x = new StringBuilder("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>");
        for (String svg : svgs) {
            x.append("<p><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"A chart\"")
                    .append(svg).append("</svg></p>");
        }
        return XhtmlForPdf.parse(x.append("</body></html>").toString());
    }

    private static List<Element> svgs(Document dom) {
        NodeList list = dom.getElementsByTagNameNS(SvgDrawings.SVG, "svg");
        return IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    @Test
    void eachDrawingGoesOnTheElementThatNumbersIt() throws Exception {
        Document dom = page(" data-drawing=\"1\">", " data-drawing=\"0\">");
        SvgDrawings.attach(dom, List.of(BAR, GRID));
        assertThat(svgs(dom)).extracting(SvgDrawings::of).containsExactly(GRID, BAR);
        assertThat(SvgDrawings.of(dom.getDocumentElement())).isNull();
    }

    @Test
    void aDrawingWithoutItsElementOrAnElementWithoutItsDrawingIsAnError() throws Exception {
        assertThatThrownBy(() -> SvgDrawings.attach(page(" data-drawing=\"0\">"), List.of(BAR, GRID)))
                .isInstanceOf(IllegalStateException.class).hasMessage("The print-HTML has no svg element for drawing 1");
        assertThatThrownBy(() -> SvgDrawings.attach(page(">"), List.of(BAR)))
                .hasMessage("An svg element of the print-HTML has data-drawing='', which numbers none of its 1 drawings");
        assertThatThrownBy(() -> SvgDrawings.attach(page(" data-drawing=\"2\">"), List.of(BAR)))
                .hasMessageContaining("data-drawing='2'");
        assertThatThrownBy(() -> SvgDrawings.attach(page(" data-drawing=\"0\">", " data-drawing=\"0\">"), List.of(BAR)))
                .hasMessage("The print-HTML's drawing 0 is not one empty svg element");
        assertThatThrownBy(() -> SvgDrawings.attach(page(" data-drawing=\"0\"><rect/>"), List.of(BAR)))
                .hasMessage("The print-HTML's drawing 0 is not one empty svg element");
    }

    @Test
    void theDigestChangesWithAnyMarkAndNotOtherwise() throws Exception {
        Drawing moved = new Drawing(100, 20, List.of(new Drawing.Rect(0, 0, 51, 20, Fill.DARK, Stroke.NONE),
                new Drawing.Label(55, 14, "50%", 9, Anchor.START, true)));
        Drawing relabelled = new Drawing(100, 20, List.of(new Drawing.Rect(0, 0, 50, 20, Fill.DARK, Stroke.NONE),
                new Drawing.Label(55, 14, "51%", 9, Anchor.START, true)));
        Drawing same = new Drawing(100, 20, List.copyOf(BAR.marks()));
        assertThat(digest(same)).isEqualTo(digest(BAR));
        assertThat(List.of(digest(moved), digest(relabelled), digest(GRID))).doesNotContain(digest(BAR))
                .doesNotHaveDuplicates();
    }

    private static String digest(Drawing d) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        SvgDrawings.digest(md, List.of(d));
        return HexFormat.of().formatHex(md.digest());
    }
}
