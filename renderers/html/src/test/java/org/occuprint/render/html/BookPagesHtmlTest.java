package org.occuprint.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.BookDocument;
import org.occuprint.compose.GuideComposer;
import org.occuprint.options.RenderOptions;
import org.occuprint.testing.Fixtures;

class BookPagesHtmlTest {
    private static final List<BookDocument.Entry> ENTRIES = List.of(
            new BookDocument.Entry("29-2072.00", "Medical Records Specialists"),
            new BookDocument.Entry("29-1141.00", "Registered Nurses"),
            new BookDocument.Entry("43-6013.00", "Medical Secretaries & Administrative Assistants"));

    private static BookDocument book(RenderOptions options) {
        return new GuideComposer().compose(ENTRIES, List.of(), options);
    }

    private static Document parse(String xhtml) {
        return Jsoup.parse(xhtml, "", Parser.xmlParser());
    }

    @Test
    void firstSliceHasTheCoverTheContentsAndLinkedRows() {
        BookDocument book = book(Fixtures.options());
        int[] pages = IntStream.of(3, 1234, 1240).toArray();
        Document d = parse(new BookPagesHtml(book, s -> s).xhtml(0, 3, pages));

        assertThat(d.select("html").attr("lang")).isEqualTo("en-US");
        assertThat(d.select("html").attr("xml:lang")).isEqualTo("en-US");
        assertThat(d.select(".cover h1").text()).isEqualTo(book.coverTitle());
        assertThat(d.select(".cover p").eachText()).isEqualTo(book.coverLines());
        assertThat(d.select(".cover p").first().className()).isEqualTo("cover-lead");
        assertThat(d.select(".contents > h1").text()).isEqualTo(book.contentsHeading());
        assertThat(d.select("td.t").eachText()).containsExactly("Medical Records Specialists", "Registered Nurses",
                "Medical Secretaries & Administrative Assistants");
        assertThat(d.select("td.t").eachAttr("id")).containsExactly("e0", "e1", "e2");
        assertThat(d.select("td.p").eachText()).containsExactly("3", "1,234", "1,240");
        assertThat(d.select("td.c a").eachAttr("href"))
                .containsExactly("occuprint-book:0c", "occuprint-book:1c", "occuprint-book:2c");
        assertThat(d.select("style").html()).contains("@bottom-left", Fixtures.PRINTED_ON)
                .doesNotContain("@bottom-right").contains("table.toc");
        assertThat(d.select("body").attr("class")).isEmpty();
    }

    @Test
    void laterSlicesHaveOnlyTheirRowsAndHeadingsOfGroupsThatStartInThem() {
        BookDocument book = book(Fixtures.options());
        int[] pages = {3, 9, 15};
        Document d = parse(new BookPagesHtml(book, s -> s).xhtml(1, 3, pages));

        assertThat(d.select(".cover")).isEmpty();
        assertThat(d.select(".contents > h1")).isEmpty();
        assertThat(d.select("td.t").eachAttr("id")).containsExactly("e1", "e2");
        // 29-1141.00 continues the healthcare group begun by row 0: no heading; 43-6013.00 starts its own
        assertThat(d.select("h2").eachText()).containsExactly(book.groups().get(1).title());
    }

    @Test
    void textGoesThroughTheTargetsPrintableMappingAndIsEscaped() {
        BookDocument book = book(Fixtures.options().toBuilder().largePrint(true).build());
        String xhtml = new BookPagesHtml(book, s -> s.replace("Nurses", "N\u25a1rses")).xhtml(0, 3, new int[] {3, 4, 5});
        Document d = parse(xhtml);

        assertThat(d.select("td.t").eachText()).contains("Registered N\u25a1rses");
        assertThat(xhtml).contains("Medical Secretaries &amp; Administrative Assistants");
        assertThat(d.select("body").attr("class")).isEqualTo("large-print");
        assertThat(d.select("style").html()).contains("margin: 0.75in 0.75in 1in 0.75in", "font-size: 14pt");
    }
}
