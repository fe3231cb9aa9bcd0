package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.Block;
import org.occuprint.compose.Block.Column;
import org.occuprint.compose.Block.LinkItem;
import org.occuprint.compose.DocumentInfo;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.Footer;
import org.occuprint.compose.Layout;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.compose.TitleBlock;
import org.occuprint.options.PageSize;
import org.occuprint.testing.Fixtures;

/**
 * A composed document need not come from the composer: one built by hand may hold characters that XML
 * cannot, and link targets that are not URIs. The renderer still writes a document POI reopens.
 */
class HandBuiltDocumentTest {
    private static final String DIRTY = "Bell\u0007 nul\u0000 lone\ud800 half\udc00 nonchar\uffff tab\tline\nend";

    private static ProfileDocument document() {
        DocumentInfo info = new DocumentInfo("99-9999.99", "Title " + DIRTY, "Subject " + DIRTY, List.of("key" + DIRTY),
                "Author", "Occuprint", Locale.US, Fixtures.PRINT_DATE);
        TitleBlock title = new TitleBlock("Title " + DIRTY, List.of("Line " + DIRTY), List.of("Office " + DIRTY),
                Optional.empty(), Optional.of(new TitleBlock.Note("Note " + DIRTY, List.of("Text " + DIRTY))),
                Optional.of(new TitleBlock.Online("Online " + DIRTY, "https://example.org/?a=1&b=<2>", "QR " + DIRTY)));
        Section section = new Section(Optional.empty(), "about", "Heading " + DIRTY, List.of(
                new Block.Paragraph("Paragraph " + DIRTY),
                new Block.Subheading("Sub " + DIRTY),
                new Block.BulletList(List.of(Block.ListItem.of("Lead " + DIRTY, "item " + DIRTY))),
                new Block.Table("Caption " + DIRTY, List.of(new Column("Head " + DIRTY, false), new Column("N", true)),
                        List.of(List.of("Cell " + DIRTY, "1")), true, List.of("Note " + DIRTY)),
                new Block.LinkList(List.of(new LinkItem("Broken target", "http://exa mple.org/", Optional.of("http://exa mple.org/")),
                        new LinkItem("Good " + DIRTY, "https://example.org/", Optional.of("https://example.org/")))),
                new Block.Notice("Notice " + DIRTY),
                new Block.Chart("Chart " + DIRTY, "Alt <&> \"quoted\" " + DIRTY, drawing())));
        Footer footer = new Footer("Printed " + DIRTY, "Page ", " of ", "", Locale.US);
        return new ProfileDocument(info, new Layout(PageSize.LETTER, false), title, List.of(section), footer);
    }

    /** Every kind of mark, and labels that need escaping and touch the drawing's edges. */
    private static Drawing drawing() {
        return new Drawing(300, 80, List.of(
                new Drawing.Rect(0, 0, 300, 80, Drawing.Fill.NONE, Drawing.Stroke.AXIS),
                new Drawing.Rect(100, 10, 120, 14, Drawing.Fill.LIGHT, Drawing.Stroke.OUTLINE),
                new Drawing.Line(220, 17, 250, 17, Drawing.Stroke.DASHED),
                new Drawing.Path(List.of(250f, 12f, 258f, 17f, 250f, 22f), Drawing.Fill.INK),
                new Drawing.Line(100, 60, 130, 40, Drawing.Stroke.HATCH),
                new Drawing.Label(95, 21, "Left edge & <name> " + DIRTY, 9, Drawing.Anchor.END, false),
                new Drawing.Label(160, 50, "A \"middle\" label", 9, Drawing.Anchor.MIDDLE, true),
                new Drawing.Label(262, 21, "$239,200 or more", 9, Drawing.Anchor.START, false),
                new Drawing.Label(300, 75, "Right edge", 9, Drawing.Anchor.END, false)));
    }

    @Test
    void escapedChartLabelsAndAltTextsReachTheDocument() {
        XWPFDocument docx = DocxTesting.open(DocxTesting.render(document()));
        XWPFParagraph chart = DocxTesting.paragraphs(docx, Styles.CHART).get(0);
        assertThat(DocxTesting.chartLabels(chart)).containsExactly(
                "Left edge & <name> Bell nul lone half nonchar tab line end", "A \"middle\" label", "$239,200 or more",
                "Right edge");
        assertThat(chart.getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr())
                .isEqualTo("Alt <&> \"quoted\" Bell nul lone half nonchar tab line end");
        XWPFParagraph online = DocxTesting.paragraphs(docx, Styles.ONLINE).get(0);
        assertThat(online.getText()).contains("Online Bell nul lone half nonchar tab line end https://example.org/?a=1&b=<2>");
        assertThat(online.getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr())
                .isEqualTo("QR Bell nul lone half nonchar tab line end");
    }

    @Test
    void charactersXmlCannotHoldAreLeftOutAndTheDocumentReopens() {
        byte[] bytes = DocxTesting.render(document());
        DocxTesting.keep("hand-built.docx", bytes);
        XWPFDocument docx = DocxTesting.open(bytes);
        String text = DocxTesting.bodyText(docx);
        assertThat(text).contains("Bell nul lone half nonchar tab line end")
                .doesNotContain("\u0007").doesNotContain("\u0000").doesNotContain("\uffff");
        assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Title Bell nul lone half nonchar tab line end");
        assertThat(docx.getFooterList().get(0).getText()).contains("Printed Bell nul");
    }

    @Test
    void aTargetThatIsNoUriPrintsAsText() {
        XWPFDocument docx = DocxTesting.open(DocxTesting.render(document()));
        List<String> links = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun)
                .map(XWPFRun::text).toList();
        assertThat(links).containsExactly("https://example.org/");
        assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText))
                .contains("Broken target http://exa mple.org/");
    }
}
