package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.Block;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.QrCode;
import org.occuprint.compose.TitleBlock;
import org.occuprint.options.PageSize;
import org.occuprint.testing.Fixtures;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The charts (issue 15) as editable DrawingML groups, and the online profile's QR code, read back with POI
 * from the flagship, whose wage and outlook sections each draw a chart.
 */
class ChartAndQrCodeTest {
    private static final String NS = "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' "
            + "declare namespace wpg='http://schemas.microsoft.com/office/word/2010/wordprocessingGroup' "
            + "declare namespace wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape' "
            + "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
            + "declare namespace wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' ";

    private static ProfileDocument flagship;
    private static List<Block.Chart> charts;
    private static XWPFDocument docx;

    @BeforeAll
    static void render() {
        flagship = Fixtures.compose(Fixtures.flagship());
        charts = charts(flagship);
        byte[] bytes = DocxTesting.render(flagship);
        DocxTesting.keep("29-2072.00-charts.docx", bytes);
        docx = DocxTesting.open(bytes);
    }

    private static List<Block.Chart> charts(ProfileDocument doc) {
        return doc.sections().stream().flatMap(s -> s.blocks().stream()).filter(Block.Chart.class::isInstance)
                .map(Block.Chart.class::cast).toList();
    }

    /** The inline drawings of the paragraphs in the Chart style, in order. */
    private static List<CTInline> chartDrawings(XWPFDocument doc) {
        List<CTInline> out = new ArrayList<>();
        for (XWPFParagraph p : DocxTesting.paragraphs(doc, Styles.CHART)) {
            for (XWPFRun r : p.getRuns()) {
                r.getCTR().getDrawingList().forEach(d -> out.addAll(d.getInlineList()));
            }
        }
        return out;
    }

    private static List<String> texts(XmlObject o, String path) {
        List<String> out = new ArrayList<>();
        for (XmlObject t : o.selectPath(NS + path)) {
            out.add(t.getDomNode().getFirstChild() == null ? "" : t.getDomNode().getFirstChild().getNodeValue());
        }
        return out;
    }

    @Test
    void theFlagshipHasAWageAndAnOutlookChart() {
        assertThat(charts).hasSize(2);
        assertThat(chartDrawings(docx)).hasSize(2);
    }

    @Test
    void eachChartHasItsCaptionThenAGroupDescribedByItsTextAlternative() {
        List<CTInline> drawings = chartDrawings(docx);
        List<IBodyElement> body = docx.getBodyElements();
        List<XWPFParagraph> chartParagraphs = DocxTesting.paragraphs(docx, Styles.CHART);
        for (int i = 0; i < charts.size(); i++) {
            Block.Chart chart = charts.get(i);
            XWPFParagraph p = chartParagraphs.get(i);
            XWPFParagraph caption = (XWPFParagraph) body.get(body.indexOf(p) - 1);
            assertThat(caption.getStyle()).isEqualTo(Styles.CAPTION);
            assertThat(caption.getText()).isEqualTo(chart.caption());

            CTInline inline = drawings.get(i);
            assertThat(inline.getDocPr().getDescr()).isEqualTo(chart.description());
            assertThat(inline.getDocPr().getName()).isEqualTo("Chart " + (i + 1));
            assertThat(inline.getGraphic().getGraphicData().getUri()).isEqualTo(ChartWriter.GROUP_URI);
            assertThat(inline.getGraphic().getGraphicData().selectPath(NS + "./wpg:wgp")).hasSize(1);
            assertThat(inline.getExtent().getCx()).isEqualTo(Units.toEMU(chart.drawing().width()));
            assertThat(inline.getExtent().getCy()).isEqualTo(ChartWriter.emu(chart.drawing().height()));
        }
        assertThat(docx.getStyles().getStyle(Styles.CAPTION).getCTStyle().getPPr().isSetKeepNext()).isTrue();
    }

    @Test
    void everyMarkIsAShapeInOrderWithItsColoursAndLabelsAreTextBoxes() {
        List<CTInline> drawings = chartDrawings(docx);
        int merged = 0;
        int outlined = 0;
        for (int i = 0; i < charts.size(); i++) {
            Drawing d = charts.get(i).drawing();
            XmlObject group = drawings.get(i).getGraphic().getGraphicData().selectPath(NS + "./wpg:wgp")[0];
            XmlObject[] shapes = group.selectPath(NS + "./wps:wsp");
            List<String> labels = new ArrayList<>();
            int m = 0;
            for (XmlObject shape : shapes) {
                assertThat(m).as("more shapes than marks").isLessThan(d.marks().size());
                Drawing.Mark mark = d.marks().get(m);
                if (mark instanceof Drawing.Rect r) {
                    assertThat(texts(shape, "./wps:spPr/a:prstGeom/@prst")).containsExactly("rect");
                    if (r.fill().rgb() != null) {
                        assertThat(texts(shape, "./wps:spPr/a:solidFill/a:srgbClr/@val"))
                                .containsExactly(r.fill().rgb().substring(1).toUpperCase(Locale.ROOT));
                    }
                    if (m + 1 < d.marks().size() && d.marks().get(m + 1) instanceof Drawing.Rect outline
                            && ChartWriter.filledThenOutlined(r, outline)) {
                        // a bar's fill and its outline: one shape, filled and stroked
                        assertThat(texts(shape, "./wps:spPr/a:ln/@w"))
                                .containsExactly(Long.toString(ChartWriter.emu(outline.stroke().width())));
                        outlined++;
                        m++;
                    }
                } else if (mark instanceof Drawing.Line l) {
                    List<Drawing.Line> run = ChartWriter.lineRun(d.marks(), m);
                    if (run.size() == 1) {
                        assertThat(texts(shape, "./wps:spPr/a:prstGeom/@prst")).containsExactly("line");
                    } else {
                        // consecutive lines of one stroke: one shape, a sub-path for each
                        assertThat(run).allMatch(line -> line.stroke() == l.stroke());
                        assertThat(shape.selectPath(NS + "./wps:spPr/a:custGeom//a:moveTo")).hasSize(run.size());
                        assertThat(shape.selectPath(NS + "./wps:spPr/a:custGeom//a:lnTo")).hasSize(run.size());
                        assertThat(texts(shape, "./wps:spPr/a:custGeom/a:pathLst/a:path/@fill")).containsExactly("none");
                        merged++;
                        m += run.size() - 1;
                    }
                    assertThat(texts(shape, "./wps:spPr/a:ln/@w"))
                            .containsExactly(Long.toString(ChartWriter.emu(l.stroke().width())));
                    assertThat(shape.selectPath(NS + "./wps:spPr/a:ln/a:prstDash")).hasSize(l.stroke().dashed() ? 1 : 0);
                } else if (mark instanceof Drawing.Path) {
                    assertThat(shape.selectPath(NS + "./wps:spPr/a:custGeom")).hasSize(1);
                } else if (mark instanceof Drawing.Label label) {
                    assertThat(texts(shape, "./wps:txbx/w:txbxContent/w:p/w:r/w:t")).containsExactly(label.text());
                    assertThat(texts(shape, "./wps:txbx/w:txbxContent/w:p/w:r/w:rPr/w:sz/@w:val"))
                            .containsExactly(Long.toString(Math.round(label.size() * 2)));
                    assertThat(texts(shape, "./wps:bodyPr/@lIns")).containsExactly("0");
                    labels.add(label.text());
                }
                m++;
            }
            assertThat(m).as("every mark drawn").isEqualTo(d.marks().size());
            assertThat(texts(group, ".//w:txbxContent//w:t")).containsExactlyElementsOf(labels);
        }
        // the wage chart names each area's median, as the wage table does
        assertThat(merged).as("the grid lines are one shape").isPositive();
        assertThat(outlined).as("a solid bar and its outline are one shape").isPositive();
        XmlObject wages = drawings.get(0).getGraphic().getGraphicData();
        assertThat(texts(wages, ".//w:txbxContent//w:t")).contains("$53,460", "$50,250", "United States");
    }

    @Test
    void drawingIdsAreUniqueAcrossTheDocumentAndCountUpFromTheLogo() {
        XWPFDocument branded = DocxTesting.open(DocxTesting.render(Fixtures.compose(Fixtures.flagship(),
                DocxTesting.branded())));
        XmlObject body = branded.getDocument().getBody();
        List<String> drawings = texts(body, ".//wp:docPr/@id");
        List<String> shapes = texts(body, ".//wps:cNvPr/@id");
        // the logo, the QR code, then the two charts, each but the logo followed by its shapes
        assertThat(drawings).hasSize(4).startsWith("1", "2").isSortedAccordingTo(
                Comparator.comparingInt(Integer::parseInt));
        Set<String> all = new HashSet<>(drawings);
        all.addAll(shapes);
        assertThat(all).hasSize(drawings.size() + shapes.size());
        assertThat(texts(body, ".//wp:docPr/@name")).containsExactly("Logo", "QR code", "Chart 1", "Chart 2");
    }

    @Test
    void theQrCodeIsAPictureOfTheAddressWithItsAltTextAndTheLinkedAddressBesideIt() throws IOException {
        TitleBlock.Online online = flagship.titleBlock().online().orElseThrow();
        assertThat(online.url()).isEqualTo("https://www.onetonline.org/link/summary/29-2072.00");
        List<XWPFParagraph> paragraphs = DocxTesting.paragraphs(docx, Styles.ONLINE);
        assertThat(paragraphs).hasSize(1);
        XWPFParagraph p = paragraphs.get(0);
        // after the title's lines, before the first section
        List<XWPFParagraph> all = docx.getParagraphs();
        assertThat(all.get(all.indexOf(p) - 1).getStyle()).isEqualTo(Styles.TITLE_LINE);
        assertThat(p.getText()).contains(online.label() + " " + online.url());

        CTInline inline = p.getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0);
        assertThat(inline.getDocPr().getName()).isEqualTo("QR code");
        assertThat(inline.getDocPr().getDescr()).isEqualTo(online.alt());
        assertThat(inline.getExtent().getCx()).isEqualTo(inline.getExtent().getCy()).isEqualTo(Units.toEMU(64.8));
        assertThat(inline.getGraphic().getGraphicData().getUri()).isEqualTo(ChartWriter.PICTURE_URI);
        List<XWPFPicture> pictures = p.getRuns().get(0).getEmbeddedPictures();
        assertThat(pictures).hasSize(1);
        XWPFPictureData data = pictures.get(0).getPictureData();
        assertThat(data.getPictureTypeEnum()).isEqualTo(PictureType.PNG);
        assertThat(docx.getAllPictures()).containsExactly(data);

        List<String> links = p.getRuns().stream().filter(XWPFHyperlinkRun.class::isInstance)
                .map(r -> ((XWPFHyperlinkRun) r).getHyperlink(docx).getURL()).toList();
        assertThat(links).containsExactly(online.url());

        assertThat(decode(data.getData(), online.code())).isEqualTo(online.url());
    }

    @Test
    void theSameAddressGivesTheSameQrCodeEveryTime() {
        String url = "https://www.onetonline.org/link/summary/29-2072.00";
        assertThat(QrCodes.png(QrCode.of(url))).isEqualTo(QrCodes.png(QrCode.of(url)))
                .isNotEqualTo(QrCodes.png(QrCode.of(url + "?")));
    }

    @Test
    void withoutChartsAndOnlineProfileThereIsNoChartAndNoQrCode() {
        ProfileDocument plain = Fixtures.compose(Fixtures.flagship(),
                Fixtures.options().toBuilder().charts(false).onlineProfile(null).build());
        assertThat(charts(plain)).isEmpty();
        XWPFDocument d = DocxTesting.open(DocxTesting.render(plain));
        assertThat(chartDrawings(d)).isEmpty();
        assertThat(DocxTesting.paragraphs(d, Styles.CHART)).isEmpty();
        assertThat(DocxTesting.paragraphs(d, Styles.ONLINE)).isEmpty();
        assertThat(d.getAllPictures()).isEmpty();
        assertThat(d.getDocument().getBody().selectPath(NS + ".//wpg:wgp")).isEmpty();
    }

    @Test
    void largePrintDrawsTheLargerChartAtItsOwnSize() {
        ProfileDocument large = Fixtures.compose(Fixtures.flagship(),
                Fixtures.options().toBuilder().pageSize(PageSize.A4).largePrint(true).build());
        List<Block.Chart> largeCharts = charts(large);
        byte[] bytes = DocxTesting.render(large);
        DocxTesting.keep("29-2072.00-a4-large.docx", bytes);
        XWPFDocument d = DocxTesting.open(bytes);
        List<CTInline> drawings = chartDrawings(d);
        assertThat(drawings).hasSameSizeAs(largeCharts).isNotEmpty();
        for (int i = 0; i < drawings.size(); i++) {
            assertThat(drawings.get(i).getExtent().getCy()).isEqualTo(ChartWriter.emu(largeCharts.get(i).drawing().height()));
            assertThat(texts(drawings.get(i).getGraphic().getGraphicData(), ".//w:txbxContent//w:sz/@w:val"))
                    .isNotEmpty().allMatch(s -> Integer.parseInt(s) >= 36);
        }
    }

    /**
     * Reads the QR code back from its picture: every module, sampled at its centre, is the ink where the code is
     * dark and white elsewhere, the quiet zone is white, and ZXing decodes the picture.
     */
    private static String decode(byte[] png, QrCode code) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int modules = code.modules();
        int quiet = QrCode.QUIET_ZONE;
        int width = image.getWidth();
        int scale = QrCodes.PIXELS_PER_MODULE;
        assertThat(width).isEqualTo(image.getHeight()).isEqualTo((modules + 2 * quiet) * scale);
        boolean[][] dark = new boolean[modules + 2 * quiet][modules + 2 * quiet];
        for (QrCode.Run r : code.runs()) {
            for (int i = 0; i < r.length(); i++) {
                dark[r.y() + quiet][r.x() + quiet + i] = true;
            }
        }
        for (int y = 0; y < dark.length; y++) {
            for (int x = 0; x < dark.length; x++) {
                for (int[] at : new int[][] {{0, 0}, {scale / 2, scale / 2}, {scale - 1, scale - 1}}) {
                    int rgb = image.getRGB(x * scale + at[0], y * scale + at[1]) & 0xFFFFFF;
                    assertThat(rgb).as("module %d, %d", x, y).isEqualTo(dark[y][x] ? 0x1A1A1A : 0xFFFFFF);
                }
            }
        }
        int[] pixels = image.getRGB(0, 0, width, width, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (ReaderException e) {
            throw new AssertionError("The QR code picture does not decode", e);
        }
    }

}
