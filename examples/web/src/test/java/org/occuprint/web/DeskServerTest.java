package org.occuprint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The desk over real HTTP: pages, downloads, and what it refuses. */
class DeskServerTest {
    private static DeskServer desk;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        desk = DeskServer.builder().port(0).build().start();
        base = "http://127.0.0.1:" + desk.port();
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    private static String csrf() throws Exception {
        Document page = Jsoup.parse(text(get("/occupations/29-2072.00")));
        return page.selectFirst("input[name=csrf]").attr("value");
    }

    @Test
    void searchAnswersAsJsonBestFirstWithTheBrightOutlookWords() throws Exception {
        HttpResponse<byte[]> r = get("/api/search?q=medical%20rec");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(text(r)).startsWith("[{\"code\":\"29-2072.00\",\"title\":\"Medical Records Specialists\",\"brightOutlook\":"
                + "\"Bright Outlook occupation: nationally");
        assertThat(text(get("/api/search?q=zzzzqqq"))).isEqualTo("[]");
    }

    @Test
    void theSearchPageWorksWithoutScript() throws Exception {
        HttpResponse<byte[]> r = get("/?q=nurse");
        Document d = Jsoup.parse(text(r));
        assertThat(d.select("#results li a").eachText()).anySatisfy(t -> assertThat(t).contains("Registered Nurses 29-1141.00"));
        assertThat(d.select("#results li")).hasSizeLessThanOrEqualTo(DeskServer.MAX_RESULTS);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self';").doesNotContain("http:", "https:"));
        assertThat(d.select("script[src]").eachAttr("src")).containsExactly("/static/desk.js");
        assertThat(d.select("script:not([src])")).isEmpty();
    }

    @Test
    void thePreviewPageHoldsTheFormAndThePrintHtml() throws Exception {
        Document d = Jsoup.parse(text(get("/occupations/29-2072.00?area=CBSA-40140")));
        assertThat(d.selectFirst("h1").text()).isEqualTo("Medical Records Specialists 29-2072.00");
        Document handout = Jsoup.parse(d.selectFirst("iframe#handout").attr("srcdoc"));
        assertThat(handout.text()).contains("Riverside").contains("Medical Records Specialists");
        assertThat(d.select("input[name=area][checked]").eachAttr("value")).containsExactly("CBSA-40140");
        assertThat(d.select("label")).allSatisfy(l -> assertThat(l.text()).isNotBlank());
    }

    @Test
    void aDownloadTakesTheCommandLinesOptions() throws Exception {
        HttpResponse<byte[]> r = get("/occupations/29-2072.00.pdf?area=CBSA-40140&summary&printed-on=2022-05-21");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("attachment; filename=\"29-2072.00-medical-records-specialists.pdf\""));
        String t = pdfText(r.body());
        assertThat(t).contains("Riverside", "Printed on Saturday, May 21, 2022").doesNotContain("United States 194,800");
        HttpResponse<byte[]> docx = get("/occupations/29-2072.00.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.body()).startsWith((byte) 'P', (byte) 'K');
        HttpResponse<byte[]> html = get("/occupations/29-2072.00.html");
        assertThat(html.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("default-src 'none'"));
    }

    @Test
    void aNotePostedWithTheTokenIsPrintedAndNeverEchoedAsMarkup() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf());
        form.put("note", "Ask Ana <script>alert(1)</script> about March.");
        HttpResponse<byte[]> pdf = post("/occupations/29-2072.00.pdf", form);
        assertThat(pdf.statusCode()).as(text(pdf)).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains("Ask Ana <script>alert(1)</script> about March.");
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document page = Jsoup.parse(text(post("/occupations/29-2072.00", form)));
        Document handout = Jsoup.parse(page.selectFirst("iframe#handout").attr("srcdoc"));
        assertThat(handout.select("script")).isEmpty();
        assertThat(handout.text()).contains("Ask Ana <script>alert(1)</script> about March.");
        assertThat(page.select("a[href]").eachAttr("href")).as("no link carries the note")
                .isNotEmpty().noneMatch(h -> h.contains("Ana") || h.contains("note"));
    }

    @Test
    void aPostWithoutTheTokenOrFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<byte[]> r = post("/occupations/29-2072.00.pdf", Map.of("note", "x"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(text(r)).text()).contains("did not come from this desk");
        HttpResponse<byte[]> other = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/occupations/29-2072.00.pdf"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(other.statusCode()).isEqualTo(403);
    }

    @Test
    void anOversizeBodyIs413() throws Exception {
        String big = "note=" + "a".repeat((int) DeskServer.MAX_REQUEST + 10);
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/occupations/29-2072.00.pdf"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(big))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        try (Socket s = new Socket("127.0.0.1", desk.port())) {
            OutputStream out = s.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 421");
        }
    }

    @Test
    void pathTricksAndUnknownCodesAreNotFound() throws Exception {
        for (String path : new String[] {"/occupations/..%2f..%2fetc%2fpasswd.pdf", "/occupations/../../etc/passwd",
                "/static/../templates/search.html", "/occupations/99-9999.99.pdf", "/occupations/29-2072.00.exe"}) {
            HttpResponse<byte[]> r = get(path);
            assertThat(r.statusCode()).as(path).isBetween(400, 404);
            assertThat(text(r)).as(path).doesNotContain("root:", "th:text");
        }
        HttpResponse<byte[]> unknown = get("/occupations/99-9999.99");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(text(unknown)).select("input[name=q]")).hasSize(1);
    }

    @Test
    void aBadOptionIsA400WithTheCommandLinesMessage() throws Exception {
        HttpResponse<byte[]> r = get("/occupations/29-2072.00.pdf?page-size=tabloid");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(text(r)).selectFirst("p.problem").text()).contains("tabloid");
        assertThat(get("/occupations/29-2072.00.pdf?area=CBSA-99999").statusCode()).isEqualTo(400);
        assertThat(get("/occupations/29-2072.00.pdf?colour=red").statusCode()).isEqualTo(400);
    }

    @Test
    void aPacketDownloadsAsOnePdfWithTheComparisonFirst() throws Exception {
        HttpResponse<byte[]> r = get("/packet.pdf?code=29-2072.00&code=29-9021.00&code=43-6013.00&area=CBSA-40140&area=US");
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"packet.pdf\"");
        try (PDDocument d = Loader.loadPDF(r.body())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setEndPage(1);
            String first = s.getText(d).replaceAll("\\s+", " ");
            assertThat(first).contains("Career packet: 3 occupations compared", "The occupations side by side",
                    "$50,250 a year", "Up 16.6% from 2020");
            assertThat(d.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle())
                    .isEqualTo("The occupations side by side");
        }
        HttpResponse<byte[]> docx = get("/packet.docx?code=29-2072.00&code=29-9021.00");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.body()).startsWith(0x50, 0x4b);
    }

    @Test
    void aPacketNoteIsPostedWithTheTokenAndPrintedOnce() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf());
        form.put("code", "29-2072.00,29-9021.00");
        form.put("note", "For Ana <b>only</b>.");
        HttpResponse<byte[]> r = post("/packet.pdf", form);
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(pdfText(r.body()).split("For Ana <b>only</b>.", -1)).hasSize(2);
        form.remove("csrf");
        assertThat(post("/packet.pdf", form).statusCode()).isEqualTo(403);
    }

    @Test
    void thePacketPageListsTheOccupationsWithLinksToReorderAndCompares() throws Exception {
        Document page = Jsoup.parse(text(get("/packet?code=29-2072.00&code=29-9021.00&code=29-2072.00&area=US")));
        assertThat(page.select("ol.packet > li .code").eachText()).containsExactly("29-2072.00", "29-9021.00");
        assertThat(page.select("ol.packet a[aria-label^=Move]").eachAttr("href"))
                .containsExactly("/packet?code=29-9021.00&code=29-2072.00&area=US",
                        "/packet?code=29-9021.00&code=29-2072.00&area=US");
        assertThat(page.select("ol.packet a[aria-label^=Remove]").eachAttr("href"))
                .containsExactly("/packet?code=29-9021.00&area=US", "/packet?code=29-2072.00&area=US");
        assertThat(page.select("table.comparison th[scope=col]").eachText())
                .containsExactly("Occupation", "Medical Records Specialists",
                        "Health Information Technologists and Medical Registrars");
        assertThat(page.select("table.comparison").text()).contains("Median wage, United States", "$50,250 a year")
                .doesNotContain("Riverside");
        Document one = Jsoup.parse(text(get("/packet?code=29-2072.00")));
        assertThat(one.text()).contains("Add at least one more occupation");
        assertThat(one.select("table")).isEmpty();
    }

    @Test
    void badPacketsAreA400NamingTheCodes() throws Exception {
        HttpResponse<byte[]> r = get("/packet.pdf?code=29-2072.00&code=11-9999.00&code=nurse");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(text(r)).text()).contains("Unknown occupation codes 11-9999.00, nurse");
        StringBuilder many = new StringBuilder("/packet.pdf?code=29-2072.00");
        for (int i = 0; i < 20; i++) {
            many.append("&code=29-2072.00");
        }
        HttpResponse<byte[]> big = get(many.toString());
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(text(big)).contains("at most 20 occupations");
        assertThat(get("/packet.pdf?code=29-2072.00").statusCode()).isEqualTo(400);
    }

    @Test
    void whenEveryRenderSlotIsBusyTheDeskAnswers503WithRetryAfter() throws Exception {
        try (DeskServer small = DeskServer.builder().port(0).renderSlots(1).renderWait(java.time.Duration.ZERO).build().start()) {
            URI packet = URI.create("http://127.0.0.1:" + small.port()
                    + "/packet.pdf?code=29-2072.00&code=29-9021.00&code=43-6013.00&code=29-1141.00");
            List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                all.add(HTTP.sendAsync(HttpRequest.newBuilder(packet).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
            }
            List<HttpResponse<byte[]>> answers = all.stream().map(java.util.concurrent.CompletableFuture::join).toList();
            assertThat(answers).extracting(HttpResponse::statusCode).contains(200, 503).containsOnly(200, 503);
            HttpResponse<byte[]> busy = answers.stream().filter(r -> r.statusCode() == 503).findFirst().orElseThrow();
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(Jsoup.parse(text(busy)).text()).contains("try again in a moment");
        }
    }
}
