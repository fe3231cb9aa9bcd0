package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.Block;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.testing.Fixtures;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * What assistive technology and accessibility checkers need (issue 8), read back with POI from the
 * flagship with every title-block extra: language, title, heading styles, marked header rows, alternative
 * text on pictures, and no tables used for layout.
 */
class AccessibilityTest {
    private static ProfileDocument doc;
    private static XWPFDocument docx;

    @BeforeAll
    static void render() {
        doc = Fixtures.compose(Fixtures.flagship(), DocxTesting.branded());
        docx = DocxTesting.open(DocxTesting.render(doc));
    }

    @Test
    void documentLanguageIsSet() {
        assertThat(docx.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                .contains("en-US");
        assertThat(docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                .isEqualTo("en-US");
    }

    @Test
    void titleIsInTheCoreProperties() {
        assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo(doc.info().title());
    }

    @Test
    void everyHeadingHasAHeadingStyle() {
        List<String> headings = new ArrayList<>();
        headings.add(doc.titleBlock().title());
        for (Section s : doc.sections()) {
            headings.add(s.heading());
            s.blocks().stream().filter(Block.Subheading.class::isInstance)
                    .forEach(b -> headings.add(((Block.Subheading) b).text()));
        }
        List<String> styled = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            String style = p.getStyle();
            if (Styles.TITLE.equals(style) || Styles.SECTION.equals(style) || Styles.SUBSECTION.equals(style)) {
                styled.add(p.getText());
            }
            assertThat(p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetOutlineLvl())
                    .as("outline level set by hand on '%s'", p.getText()).isFalse();
        }
        assertThat(styled).containsExactlyInAnyOrderElementsOf(headings);
    }

    @Test
    void tableHeaderRowsAreMarkedAndNoTableIsForLayout() {
        long dataTables = doc.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(Block.Table.class::isInstance).count();
        assertThat(docx.getTables()).hasSize((int) dataTables);
        for (XWPFTable t : docx.getTables()) {
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getNumberOfRows()).isGreaterThan(1);
            assertThat(t.getCTTbl().getTblPr().getTblCaption().getVal()).isNotBlank();
        }
    }

    @Test
    void everyPictureAndChartHasAlternativeText() {
        List<String> expected = new ArrayList<>();
        expected.add(doc.titleBlock().logo().orElseThrow().alt());
        expected.add(doc.titleBlock().online().orElseThrow().alt());
        doc.sections().stream().flatMap(s -> s.blocks().stream()).filter(Block.Chart.class::isInstance)
                .forEach(b -> expected.add(((Block.Chart) b).description()));
        List<String> described = new ArrayList<>();
        int pictures = 0;
        for (XWPFParagraph p : docx.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                for (XWPFPicture pic : r.getEmbeddedPictures()) {
                    pictures++;
                    assertThat(pic.getDescription()).isNotBlank();
                }
                for (var drawing : r.getCTR().getDrawingList()) {
                    for (CTInline inline : drawing.getInlineList()) {
                        described.add(inline.getDocPr().getDescr());
                    }
                }
            }
        }
        assertThat(pictures).isEqualTo(2); // the logo and the QR code; the charts are drawings
        assertThat(described).containsExactlyElementsOf(expected).hasSizeGreaterThan(2);
    }
}
