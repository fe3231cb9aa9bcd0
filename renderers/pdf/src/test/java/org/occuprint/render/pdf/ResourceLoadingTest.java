package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.options.Logo;
import org.occuprint.options.RenderOptions;
import org.occuprint.testing.Fixtures;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.resource.CSSResource;

/** The user agent loads Flying Saucer's own stylesheet and data: images, and nothing else. */
class ResourceLoadingTest {
    private static ClasspathOnlyUserAgent agent() {
        return new ClasspathOnlyUserAgent(new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT), 20, "00-0000.00");
    }

    static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0x0b3d61);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void fileAndWebResourcesAreRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.css"), "body { color: red }");
        ClasspathOnlyUserAgent ua = agent();
        assertThat(ua.getImageResource(secret.toUri().toString()).getImage()).isNull();
        assertThat(ua.getImageResource("https://example.org/logo.png").getImage()).isNull();
        assertThat(ua.getImageResource("logo.png").getImage()).isNull();
        assertThat(ua.getBinaryResource(secret.toUri().toString())).isNull();
        assertThat(read(ua.getCSSResource(secret.toUri().toString()))).isEmpty();
        assertThat(read(ua.getCSSResource("classpath:org/occuprint/render/html/print.css"))).isEmpty();
        assertThatThrownBy(() -> ua.getXMLResource(secret.toUri().toString())).isInstanceOf(IllegalArgumentException.class);
        assertThat(ua.getImageResource("data:image/svg+xml;base64,PHN2Zy8+").getImage()).isNull();
    }

    @Test
    void flyingSaucersStylesheetAndDataImagesAreAllowed() throws IOException {
        ClasspathOnlyUserAgent ua = agent();
        String uaCss = new org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler().getDefaultStylesheet().orElseThrow().getUri();
        assertThat(read(ua.getCSSResource(uaCss))).contains("display");
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
        assertThat(ua.getImageResource(data).getImage()).isNotNull();
    }

    @Test
    void aDocumentThatAsksForWebResourcesRendersWithoutConnecting() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort() + "/";
            String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                    + "<link rel=\"stylesheet\" href=\"" + base + "a.css\"/>"
                    + "<style>@import url(\"" + base + "b.css\"); @font-face { font-family: X; src: url(\"" + base
                    + "x.ttf\"); } body { background-image: url(\"" + base + "bg.png\"); font-family: X }</style>"
                    + "</head><body><p>Text</p><img src=\"" + base + "c.png\" alt=\"c\"/>"
                    + "<img src=\"file:///etc/hostname\" alt=\"d\"/></body></html>";
            Document dom = XhtmlForPdf.parse(xhtml);
            ITextRenderer r = PdfRenderer.layout(dom, PdfFonts.get(), "00-0000.00");
            r.createPDF(ByteArrayOutputStream.nullOutputStream());
            server.setSoTimeout(300);
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void theLogoPrintsFromItsDataUri() throws IOException {
        RenderOptions options = Fixtures.options().toBuilder().logo(Logo.of(png())).agency("EDD")
                .office("Inland Empire office\n(951) 555-0100").build();
        byte[] pdf = Pdfs.render(Fixtures.compose(Fixtures.flagship(), options));
        Pdfs.keep("29-2072.00-logo.pdf", pdf);
        try (PDDocument doc = Pdfs.load(pdf)) {
            PDPage first = doc.getPage(0);
            boolean image = false;
            for (COSName n : first.getResources().getXObjectNames()) {
                image |= first.getResources().isImageXObject(n);
            }
            assertThat(image).isTrue();
        }
        assertThat(Pdfs.pageTexts(pdf).get(0)).contains("Inland Empire office", "(951) 555-0100");
    }

    private static String read(CSSResource css) throws IOException {
        try (InputStream in = css.getResourceInputSource().getByteStream()) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
