package org.occuprint.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.PacketDocument;
import org.occuprint.testing.Fixtures;
import org.xml.sax.InputSource;

/** A client packet as one print-HTML page set: well-formed, unique ids, working contents, the note once. */
class PacketHtmlTest {
    private static final HtmlRenderer RENDERER = new HtmlRenderer();

    private static String html(PacketDocument p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(p, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isWellFormedXhtmlWithUniqueIdsAndContentsThatLinkToThem() throws Exception {
        String html = html(Fixtures.packet());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        Document d = Jsoup.parse(html);
        List<String> ids = d.select("[id]").eachAttr("id");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        List<String> links = d.select("nav.contents a").eachAttr("href");
        assertThat(links).hasSize(Fixtures.packet().contents().entries().size());
        for (String href : links) {
            assertThat(d.getElementById(href.substring(1))).as(href).isNotNull();
        }
    }

    @Test
    void theNoteAndOfficePrintOnceAndEachHandoutStartsAPage() {
        PacketDocument p = Fixtures.packet();
        Document d = Jsoup.parse(html(p));
        assertThat(d.select(".note")).hasSize(1);
        assertThat(d.select(".office")).hasSize(1);
        assertThat(d.select("article.handout")).hasSize(p.handouts().size());
        assertThat(d.select("article.handout h1").eachText())
                .containsExactlyElementsOf(p.handouts().stream().map(h -> h.document().titleBlock().title()).toList());
        assertThat(d.select("style").html()).contains(".handout, .closing { page-break-before: always;");
        Element comparison = d.getElementById("comparison");
        assertThat(comparison.select("th[scope=col]").eachText()).startsWith("Occupation", "Medical Records Specialists");
        assertThat(comparison.text()).contains("$53,460 a year", "Up 7.1% from 2024 to 2034: faster than average");
    }

    @Test
    void markupInTheDataIsText() {
        Document d = Jsoup.parse(html(Fixtures.packet()));
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("#o3 h1").text()).contains("<script>");
    }
}
