package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.occuprint.compose.Block;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.options.PageSize;
import org.occuprint.testing.Fixtures;

/**
 * Where pages break: table rows stay whole and the header row repeats on the next page; a heading or a
 * table caption is never the last thing on a page.
 */
class PageBreakTest {
    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("letter", Fixtures.compose(Fixtures.flagship())),
                Arguments.of("a4", Fixtures.compose(Fixtures.flagship(),
                        Fixtures.options().toBuilder().pageSize(PageSize.A4).build())),
                Arguments.of("large-print", Fixtures.compose(Fixtures.flagship(),
                        Fixtures.options().toBuilder().largePrint(true).build())),
                Arguments.of("large-print-a4", Fixtures.compose(Fixtures.flagship(),
                        Fixtures.options().toBuilder().largePrint(true).pageSize(PageSize.A4).build())));
    }

    /** Each page's text without the footer, with white space made single spaces. */
    private static List<String> bodies(byte[] pdf) {
        List<String> pages = Pdfs.pageTexts(pdf);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            bodies.add(pages.get(i).replace(Fixtures.PRINTED_ON, "").replace("Page " + (i + 1) + " of " + pages.size(), ""));
        }
        return bodies;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void tableRowsAreNeverSplitAndHeadersRepeat(String name, ProfileDocument doc) {
        byte[] pdf = Pdfs.render(doc);
        // compared without white space: cells wrap, and PDFBox gives each cell's lines in turn, row by row
        List<String> pages = bodies(pdf).stream().map(PageBreakTest::squeeze).toList();
        for (Section s : doc.sections()) {
            for (Block b : s.blocks()) {
                if (!(b instanceof Block.Table t)) {
                    continue;
                }
                Set<Integer> tablePages = new HashSet<>();
                for (List<String> row : t.rows()) {
                    String whole = squeeze(String.join("", row));
                    int page = -1;
                    for (int i = 0; i < pages.size() && page < 0; i++) {
                        if (pages.get(i).contains(whole)) {
                            page = i;
                        }
                    }
                    assertThat(page).as("%s: the row %s is whole on one page", name, row).isNotNegative();
                    tablePages.add(page);
                }
                String header = squeeze(String.join("", t.columns().stream().map(Block.Column::header).toList()));
                for (int p : tablePages) {
                    assertThat(pages.get(p)).as("%s: the header of '%s' on page %d", name, t.caption(), p + 1)
                            .contains(header);
                }
            }
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noHeadingOrCaptionEndsAPage(String name, ProfileDocument doc) {
        Set<String> headings = new HashSet<>();
        for (Section s : doc.sections()) {
            headings.add(Fixtures.normalize(s.heading()));
            for (Block b : s.blocks()) {
                if (b instanceof Block.Subheading h) {
                    headings.add(Fixtures.normalize(h.text()));
                } else if (b instanceof Block.Table t) {
                    headings.add(Fixtures.normalize(t.caption()));
                }
            }
        }
        byte[] pdf = Pdfs.render(doc);
        Pdfs.keep("breaks-" + name + ".pdf", pdf);
        List<String> pages = bodies(pdf);
        for (int i = 0; i < pages.size() - 1; i++) {
            List<String> lines = pages.get(i).lines().map(Fixtures::normalize).filter(l -> !l.isEmpty()).toList();
            String last = lines.get(lines.size() - 1);
            String lastTwo = lines.size() > 1 ? lines.get(lines.size() - 2) + " " + last : last;
            assertThat(headings).as("%s: the last line of page %d", name, i + 1).doesNotContain(last, lastTwo);
        }
    }
}
