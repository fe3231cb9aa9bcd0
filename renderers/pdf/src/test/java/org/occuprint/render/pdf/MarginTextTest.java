package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.options.PageSize;
import org.occuprint.testing.Fixtures;

/**
 * No text hides in the page margins. Flying Saucer paints a line on every page its box reaches into,
 * clipped to the page's content area: text whose glyph box pokes out of its line (as headings' did with
 * Flying Saucer's own font metrics) was painted, invisible but extractable, in the bottom margin of the
 * page before, so screen readers and text extraction read it twice. Only the footer may print there.
 */
class MarginTextTest {
    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("letter", Fixtures.compose(Fixtures.flagship()), 0.8f),
                Arguments.of("a4", Fixtures.compose(Fixtures.flagship(),
                        Fixtures.options().toBuilder().pageSize(PageSize.A4).build()), 0.8f),
                Arguments.of("large-print", Fixtures.compose(Fixtures.flagship(),
                        Fixtures.options().toBuilder().largePrint(true).build()), 1f),
                Arguments.of("hostile", Fixtures.compose(Fixtures.resource("hostile.json")), 0.8f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void onlyTheFooterPrintsInTheMargins(String name, ProfileDocument doc, float bottomInches) throws IOException {
        byte[] pdf = Pdfs.render(doc);
        try (PDDocument d = Pdfs.load(pdf)) {
            int pages = d.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                float height = d.getPage(p - 1).getMediaBox().getHeight();
                float contentTop = 0.75f * 72;
                float contentBottom = height - bottomInches * 72;
                List<String> inMargins = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition t : positions) {
                            float baseline = t.getYDirAdj();
                            if (baseline < contentTop || baseline - t.getHeightDir() > contentBottom) {
                                inMargins.add(text);
                                return;
                            }
                        }
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.writeText(d, new StringWriter());
                String footer = Fixtures.PRINTED_ON + " Page " + p + " of " + pages;
                assertThat(String.join(" ", inMargins)).as("%s page %d", name, p).isEqualTo(footer);
            }
        }
    }
}
