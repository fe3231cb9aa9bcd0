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
                Optional.empty(), Optional.of(new TitleBlock.Note("Note " + DIRTY, List.of("Text " + DIRTY))));
        Section section = new Section(Optional.empty(), "about", "Heading " + DIRTY, List.of(
                new Block.Paragraph("Paragraph " + DIRTY),
                new Block.Subheading("Sub " + DIRTY),
                new Block.BulletList(List.of(Block.ListItem.of("Lead " + DIRTY, "item " + DIRTY))),
                new Block.Table("Caption " + DIRTY, List.of(new Column("Head " + DIRTY, false), new Column("N", true)),
                        List.of(List.of("Cell " + DIRTY, "1")), true, List.of("Note " + DIRTY)),
                new Block.LinkList(List.of(new LinkItem("Broken target", "http://exa mple.org/", Optional.of("http://exa mple.org/")),
                        new LinkItem("Good " + DIRTY, "https://example.org/", Optional.of("https://example.org/")))),
                new Block.Notice("Notice " + DIRTY)));
        Footer footer = new Footer("Printed " + DIRTY, "Page ", " of ", "", Locale.US);
        return new ProfileDocument(info, new Layout(PageSize.LETTER, false), title, List.of(section), footer);
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
