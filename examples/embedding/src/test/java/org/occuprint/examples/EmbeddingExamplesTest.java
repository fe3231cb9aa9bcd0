package org.occuprint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.Occuprint;
import org.occuprint.render.Renderers;
import org.occuprint.testing.Fixtures;

class EmbeddingExamplesTest {
    @TempDir
    Path dir;

    @Test
    void renderOneHandoutWritesAPdf() throws Exception {
        RenderOneHandout.main(new String[] {Fixtures.root().resolve("examples/profiles/29-2072.00.json").toString(), dir.toString()});
        Path pdf = dir.resolve("29-2072.00-medical-records-specialists.pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void customRendererIsFoundThroughServiceLoader() {
        assertThat(Renderers.discover().ids()).contains("html", "pdf", "docx", "md");
        String md = new String(Occuprint.render(Fixtures.flagship(), Fixtures.options(), "md"), StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Medical Records Specialists\n").contains("\n## Wages\n")
                .contains("| United States | Annual | $41,600 | $50,250 | $64,070 |").contains(Fixtures.PRINTED_ON);
    }

    @Test
    void serverStreamsEachFormatWithItsMediaType() throws Exception {
        HandoutServer server = new HandoutServer(0, List.of(Fixtures.flagship())).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + "/profiles/29-2072.00.";
            HttpResponse<byte[]> pdf = client.send(HttpRequest.newBuilder(URI.create(base + "pdf")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
            assertThat(pdf.body()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
            HttpResponse<String> md = client.send(HttpRequest.newBuilder(URI.create(base + "md")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(md.headers().firstValue("Content-Type")).contains("text/markdown");
            HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(base.replace("2072", "9999") + "pdf")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
        } finally {
            server.stop();
        }
    }
}
