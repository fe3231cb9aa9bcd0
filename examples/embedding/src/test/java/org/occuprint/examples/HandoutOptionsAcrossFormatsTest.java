package org.occuprint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occuprint.Occuprint;
import org.occuprint.options.Detail;
import org.occuprint.options.PageSize;
import org.occuprint.options.RenderOptions;
import org.occuprint.options.SectionId;
import org.occuprint.testing.Fixtures;

/** Each handout option reaches each format: checked on the text each format's own reader extracts. */
class HandoutOptionsAcrossFormatsTest {

    static String text(String format, byte[] bytes) throws IOException {
        switch (format) {
            case "html":
                return Fixtures.normalize(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).body().text());
            case "pdf":
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    return Fixtures.normalize(new PDFTextStripper().getText(pdf));
                }
            case "docx":
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                        XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                    return Fixtures.normalize(ex.getText());
                }
            default:
                throw new IllegalArgumentException(format);
        }
    }

    static String render(String format, RenderOptions options) throws IOException {
        return text(format, Occuprint.render(Fixtures.flagship(), options, format));
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "pdf", "docx"})
    void omittedSectionsAreAbsentAndTheRestPresent(String format) throws Exception {
        String t = render(format, Fixtures.options().toBuilder().omit(SectionId.SKILLS, SectionId.BENEFITS).build());
        assertThat(t).doesNotContain("Important skills", "These skills matter most")
                .doesNotContain("Benefits depend on the employer")
                .contains("Will this job fit me?", "Job outlook", "About this handout");
        String only = render(format, Fixtures.options().toBuilder().sections(List.of(SectionId.WAGES)).build());
        assertThat(only).contains("Wages, 2024", "Medical Records Specialists", "About this handout")
                .doesNotContain("What would I do?", "Job outlook");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "pdf", "docx"})
    void noteOfficeAndAgencyArePrinted(String format) throws Exception {
        String t = render(format, Fixtures.options().toBuilder().note("Ask Ana about the coding class.\nBring your résumé.")
                .office("Riverside Job Center\n(951) 555-0100").agency("Inland Empire WDB").build());
        assertThat(t).contains("A note from your counselor", "Ask Ana about the coding class.", "Bring your résumé.")
                .contains("Riverside Job Center", "(951) 555-0100")
                .contains("do not constitute an endorsement by Inland Empire WDB.")
                .contains("Inland Empire WDB prepared this handout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "pdf", "docx"})
    void areasFollowTheOptions(String format) throws Exception {
        String t = render(format, Fixtures.options().toBuilder().areas(List.of("US", "ST-06")).build());
        assertThat(t).contains("$50,250", "Wage data are not available for California.").doesNotContain("$53,460");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "pdf", "docx"})
    void summaryLeavesOutTheDetail(String format) throws Exception {
        String t = render(format, Fixtures.options().toBuilder().detail(Detail.SUMMARY).build());
        assertThat(t).contains("What would I do?", "Wages, 2024", "Typical education needed to enter", "Related occupations")
                .doesNotContain("Important skills", "Working conditions", "Benefits", "Other sources of information");
    }

    /**
     * The summary without pictures keeps to two Letter pages; its wage chart may take it onto a third, as long
     * as the chart prints (a counselor who needs two pages leaves the chart out).
     */
    @Test
    void summaryPdfIsAtMostTwoLetterPagesWithoutItsChart() throws Exception {
        RenderOptions summary = Fixtures.options().toBuilder().detail(Detail.SUMMARY).build();
        byte[] plain = Occuprint.render(Fixtures.flagship(), summary.toBuilder().charts(false).build(), "pdf");
        byte[] charted = Occuprint.render(Fixtures.flagship(), summary, "pdf");
        try (PDDocument d = Loader.loadPDF(plain); PDDocument c = Loader.loadPDF(charted)) {
            assertThat(d.getNumberOfPages()).isLessThanOrEqualTo(2);
            assertThat(d.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(c.getNumberOfPages()).isLessThanOrEqualTo(3);
            assertThat(new PDFTextStripper().getText(c)).contains("Annual wages, 2024: the middle half and the median")
                    .doesNotContain("Projected change in employment");
        }
    }

    @Test
    void largePrintPdfSetsBodyTextAtLeast18Points() throws Exception {
        RenderOptions large = Fixtures.options().toBuilder().largePrint(true).build();
        byte[] pdf = Occuprint.render(Fixtures.flagship(), large, "pdf");
        byte[] normal = Occuprint.render(Fixtures.flagship(), Fixtures.options(), "pdf");
        List<Float> sizes = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf); PDDocument n = Loader.loadPDF(normal)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (text.contains("Medical records specialists look after")) {
                        positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
                    }
                    super.writeString(text, positions);
                }
            };
            s.getText(d);
            assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(18f));
            assertThat(d.getNumberOfPages()).isGreaterThan(n.getNumberOfPages());
        }
    }

    @Test
    void a4ReachesPdfAndDocx() throws Exception {
        RenderOptions a4 = Fixtures.options().toBuilder().pageSize(PageSize.A4).build();
        try (PDDocument d = Loader.loadPDF(Occuprint.render(Fixtures.flagship(), a4, "pdf"))) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Occuprint.render(Fixtures.flagship(), a4, "docx")))) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
    }
}
