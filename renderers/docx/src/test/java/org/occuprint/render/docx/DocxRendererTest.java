package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.Block;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.options.PageSize;
import org.occuprint.render.RenderException;
import org.occuprint.render.Renderers;
import org.occuprint.testing.Fixtures;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

class DocxRendererTest {
    private static ProfileDocument flagship;
    private static XWPFDocument docx;

    @BeforeAll
    static void renderFlagship() {
        flagship = Fixtures.compose(Fixtures.flagship());
        byte[] bytes = DocxTesting.render(flagship);
        DocxTesting.keep("29-2072.00.docx", bytes);
        docx = DocxTesting.open(bytes);
    }

    private static <T extends Block> List<T> blocks(ProfileDocument doc, Class<T> kind) {
        return doc.sections().stream().flatMap(s -> s.blocks().stream()).filter(kind::isInstance).map(kind::cast)
                .toList();
    }

    @Test
    void titleIsTheOnlyTitleParagraphAndSectionsAreHeadingTwo() {
        assertThat(DocxTesting.paragraphs(docx, Styles.TITLE)).extracting(XWPFParagraph::getText)
                .containsExactly("Medical Records Specialists");
        assertThat(DocxTesting.paragraphs(docx, Styles.SECTION)).extracting(XWPFParagraph::getText)
                .containsExactlyElementsOf(flagship.sections().stream().map(Section::heading).toList())
                .contains("What would I do?", "Wages", "Other sources of information", "About this handout");
        assertThat(DocxTesting.paragraphs(docx, Styles.SUBSECTION)).extracting(XWPFParagraph::getText)
                .containsExactlyElementsOf(blocks(flagship, Block.Subheading.class).stream().map(Block.Subheading::text)
                        .toList());
    }

    @Test
    void headingStylesAreWordsOwnWithOutlineLevels() {
        assertThat(docx.getStyles().getStyle(Styles.SECTION).getName()).isEqualTo("heading 2");
        assertThat(docx.getStyles().getStyle(Styles.SUBSECTION).getName()).isEqualTo("heading 3");
        assertThat(docx.getStyles().getStyle(Styles.TITLE).getCTStyle().getPPr().getOutlineLvl().getVal())
                .isEqualTo(BigInteger.ZERO);
        assertThat(docx.getStyles().getStyle(Styles.SECTION).getCTStyle().getPPr().getOutlineLvl().getVal())
                .isEqualTo(BigInteger.ONE);
        for (String id : List.of(Styles.NORMAL, Styles.CAPTION, Styles.LIST, Styles.NOTICE, Styles.TABLE,
                Styles.TABLE_TEXT, Styles.TABLE_HEADING, Styles.TABLE_NOTE, Styles.FOOTER, Styles.HYPERLINK, Styles.STRONG)) {
            assertThat(docx.getStyles().styleExist(id)).as(id).isTrue();
        }
    }

    @Test
    void noTextIsMadeBoldByHand() {
        for (XWPFParagraph p : docx.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                assertThat(r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfBArray() > 0)
                        .as("direct bold in '%s'", p.getText()).isFalse();
            }
        }
    }

    @Test
    void sectionHeadingsCarryBookmarksNamedAfterTheirAnchors() {
        List<String> names = new ArrayList<>();
        for (XWPFParagraph p : DocxTesting.paragraphs(docx, Styles.SECTION)) {
            for (CTBookmark b : p.getCTP().getBookmarkStartList()) {
                names.add(b.getName());
            }
        }
        assertThat(names).containsExactlyElementsOf(
                flagship.sections().stream().map(s -> s.anchor().replace('-', '_')).toList());
        assertThat(names).contains("summary", "finding_work", "about");
    }

    @Test
    void footerHasThePrintDateAndPageFields() {
        List<XWPFFooter> footers = docx.getFooterList();
        assertThat(footers).hasSize(1);
        assertThat(docx.getHeaderFooterPolicy().getDefaultFooter()).isNotNull();
        XWPFParagraph p = footers.get(0).getParagraphs().get(0);
        assertThat(p.getStyle()).isEqualTo(Styles.FOOTER);
        assertThat(p.getText()).startsWith(Fixtures.PRINTED_ON + "\t" + flagship.footer().before());
        List<String> instructions = new ArrayList<>();
        for (CTR r : p.getCTP().getRList()) {
            for (CTText t : r.getInstrTextList()) {
                instructions.add(t.getStringValue().trim());
            }
        }
        assertThat(instructions).containsExactly("PAGE", "NUMPAGES");
    }

    @Test
    void tablesHaveCaptionsRepeatingHeadersUnsplittableRowsAndFullWidth() {
        List<Block.Table> expected = blocks(flagship, Block.Table.class);
        List<XWPFTable> tables = docx.getTables();
        assertThat(tables).hasSize(expected.size()).isNotEmpty();
        int textWidth = PageGeometry.of(flagship.layout()).textWidth();
        List<IBodyElement> body = docx.getBodyElements();
        for (int i = 0; i < tables.size(); i++) {
            XWPFTable t = tables.get(i);
            Block.Table b = expected.get(i);
            IBodyElement before = body.get(body.indexOf(t) - 1);
            assertThat(before).isInstanceOf(XWPFParagraph.class);
            assertThat(((XWPFParagraph) before).getStyle()).isEqualTo(Styles.CAPTION);
            assertThat(((XWPFParagraph) before).getText()).isEqualTo(b.caption());
            assertThat(t.getStyleID()).isEqualTo(Styles.TABLE);
            assertThat(t.getCTTbl().getTblPr().getTblCaption().getVal()).isEqualTo(b.caption());
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getRows()).allMatch(XWPFTableRow::isCantSplitRow);
            assertThat(t.getRows().stream().skip(1)).noneMatch(XWPFTableRow::isRepeatHeader);
            assertThat(t.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum()).isEqualTo(textWidth);
            for (int c = 0; c < b.columns().size(); c++) {
                ParagraphAlignment expectedAlignment = b.columns().get(c).numeric() ? ParagraphAlignment.RIGHT
                        : ParagraphAlignment.LEFT;
                for (XWPFTableRow row : t.getRows()) {
                    assertThat(row.getCell(c).getParagraphs().get(0).getAlignment()).isEqualTo(expectedAlignment);
                }
            }
            assertThat(t.getRow(0).getCell(0).getParagraphs().get(0).getStyle()).isEqualTo(Styles.TABLE_HEADING);
        }
    }

    @Test
    void linksAreExternalHyperlinksInTheHyperlinkStyle() throws Exception {
        List<String> hrefs = new ArrayList<>();
        hrefs.add(flagship.titleBlock().online().orElseThrow().url()); // beside the QR code
        blocks(flagship, Block.LinkList.class).stream().flatMap(l -> l.items().stream())
                .flatMap(i -> i.href().stream()).forEach(hrefs::add);
        assertThat(hrefs).hasSizeGreaterThan(1);
        List<String> linked = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (r instanceof XWPFHyperlinkRun h) {
                    assertThat(h.getStyle()).isEqualTo(Styles.HYPERLINK);
                    linked.add(h.getHyperlink(docx).getURL());
                }
            }
        }
        assertThat(linked).containsExactlyElementsOf(hrefs);
        for (PackageRelationship rel : docx.getPackagePart()
                .getRelationshipsByType("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink")) {
            assertThat(rel.getTargetMode()).isEqualTo(TargetMode.EXTERNAL);
        }
    }

    @Test
    void coreAndAppPropertiesComeFromTheDocumentInfo() {
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("Medical Records Specialists");
        assertThat(core.getSubject()).isEqualTo(flagship.info().subject());
        assertThat(core.getKeywords()).isEqualTo(String.join(", ", flagship.info().keywords())).contains("29-2072.00");
        assertThat(core.getCreator()).isEqualTo(flagship.info().author());
        assertThat(core.getLastModifiedByUser()).isEqualTo("Occuprint");
        assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en-US");
        assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2022-05-21T00:00:00Z"));
        assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2022-05-21T00:00:00Z"));
        assertThat(docx.getProperties().getExtendedProperties().getApplication()).isEqualTo("Occuprint");
    }

    @Test
    void defaultsNameTheLanguageFontAndBodySize() {
        CTDocDefaults d = docx.getStyles().getCtStyles().getDocDefaults();
        assertThat(d.getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo("en-US");
        assertThat(d.getRPrDefault().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Arial");
        assertThat(d.getRPrDefault().getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(21));
    }

    @Test
    void letterPageWithThreeQuarterInchMargins() {
        CTSectPr sect = docx.getDocument().getBody().getSectPr();
        assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(12240));
        assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(15840));
        assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1080));
        assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1080));
        assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1080));
    }

    @Test
    void a4AndLargePrintReachThePageAndTheStyles() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship(),
                Fixtures.options().toBuilder().pageSize(PageSize.A4).largePrint(true).build());
        XWPFDocument large = DocxTesting.open(DocxTesting.render(doc));
        CTPageSz size = large.getDocument().getBody().getSectPr().getPgSz();
        assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
        int body = ((BigInteger) large.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getSzArray(0)
                .getVal()).intValue();
        assertThat(body).isGreaterThanOrEqualTo(36);
        for (String id : List.of(Styles.TITLE, Styles.SECTION, Styles.SUBSECTION)) {
            int heading = ((BigInteger) large.getStyles().getStyle(id).getCTStyle().getRPr().getSzArray(0).getVal())
                    .intValue();
            assertThat(heading).as(id).isGreaterThan(body);
        }
        for (String id : List.of(Styles.TABLE_NOTE, Styles.NOTICE)) {
            int size2 = ((BigInteger) large.getStyles().getStyle(id).getCTStyle().getRPr().getSzArray(0).getVal())
                    .intValue();
            assertThat(size2).as(id).isGreaterThanOrEqualTo(36);
        }
    }

    @Test
    void brandingPrintsOfficeLinesANoteAndALogoWithAltText() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship(), DocxTesting.branded());
        byte[] bytes = DocxTesting.render(doc);
        DocxTesting.keep("29-2072.00-branded.docx", bytes);
        XWPFDocument branded = DocxTesting.open(bytes);
        assertThat(branded.getAllPictures()).hasSize(2); // the logo and the QR code
        String alt = doc.titleBlock().logo().orElseThrow().alt();
        String qrAlt = doc.titleBlock().online().orElseThrow().alt();
        List<String> descriptions = new ArrayList<>();
        for (XWPFParagraph p : DocxTesting.paragraphs(branded, Styles.LOGO)) {
            for (XWPFRun r : p.getRuns()) {
                r.getEmbeddedPictures().forEach(pic -> descriptions.add(pic.getDescription()));
                r.getCTR().getDrawingList().forEach(d -> d.getInlineList()
                        .forEach(i -> assertThat(i.getDocPr().getDescr()).isEqualTo(alt)));
            }
        }
        assertThat(descriptions).containsExactly(alt);
        assertThat(DocxTesting.paragraphs(branded, Styles.ONLINE).get(0).getRuns().get(0).getCTR().getDrawingArray(0)
                .getInlineArray(0).getDocPr().getDescr()).isEqualTo(qrAlt);
        assertThat(DocxTesting.paragraphs(branded, Styles.OFFICE)).extracting(XWPFParagraph::getText)
                .containsExactly("Inland Empire Job Center\n123 Main Street, Riverside, CA\n(951) 555-0100");
        assertThat(DocxTesting.paragraphs(branded, Styles.NOTE_HEADING)).extracting(XWPFParagraph::getText)
                .containsExactly(doc.titleBlock().note().orElseThrow().heading());
        assertThat(DocxTesting.paragraphs(branded, Styles.NOTE)).extracting(XWPFParagraph::getText)
                .containsExactly("Maria: bring your resume on Tuesday.\nAsk about the medical coding class.");
        assertThat(branded.getStyles().getStyle(Styles.NOTE).getCTStyle().getPPr().getPBdr().isSetLeft()).isTrue();
        assertThat(branded.getTables()).hasSameSizeAs(docx.getTables()); // the note is no layout table
        assertThat(branded.getProperties().getCoreProperties().getCreator()).isEqualTo("EDD");
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        byte[] first = DocxTesting.render(Fixtures.compose(Fixtures.flagship(), DocxTesting.branded()));
        byte[] second = DocxTesting.render(Fixtures.compose(Fixtures.flagship(), DocxTesting.branded()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void renderingOnSeveralThreadsGivesTheSameBytes() {
        byte[] expected = DocxTesting.render(flagship);
        List<byte[]> results = Stream.generate(() -> flagship).limit(8).parallel().map(DocxTesting::render).toList();
        assertThat(results).allSatisfy(b -> assertThat(b).isEqualTo(expected));
    }

    @Test
    void discoveryFindsTheDocxRenderer() {
        assertThat(Renderers.discover().require("docx")).isInstanceOf(DocxRenderer.class);
        assertThat(new DocxRenderer().format().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(new DocxRenderer().format().fileExtension()).isEqualTo("docx");
    }

    @Test
    void aFailingStreamBecomesARenderException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> DocxTesting.RENDERER.render(flagship, broken))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("29-2072.00").hasMessageContaining("docx").hasMessageContaining("disk full")
                .satisfies(e -> {
                    assertThat(((RenderException) e).formatId()).contains("docx");
                    assertThat(((RenderException) e).profileCode()).contains("29-2072.00");
                });
    }

    @Test
    void optionsRejectABlankFont() {
        assertThatThrownBy(() -> new DocxOptions(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fontFamily");
        XWPFDocument calibri = DocxTesting.open(DocxTesting.render(flagship, new DocxRenderer(
                DocxOptions.defaults().withFontFamily("Calibri"))));
        assertThat(calibri.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0)
                .getAscii()).isEqualTo("Calibri");
    }
}
