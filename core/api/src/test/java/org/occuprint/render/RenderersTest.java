package org.occuprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.testing.Fixtures;

class RenderersTest {

    /** A test renderer: the title as plain text. */
    public static class PlainText implements ProfileRenderer {
        @Override
        public OutputFormat format() {
            return new OutputFormat("txt", "text/plain", "txt", "Plain text");
        }

        @Override
        public void render(ProfileDocument document, OutputStream out) {
            try {
                out.write(document.titleBlock().title().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A second renderer claiming the same id. */
    public static class OtherPlainText extends PlainText {
    }

    private static ClassLoader servicesFrom(String folder) {
        URL root = RenderersTest.class.getResource(folder + "/");
        return new URLClassLoader(new URL[] {root}, RenderersTest.class.getClassLoader());
    }

    @Test
    void discoveryFindsRegisteredRenderers() {
        Renderers r = Renderers.discover(servicesFrom("one-service"));
        assertThat(r.ids()).contains("txt");
        assertThat(r.require("txt")).isInstanceOf(PlainText.class);
        assertThat(r.formats()).extracting(OutputFormat::fileExtension).contains("txt");
    }

    @Test
    void twoRenderersClaimingOneIdFailNamingBoth() {
        assertThatThrownBy(() -> Renderers.discover(servicesFrom("dup-services")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two renderers claim the format id 'txt': org.occuprint.render.RenderersTest$PlainText"
                        + " and org.occuprint.render.RenderersTest$OtherPlainText");
        assertThatThrownBy(() -> Renderers.of(new PlainText(), new OtherPlainText()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'txt'");
    }

    @Test
    void explicitWiringAndUnknownIds() {
        Renderers r = Renderers.of(new PlainText());
        assertThat(r.ids()).containsExactly("txt");
        assertThat(r.get("pdf")).isEmpty();
        assertThatThrownBy(() -> r.require("pdf")).isInstanceOfSatisfying(RenderException.class,
                e -> assertThat(e.formatId()).contains("pdf")).hasMessage("Unknown format 'pdf' (known: txt)");
        assertThat(r.select(java.util.List.of(" TXT", "", "txt"))).hasSize(1);
        assertThatThrownBy(() -> r.select(java.util.List.of("txt", "Pdf"))).isInstanceOf(RenderException.class)
                .hasMessage("Unknown format 'Pdf' (valid: txt)");
        assertThatThrownBy(() -> r.select(java.util.List.of(" "))).isInstanceOf(RenderException.class)
                .hasMessage("No format given (valid: txt)");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        r.require("txt").render(Fixtures.compose(Fixtures.flagship()), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Medical Records Specialists");
    }

    @Test
    void formatIdsAreChecked() {
        assertThatThrownBy(() -> new OutputFormat("PDF", "application/pdf", "pdf", "PDF"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'PDF'");
        assertThatThrownBy(() -> new OutputFormat("pdf", "application/pdf", ".pdf", "PDF"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without the dot");
    }

    @Test
    void coreDependsOnNoRenderingLibrary() {
        for (String name : new String[] {"org.thymeleaf.TemplateEngine", "org.xhtmlrenderer.pdf.ITextRenderer",
                "org.openpdf.text.Document", "com.lowagie.text.Document", "org.apache.poi.xwpf.usermodel.XWPFDocument"}) {
            assertThatThrownBy(() -> Class.forName(name, false, RenderersTest.class.getClassLoader()))
                    .as(name + " must not be on core's class path").isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void renderExceptionNamesProfileAndFormat() {
        RenderException e = RenderException.of("15-1252.00", "docx", "template 'profile.html' not found", null);
        assertThat(e).hasMessage("Cannot render '15-1252.00' as docx: template 'profile.html' not found");
        assertThat(e.formatId()).contains("docx");
        assertThat(e.profileCode()).contains("15-1252.00");
    }
}
