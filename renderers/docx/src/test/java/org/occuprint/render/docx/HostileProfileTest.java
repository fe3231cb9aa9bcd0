package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occuprint.testing.Fixtures;

/** Markup, very long words, right-to-left script, emoji and unsafe links in the data. */
class HostileProfileTest {
    private static XWPFDocument docx;

    @BeforeAll
    static void render() {
        byte[] bytes = DocxTesting.render(Fixtures.compose(Fixtures.resource("hostile.json")));
        DocxTesting.keep("hostile.docx", bytes);
        docx = DocxTesting.open(bytes);
    }

    @Test
    void markupPrintsAsText() {
        assertThat(DocxTesting.paragraphs(docx, Styles.TITLE)).extracting(XWPFParagraph::getText)
                .containsExactly("Hostile <b>Test</b> & \"Friends\" <script>alert('x')</script>");
        assertThat(DocxTesting.bodyText(docx)).contains("<img src=x onerror=alert(1)> Review records")
                .contains("]]> CDATA ends, <!-- comments --> and <?pi?>")
                .contains("BellNullEscape")
                .contains("\ud83d\udc69\u200d\u2695\ufe0f")
                .contains("A".repeat(500));
    }

    @Test
    void rightToLeftStretchesAreMarkedRightToLeft() {
        List<String> rtl = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfRtlArray() > 0) {
                    rtl.add(r.text());
                }
            }
        }
        assertThat(rtl).containsExactly("\u05e2\u05d5\u05d1\u05d3 \u05e8\u05e9\u05d5\u05de\u05d5\u05ea \u05e8\u05e4\u05d5\u05d0\u05d9\u05d5\u05ea",
                "\u0645\u062e\u062a\u0635 \u0627\u0644\u0633\u062c\u0644\u0627\u062a \u0627\u0644\u0637\u0628\u064a\u0629");
    }

    @Test
    void onlySafeAddressesBecomeLinksAndTheOthersPrintAsText() throws Exception {
        List<String> targets = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (r instanceof XWPFHyperlinkRun h) {
                    targets.add(h.getHyperlink(docx).getURL());
                }
            }
        }
        // the online profile's address beside the QR code, then the link list's safe addresses
        assertThat(targets).containsExactly("https://www.onetonline.org/link/summary/99-9999.01",
                "https://example.org/path?a=1&b=%3C2%3E", "mailto:someone@example.org");
        assertThat(DocxTesting.bodyText(docx)).contains("JavaScript link javascript:alert(document.cookie)")
                .contains("File link file:///etc/passwd")
                .contains("Data link data:text/html,<script>alert(1)</script>");
    }
}
