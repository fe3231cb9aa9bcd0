package org.occuprint.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.occuprint.compose.Drawing;
import org.occuprint.compose.Layout;
import org.occuprint.compose.PacketDocument;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.render.OutputFormat;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.RenderException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a composed profile as print-ready HTML: well-formed XHTML (UTF-8) with {@code lang}, a
 * {@code <title>}, one {@code h1}, section {@code h2}s, table headers with {@code scope}, and an embedded
 * print stylesheet whose {@code @page} margin boxes print the footer on every page.
 *
 * <pre>{@code
 * ProfileDocument doc = new ProfileComposer().compose(occupation, options);
 * try (OutputStream out = Files.newOutputStream(Path.of("profile.html"))) {
 *     new HtmlRenderer().render(doc, out);
 * }
 * }</pre>
 *
 * <p>All text is escaped by the template engine; the only unescaped insertion is the generated
 * stylesheet, whose data (the footer text) is escaped as CSS. Thread-safe; create one and share it.
 *
 * @since 0.1
 */
public final class HtmlRenderer implements ProfileRenderer {
    /** The print-HTML format: id {@code html}. */
    public static final OutputFormat FORMAT = new OutputFormat("html", "text/html", "html", "Print-ready HTML");

    private static final String TEMPLATE_FOLDER = "org/occuprint/render/html/templates/";

    private final TemplateEngine engine;

    public HtmlRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlRenderer.class.getClassLoader());
        resolver.setPrefix(TEMPLATE_FOLDER);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** The template engine, shared with the guide's index page. */
    TemplateEngine engine() {
        return engine;
    }

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    @Override
    public void render(ProfileDocument document, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(document, w);
            w.flush();
        } catch (IOException e) {
            throw RenderException.of(document.info().code(), FORMAT.id(), "cannot write: " + e.getMessage(), e);
        }
    }

    /** The document as an XHTML string. */
    public String toXhtml(ProfileDocument document) {
        StringWriter w = new StringWriter(32 * 1024);
        write(document, w);
        return w.toString();
    }

    /**
     * The document as an XHTML string for a renderer that paints the drawings itself (the PDF's): each drawing
     * is an empty {@code svg} element, with its size, class and accessible name as in the print-HTML but no
     * marks, whose {@code data-drawing} attribute is the drawing's index in {@code drawings}, to which this
     * adds the drawings in document order. The marks of a QR code and two charts are some 40 kB of SVG, which
     * the PDF's XML parser would read only to make the same drawings again.
     *
     * @throws RenderException if the template fails
     * @since 0.6
     */
    public String toXhtml(ProfileDocument document, List<Drawing> drawings) {
        Objects.requireNonNull(drawings, "drawings");
        StringWriter w = new StringWriter(32 * 1024);
        write(document, w, new HtmlView(drawings));
        return w.toString();
    }

    /**
     * Writes the document as XHTML to a character stream; does not close it.
     *
     * @throws RenderException if the template fails
     */
    public void write(ProfileDocument document, Writer out) {
        write(document, out, new HtmlView());
    }

    private void write(ProfileDocument document, Writer out, HtmlView view) {
        try {
            engine.process("profile", context(document, view), out);
        } catch (TemplateEngineException | UncheckedIOException e) {
            throw RenderException.of(document.info().code(), FORMAT.id(), "template 'profile.html' failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean supportsPackets() {
        return true;
    }

    /**
     * Writes a client packet as one print-ready page set: the first page, then each handout and the closing
     * part from a new page when printed.
     */
    @Override
    public void render(PacketDocument packet, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(packet, w);
            w.flush();
        } catch (IOException e) {
            throw RenderException.of(packet.info().code(), FORMAT.id(), "cannot write: " + e.getMessage(), e);
        }
    }

    /** The packet as an XHTML string. */
    public String toXhtml(PacketDocument packet) {
        StringWriter w = new StringWriter(128 * 1024);
        write(packet, w);
        return w.toString();
    }

    /**
     * The packet as an XHTML string whose drawings are empty and numbered, as
     * {@link #toXhtml(ProfileDocument, List)} writes them; adds the drawings to {@code drawings} in order.
     *
     * @throws RenderException if the template fails
     * @since 0.6
     */
    public String toXhtml(PacketDocument packet, List<Drawing> drawings) {
        Objects.requireNonNull(drawings, "drawings");
        StringWriter w = new StringWriter(128 * 1024);
        write(packet, w, new HtmlView(drawings));
        return w.toString();
    }

    /**
     * Writes the packet as XHTML to a character stream; does not close it.
     *
     * @throws RenderException if the template fails
     */
    public void write(PacketDocument packet, Writer out) {
        write(packet, out, new HtmlView());
    }

    private void write(PacketDocument packet, Writer out, HtmlView view) {
        try {
            Context ctx = new Context(packet.info().locale(), Map.of(
                    "packet", packet,
                    "view", view,
                    "stylesheet", PrintStylesheet.of(packet),
                    "keywords", String.join(", ", packet.info().keywords()),
                    "printDate", packet.info().printDate().toString(),
                    "bodyClass", bodyClass(packet.layout())));
            engine.process("packet", ctx, out);
        } catch (TemplateEngineException | UncheckedIOException e) {
            throw RenderException.of(packet.info().code(), FORMAT.id(), "template 'packet.html' failed: "
                    + e.getMessage(), e);
        }
    }

    private static String bodyClass(Layout layout) {
        return "page-" + layout.pageSize().id() + (layout.largePrint() ? " large-print" : "");
    }

    private static Context context(ProfileDocument doc, HtmlView view) {
        Locale locale = doc.info().locale();
        String bodyClass = bodyClass(doc.layout());
        Context ctx = new Context(locale, Map.of(
                "doc", doc,
                "view", view,
                "stylesheet", PrintStylesheet.of(doc),
                "keywords", String.join(", ", doc.info().keywords()),
                "printDate", doc.info().printDate().toString(),
                "bodyClass", bodyClass));
        return ctx;
    }
}
