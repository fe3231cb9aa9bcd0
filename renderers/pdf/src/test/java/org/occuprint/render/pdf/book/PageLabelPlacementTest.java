package org.occuprint.render.pdf.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.occuprint.guide.GuideEntry;
import org.occuprint.options.PageSize;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.pdf.PdfRenderer;
import org.occuprint.testing.Fixtures;

/** The book's page labels and the cover's print date sit where a single profile prints its own, in its type. */
class PageLabelPlacementTest {
    @TempDir
    Path dir;

    /** A run of footer text as PDFBox reads it. */
    record Run(String text, float left, float right, float baseline, float size, String font) {
    }

    private static List<Run> footer(PDDocument pdf, int page) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.startsWith("Page ") || text.startsWith("Printed on")) {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    runs.add(new Run(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                            first.getPageHeight() - first.getYDirAdj(), first.getFontSizeInPt(),
                            first.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "")));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return runs;
    }

    @ParameterizedTest
    @CsvSource({"LETTER, false", "A4, true"})
    void labelsAndDatesMatchASingleProfile(PageSize size, boolean largePrint) throws IOException {
        RenderOptions options = Books.options().toBuilder().pageSize(size).largePrint(largePrint).build();
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        new PdfRenderer().render(Fixtures.compose(Fixtures.flagship(), options), single);
        Path book = dir.resolve("book.pdf");
        Books.runner(book, List.of(GuideEntry.of(Fixtures.flagship()))).options(options).build().run();
        Books.keep(book, "guide-1-" + size + (largePrint ? "-large" : "") + ".pdf");

        try (PDDocument one = Loader.loadPDF(single.toByteArray()); PDDocument bound = Books.load(book)) {
            List<Run> expected = footer(one, 2);
            assertThat(expected).extracting(Run::text).containsExactly(Fixtures.PRINTED_ON, "Page 2 of " + one.getNumberOfPages());
            int n = bound.getNumberOfPages();
            for (int page : new int[] {1, 2, 4, n}) {
                List<Run> actual = footer(bound, page);
                assertThat(actual).extracting(Run::text).containsExactly(Fixtures.PRINTED_ON, "Page " + page + " of " + n);
                for (int i = 0; i < 2; i++) {
                    Run e = expected.get(i);
                    Run a = actual.get(i);
                    assertThat(a.font()).as("page %d: %s", page, a.text()).isEqualTo(e.font()).isEqualTo("LiberationSans");
                    assertThat(a.size()).as("page %d: %s", page, a.text()).isCloseTo(e.size(), within(0.01f));
                    assertThat(a.baseline()).as("page %d: %s", page, a.text()).isCloseTo(e.baseline(), within(0.05f));
                }
                assertThat(actual.get(0).left()).isCloseTo(expected.get(0).left(), within(0.05f));
                assertThat(actual.get(1).right()).isCloseTo(expected.get(1).right(), within(0.05f));
            }
        }
    }
}
