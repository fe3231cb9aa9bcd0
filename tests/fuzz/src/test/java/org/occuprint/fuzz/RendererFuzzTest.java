package org.occuprint.fuzz;

import java.io.ByteArrayOutputStream;

import org.occuprint.compose.ProfileComposer;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.model.Occupation;
import org.occuprint.options.InvalidOptionException;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.RenderException;
import org.occuprint.render.docx.DocxRenderer;
import org.occuprint.render.html.HtmlRenderer;
import org.occuprint.render.pdf.PdfRenderer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Each renderer on valid, fuzzed profiles and options: bytes of its format, or a {@link RenderException} with a
 * one-line message; never another exception. The renderers read only their class-path resources (they have no
 * way to open a file or a connection: see ResourceLoadingTest), so what is checked here is that nothing a
 * profile says can break them.
 */
class RendererFuzzTest {
    private static final ProfileRenderer[] RENDERERS = {new HtmlRenderer(), new PdfRenderer(), new DocxRenderer()};

    @FuzzTest(maxDuration = "60s")
    void rendersOrSaysWhyNot(FuzzedDataProvider data) {
        Occupation o = Profiles.from(data);
        RenderOptions options;
        try {
            options = ComposerFuzzTest.options(data);
        } catch (InvalidOptionException e) {
            return;
        }
        ProfileDocument doc = new ProfileComposer().compose(o, options);
        ProfileRenderer renderer = data.pickValue(RENDERERS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(doc, out);
        } catch (RenderException e) {
            Checks.oneLine(e.getMessage());
            return;
        }
        byte[] b = out.toByteArray();
        String head = new String(b, 0, Math.min(5, b.length), java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean ok = switch (renderer.format().id()) {
            case "pdf" -> head.equals("%PDF-");
            case "docx" -> head.startsWith("PK");
            default -> head.startsWith("<!DOC");
        };
        if (!ok) {
            throw new AssertionError(renderer.format().id() + " wrote something else: " + head);
        }
    }
}
