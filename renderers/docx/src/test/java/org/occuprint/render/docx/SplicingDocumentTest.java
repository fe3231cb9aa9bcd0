package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class SplicingDocumentTest {
    private static final List<String> DRAWINGS = List.of("<x:a xmlns:x=\"urn:x\">Ünïcode – 1</x:a>", "<x:b xmlns:x=\"urn:x\"/>");

    @Test
    void eachCommentBecomesItsDrawingHoweverTheBytesArrive() throws IOException {
        String part = "<r><p>a &lt;!--occuprint-drawing-0--&gt; b</p><!--occuprint-drawing-1--><q><!--x--><"
                + "!--occuprint-drawing-0--></q><!--occuprint-draw--></r>";
        String expected = "<r><p>a &lt;!--occuprint-drawing-0--&gt; b</p>" + DRAWINGS.get(1) + "<q><!--x-->"
                + DRAWINGS.get(0) + "</q><!--occuprint-draw--></r>";
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 2, 3, 7, 19, bytes.length}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SplicingDocument.Splicer splicer = new SplicingDocument.Splicer(DRAWINGS, out);
            for (int i = 0; i < bytes.length; i += chunk) {
                if (chunk == 1) {
                    splicer.write(bytes[i]);
                } else {
                    splicer.write(bytes, i, Math.min(chunk, bytes.length - i));
                }
            }
            splicer.finish();
            assertThat(out.toString(StandardCharsets.UTF_8)).as("in chunks of %d", chunk).isEqualTo(expected);
        }
    }

    @Test
    void aDrawingWithoutAPlaceOrWithTwoIsAnError() {
        assertThatThrownBy(() -> splice("<r><!--occuprint-drawing-0--></r>"))
                .hasMessage("Drawing 1 has no place in the document part");
        assertThatThrownBy(() -> splice("<r><!--occuprint-drawing-1--><!--occuprint-drawing-1--></r>"))
                .hasMessage("Drawing 1 has two places in the document part");
        assertThatThrownBy(() -> splice("<r><!--occuprint-drawing-2--></r>")).hasMessage("Drawing 2 does not exist");
        assertThatThrownBy(() -> splice("<r><!--occuprint-drawing-")).hasMessage("The document part ends inside a drawing's comment");
    }

    @Test
    void aSavedDocumentHoldsEachDrawingWhereItWasSplicedAndOpensAgain() throws IOException {
        byte[] bytes;
        try (SplicingDocument doc = new SplicingDocument()) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("before <!--occuprint-drawing-0--> as text");
            doc.splice(p.getCTP(), "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:t>spliced – text</w:t></w:r>");
            bytes = ReproducibleZip.bytes(doc);
        }
        try (XWPFDocument read = DocxTesting.open(bytes)) {
            assertThat(read.getParagraphs()).singleElement().extracting(XWPFParagraph::getText)
                    .isEqualTo("before <!--occuprint-drawing-0--> as textspliced – text");
        }
    }

    private static void splice(String part) throws IOException {
        SplicingDocument.Splicer splicer = new SplicingDocument.Splicer(DRAWINGS, new ByteArrayOutputStream());
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        splicer.write(bytes, 0, bytes.length);
        splicer.finish();
    }
}
