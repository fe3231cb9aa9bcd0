package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.PacketDocument;
import org.occuprint.testing.Fixtures;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

/** A client packet as one DOCX: the note once, a page break per handout, contents linked to bookmarks. */
class PacketDocxTest {
    private static byte[] docx(PacketDocument p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxTesting.RENDERER.render(p, out);
        return out.toByteArray();
    }

    @Test
    void noteOncePageBreaksPerHandoutAndLinkedContents() throws Exception {
        PacketDocument p = Fixtures.packet();
        byte[] bytes = docx(p);
        DocxTesting.keep("packet.docx", bytes);
        try (XWPFDocument doc = DocxTesting.open(bytes); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String text = x.getText();
            assertThat(text.split("For Ana: three to weigh.", -1)).hasSize(2);
            assertThat(text).contains("Career packet: 3 occupations compared", "In this packet", "$53,460 a year",
                    "Other sources of information", "About this packet");
            List<XWPFParagraph> breaks = doc.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).toList();
            // each handout's title, and the closing part
            assertThat(breaks).hasSize(p.handouts().size() + 1);
            assertThat(breaks.subList(0, p.handouts().size())).extracting(XWPFParagraph::getText)
                    .containsExactlyElementsOf(p.handouts().stream().map(h -> h.document().titleBlock().title()).toList());
            List<String> bookmarks = doc.getParagraphs().stream()
                    .flatMap(par -> par.getCTP().getBookmarkStartList().stream()).map(CTBookmark::getName).toList();
            assertThat(new HashSet<>(bookmarks)).hasSameSizeAs(bookmarks);
            List<String> anchors = doc.getParagraphs().stream().flatMap(par -> par.getCTP().getHyperlinkList().stream())
                    .map(CTHyperlink::getAnchor).filter(a -> a != null).toList();
            assertThat(anchors).hasSize(p.contents().entries().size());
            assertThat(bookmarks).containsAll(anchors);
        }
    }

    @Test
    void sameInputSameBytes() {
        assertThat(docx(Fixtures.packet())).isEqualTo(docx(Fixtures.packet()));
    }
}
