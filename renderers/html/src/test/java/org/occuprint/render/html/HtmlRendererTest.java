package org.occuprint.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.QrCode;
import org.occuprint.model.Occupation;
import org.occuprint.options.PageSize;
import org.occuprint.options.RenderOptions;
import org.occuprint.options.SectionId;
import org.occuprint.render.Renderers;
import org.occuprint.testing.Fixtures;
import org.xml.sax.InputSource;

class HtmlRendererTest {
    private static final HtmlRenderer RENDERER = new HtmlRenderer();

    static byte[] render(ProfileDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(doc, out);
        return out.toByteArray();
    }

    static Document parse(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    private static void writeForInspection(String name, byte[] bytes) throws Exception {
        Path dir = Path.of("target", "html-out");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }

    @Test
    void flagshipHasTitleFooterHeadingsAndRealFigures() throws Exception {
        byte[] html = render(Fixtures.compose(Fixtures.flagship()));
        writeForInspection("29-2072.00.html", html);
        Document d = parse(html);
        assertThat(d.title()).isEqualTo("Medical Records Specialists");
        assertThat(d.select("html").attr("lang")).isEqualTo("en-US");
        assertThat(d.select("h1")).hasSize(1);
        assertThat(d.select("h1").text()).isEqualTo("Medical Records Specialists");
        assertThat(d.select("h2").eachText()).containsExactly("What would I do?", "Tasks", "Important skills",
                "Tools and technology", "Working conditions", "Will this job fit me?", "Wages", "Benefits",
                "Job outlook", "How do I get ready?", "Where can this job lead?", "How do I find a job?",
                "Related occupations", "Other sources of information", "About this handout");
        String css = d.select("style").html();
        assertThat(css).contains("Printed on Saturday, May 21, 2022").contains("counter(page)").contains("counter(pages)")
                .contains("size: letter");
        String text = d.body().text();
        assertThat(text).contains("$50,250", "$24.16", "$41,600", "$64,070", "$20.00", "$30.80", "$53,460", "$25.70",
                "194,800", "208,600", "13,800", "7.1%", "14,200")
                .contains("These links are provided for your convenience and do not constitute an endorsement by the publisher")
                .doesNotContain("N/A", "null");
        // "$0" starts the wage chart's scale; no wage reads "$0"
        d.select("svg").remove();
        assertThat(d.body().text()).doesNotContain("$0 ");
        assertThat(parse(render(Fixtures.compose(Fixtures.flagship()))).select("svg[role=img][aria-label]")).hasSize(3);
    }

    @Test
    void forARendererThatPaintsThemTheDrawingsAreEmptyNumberedSvgElementsWithTheSameAttributes() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        List<Drawing> drawings = new ArrayList<>();
        Document placeholders = Jsoup.parse(RENDERER.toXhtml(doc, drawings));
        Document full = parse(render(doc));
        List<Element> empty = placeholders.select("svg");
        List<Element> drawn = full.select("svg");
        assertThat(empty).hasSize(3).hasSameSizeAs(drawn).hasSameSizeAs(drawings);
        for (int i = 0; i < empty.size(); i++) {
            Element e = empty.get(i);
            assertThat(e.childNodeSize()).isZero();
            assertThat(e.attr("data-drawing")).isEqualTo(Integer.toString(i));
            e.removeAttr("data-drawing");
            assertThat(e.attributes()).isEqualTo(drawn.get(i).attributes());
            assertThat(drawn.get(i).children()).hasSize(drawings.get(i).marks().size());
        }
        // in document order: the QR code in the title block, then the wage chart and the outlook chart
        assertThat(drawings.get(0)).isEqualTo(doc.titleBlock().online().orElseThrow().code()
                .drawing(QrCode.PRINTED_SIZE));
        assertThat(placeholders.select("svg").get(1).attr("aria-label")).startsWith("Annual wages, 2024");
        // the rest of the page is the print-HTML's
        placeholders.select("svg").remove();
        full.select("svg").remove();
        assertThat(placeholders.body().html()).isEqualTo(full.body().html());
    }

    @Test
    void agencyIsNamedInTheLinkDisclaimer() {
        RenderOptions options = Fixtures.options().toBuilder().agency("EDD").build();
        Document d = parse(render(Fixtures.compose(Fixtures.flagship(), options)));
        assertThat(d.select(".notice").eachText()).contains(
                "These links are provided for your convenience and do not constitute an endorsement by EDD.");
        assertThat(d.select("meta[name=author]").attr("content")).isEqualTo("EDD");
    }

    @Test
    void outputIsWellFormedXhtml() throws Exception {
        for (Occupation o : List.of(Fixtures.flagship(), Fixtures.resource("hostile.json"), Fixtures.resource("unicode.json"))) {
            String xhtml = RENDERER.toXhtml(Fixtures.compose(o));
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            org.w3c.dom.Document dom = f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
            assertThat(dom.getDocumentElement().getLocalName()).isEqualTo("html");
        }
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        assertThat(render(doc)).isEqualTo(render(Fixtures.compose(Fixtures.flagship())));
    }

    @Test
    void hostileTextIsEscapedAndUnsafeLinksAreNotLinks() throws Exception {
        byte[] html = render(Fixtures.compose(Fixtures.resource("hostile.json")));
        writeForInspection("hostile.html", html);
        Document d = parse(html);
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("img")).isEmpty();
        assertThat(d.select("b, i, em")).isEmpty();
        assertThat(d.select("h1").text()).isEqualTo("Hostile <b>Test</b> & \"Friends\" <script>alert('x')</script>");
        List<String> hrefs = d.select("a").eachAttr("href");
        // the online profile beside the QR code, then the profile's own links
        assertThat(hrefs).containsExactly("https://www.onetonline.org/link/summary/99-9999.01",
                "https://example.org/path?a=1&b=%3C2%3E", "mailto:someone@example.org");
        assertThat(d.body().text()).contains("javascript:alert(document.cookie)", "file:///etc/passwd")
                .contains("BellNullEscape").doesNotContain("\u0007").doesNotContain("\u0000");
    }

    @Test
    void tableHeadersCarryScope() {
        Document d = parse(render(Fixtures.compose(Fixtures.flagship())));
        for (Element th : d.select("thead th")) {
            assertThat(th.attr("scope")).isEqualTo("col");
        }
        assertThat(d.select("tbody th[scope=row]")).isNotEmpty();
        assertThat(d.select("td.num")).isNotEmpty();
    }

    @Test
    void pageSizeAndLargePrintReachTheStylesheet() {
        RenderOptions options = Fixtures.options().toBuilder().pageSize(PageSize.A4).largePrint(true).build();
        Document d = parse(render(Fixtures.compose(Fixtures.flagship(), options)));
        assertThat(d.select("style").html()).contains("size: A4").contains(".large-print { font-size: 18pt;");
        assertThat(d.body().hasClass("large-print")).isTrue();
    }

    @Test
    void omittedSectionsAreAbsent() {
        RenderOptions options = Fixtures.options().toBuilder().omit(SectionId.WAGES, SectionId.TECHNOLOGY).build();
        Document d = parse(render(Fixtures.compose(Fixtures.flagship(), options)));
        assertThat(d.select("section#wages, section#technology")).isEmpty();
        assertThat(d.select("section#tasks")).hasSize(1);
    }

    @Test
    void discoveryFindsTheHtmlRenderer() {
        assertThat(Renderers.discover().require("html")).isInstanceOf(HtmlRenderer.class);
        assertThatCode(() -> Renderers.discover().require("html").format()).doesNotThrowAnyException();
    }
}
