package org.occuprint.render.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.occuprint.compose.DocumentInfo;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.Footer;
import org.occuprint.compose.PacketDocument;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.render.OutputFormat;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.RenderException;
import org.occuprint.render.html.HtmlRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;
import org.xml.sax.SAXException;

import com.lowagie.text.ExceptionConverter;

/**
 * Writes a composed profile as PDF: the print-HTML's XHTML and print stylesheet, laid out by Flying
 * Saucer and written by OpenPDF.
 *
 * <pre>{@code
 * ProfileDocument doc = new ProfileComposer().compose(occupation, options);
 * try (OutputStream out = Files.newOutputStream(Path.of("profile.pdf"))) {
 *     new PdfRenderer().render(doc, out);
 * }
 * }</pre>
 *
 * <p>Every page has the footer of the shared stylesheet (the print date, "Page N of M"); every font is a
 * Liberation font, embedded and subset, so text outside Latin-1 prints as itself; a character no embedded
 * font has prints as {@code □} and is reported as a warning (logger {@code org.occuprint.render.pdf.PdfRenderer})
 * naming the character and the profile. The outline has one entry per section. The metadata (information
 * dictionary, XMP, {@code /Lang}) comes from the document's {@link org.occuprint.compose.DocumentInfo};
 * the dates are the print date, and the file identifier is a hash of the input, so the same document gives
 * the same bytes. Links print for {@code http(s):} and {@code mailto:} addresses only, and nothing is
 * loaded from the file system or the network.
 *
 * <p>By default ({@link PdfOptions#tagged()}) the PDF is tagged and conforms to PDF/UA-1 and PDF/A-2u: its
 * structure tree gives the headings, paragraphs, lists, tables (with header scopes), links and the logo
 * (with its alternative text) in reading order, and the footer, backgrounds and borders are artifacts. A
 * {@code □} printed for a character no font has reads, for assistive technology, as the original text.
 *
 * <p>Thread-safe; create one and share it. The fonts are loaded once per JVM, on first use.
 *
 * @since 0.1
 */
public final class PdfRenderer implements ProfileRenderer {
    /** The PDF format: id {@code pdf}. */
    public static final OutputFormat FORMAT = new OutputFormat("pdf", "application/pdf", "pdf", "PDF");

    /** Changes whenever a change here changes the bytes for the same input, so file ids change too. */
    private static final String OUTPUT_VERSION = "occuprint-pdf/3";
    private static final float DOTS_PER_POINT = ITextRenderer.DEFAULT_DOTS_PER_POINT;
    private static final int DOTS_PER_PIXEL = ITextRenderer.DEFAULT_DOTS_PER_PIXEL;

    /** See {@link #pdfStylesheet()}. */
    static final String PDF_CSS = String.join("\n",
            // Flying Saucer's default stylesheet predates HTML5: without this, these elements are inline,
            // headings get empty anonymous blocks as neighbours and "page-break-after: avoid" fails
            "header, main, section, aside, nav, article, footer, figure, figcaption { display: block; }",
            // Flying Saucer lets "break-word" shrink a table column below its longest word (browsers do
            // not), so words in cells stay whole; a cell with a very long word is marked to break it
            "td, th, caption { word-wrap: normal; }",
            "." + XhtmlForPdf.BREAK_WORD + " { word-wrap: break-word; }",
            "." + XhtmlForPdf.PAGE_BREAK + " { page-break-before: always; }",
            "." + XhtmlForPdf.KEEP + " { page-break-inside: avoid; }",
            // Flying Saucer places a drawn bullet from the item's box and first inline box, which puts it
            // too high on items that wrap and between the pages on an item split by a page break; a bullet
            // character set on the first line's baseline, hanging in the list's indent, sits where a
            // browser puts it
            "ul { list-style-type: none; }",
            "ul > li { text-indent: -0.95em; }",
            "ul > li::before { content: \"\\2022\"; display: inline-block; width: 0.95em; text-indent: 0; }",
            "");

    private final PdfOptions options;
    private final HtmlRenderer html = new HtmlRenderer();

    /** A renderer with {@link PdfOptions#defaults()}. */
    public PdfRenderer() {
        this(PdfOptions.defaults());
    }

    /** A renderer with these options. */
    public PdfRenderer(PdfOptions options) {
        this.options = notNull(options, "options");
    }

    /** The options; never {@code null}. */
    public PdfOptions options() {
        return options;
    }

    /** The class and its options: {@code PdfRenderer[PdfOptions[...]]}. */
    @Override
    public String settings() {
        return "PdfRenderer[" + options + "]";
    }

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    /**
     * Writes the document as PDF to {@code out}, which is flushed but not closed.
     *
     * @throws RenderException      if the document cannot be laid out or written (the message names the
     *                              profile and the reason)
     * @throws NullPointerException if an argument is {@code null}
     */
    @Override
    public void render(ProfileDocument document, OutputStream out) {
        notNull(document, "document");
        notNull(out, "out");
        List<Drawing> drawings = new ArrayList<>();
        String xhtml = xhtml(document.info(), () -> html.toXhtml(document, drawings));
        List<XhtmlForPdf.Bookmark> outline = document.sections().stream()
                .map(sec -> new XhtmlForPdf.Bookmark(sec.heading(), sec.anchor(), List.of())).toList();
        write(new Job(document.info(), document.footer(), outline, null, drawings), xhtml, out);
    }

    @Override
    public boolean supportsPackets() {
        return true;
    }

    /**
     * Writes a client packet as one PDF: the first page with the contents (each entry's page number printed),
     * then each handout from a new page, page labels through the whole packet, and an outline with the
     * comparison, each occupation (its sections under it) and the closing part. Tagged like a single profile.
     *
     * @throws RenderException      if the packet cannot be laid out or written
     * @throws NullPointerException if an argument is {@code null}
     */
    @Override
    public void render(PacketDocument packet, OutputStream out) {
        notNull(packet, "packet");
        notNull(out, "out");
        List<Drawing> drawings = new ArrayList<>();
        String xhtml = xhtml(packet.info(), () -> html.toXhtml(packet, drawings));
        List<XhtmlForPdf.Bookmark> outline = new ArrayList<>();
        outline.add(new XhtmlForPdf.Bookmark(packet.comparison().heading(), packet.comparison().anchor(), List.of()));
        for (PacketDocument.Handout h : packet.handouts()) {
            outline.add(new XhtmlForPdf.Bookmark(h.document().titleBlock().title(), h.anchor(), h.document().sections()
                    .stream().map(sec -> new XhtmlForPdf.Bookmark(sec.heading(), sec.anchor(), List.of())).toList()));
        }
        packet.closing().forEach(sec -> outline.add(new XhtmlForPdf.Bookmark(sec.heading(), sec.anchor(), List.of())));
        write(new Job(packet.info(), packet.footer(), outline, packet.contents(), drawings), xhtml, out);
    }

    /** The print-HTML, or a PDF error that says the print-HTML could not be made. */
    private static String xhtml(DocumentInfo info, Supplier<String> make) {
        try {
            return make.get();
        } catch (RenderException e) {
            throw RenderException.of(info.code(), FORMAT.id(), "the print-HTML could not be made: " + e.getMessage(), e);
        }
    }

    /**
     * What a document gives the layout besides its XHTML; {@code contents} only for a packet; {@code drawings}
     * the drawings that the XHTML's empty {@code svg} elements number.
     */
    private record Job(DocumentInfo info, Footer footer, List<XhtmlForPdf.Bookmark> outline,
            PacketDocument.@Nullable Contents contents, List<Drawing> drawings) {
    }

    private void write(Job job, String xhtml, OutputStream out) {
        String code = job.info().code();
        try {
            layOut(job, xhtml, out, code);
        } catch (SAXException e) {
            throw RenderException.of(code, FORMAT.id(), "the print-HTML is not well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw RenderException.of(code, FORMAT.id(), "cannot write: " + e.getMessage(), e);
        } catch (RuntimeException | ExceptionInInitializerError | NoClassDefFoundError
                | StackOverflowError e) {
            IOException io = ioCause(e);
            if (io != null) {
                // OpenPDF wraps write errors in its unchecked ExceptionConverter
                throw RenderException.of(code, FORMAT.id(), "cannot write: " + io.getMessage(), e);
            }
            throw RenderException.of(code, FORMAT.id(), "layout failed: " + e, e);
        }
    }

    private static @Nullable IOException ioCause(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (t instanceof IOException io) {
                return io;
            }
            t = t instanceof ExceptionConverter converter ? converter.getException() : t.getCause();
        }
        return null;
    }

    private void layOut(Job job, String xhtml, OutputStream out, String code) throws SAXException, IOException {
        PdfFonts fonts = PdfFonts.get();
        Document dom = XhtmlForPdf.parse(xhtml);
        XhtmlForPdf.limitLinks(dom);
        SvgDrawings.attach(dom, job.drawings());
        XhtmlForPdf.dropWhitespaceBetweenBlocks(dom);
        XhtmlForPdf.markLongWordCells(dom);
        XhtmlForPdf.keepShortTablesWhole(dom);
        XhtmlForPdf.addOutlineTree(dom, job.outline());
        XhtmlForPdf.addStylesheet(dom, pdfStylesheet());
        XhtmlForPdf.replaceUnprintable(dom, job.footer(), code, fonts);
        if (job.contents() != null) {
            ContentsPages.prepare(dom);
        }

        byte[] hash = hash(xhtml, job.drawings());
        PdfMetadata metadata = new PdfMetadata(job.info(), Arrays.copyOf(hash, 16));

        boolean tagged = options.tagged();
        ITextRenderer renderer = layout(dom, fonts, code, tagged);
        // a table too wide for the page: let its header words break, and if that is not enough, all its
        // words (figures last: "194,8|00" misleads)
        for (int pass = 0; pass < 2; pass++) {
            List<Element> wide = WideTables.find(renderer.getRootBox());
            if (wide.isEmpty()) {
                break;
            }
            XhtmlForPdf.allowBrokenWords(wide, pass == 1);
            renderer = layout(dom, fonts, code, tagged);
        }
        // a caption left at the foot of a page: start its table (and the headings above it) on the next
        List<Element> stranded = StrandedCaptions.find(renderer.getRootBox());
        if (!stranded.isEmpty()) {
            XhtmlForPdf.breakBefore(stranded);
            renderer = layout(dom, fonts, code, tagged);
        }
        // a packet's contents print the page each part starts on; printing them moves nothing below them,
        // which another layout confirms
        if (job.contents() != null) {
            for (int pass = 0; ContentsPages.fill(dom, renderer.getRootBox(), job.contents(), job.info().locale()); pass++) {
                if (pass == 3) {
                    throw new IllegalStateException("The contents' page numbers do not settle");
                }
                renderer = layout(dom, fonts, code, tagged);
            }
        }
        renderer.setListener(new Listener(metadata, options.xmpMetadata(), tagged ? dom : null));

        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        SubsetTags.begin(ByteBuffer.wrap(hash, 16, 8).getLong());
        try {
            renderer.createPDF(buffered);
        } finally {
            SubsetTags.end();
        }
        buffered.flush();
    }

    private static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> "The parameter '" + name + "' must not be null.");
    }

    /** A new Flying Saucer renderer with the document laid out, for untagged output. */
    static ITextRenderer layout(Document dom, PdfFonts fonts, String profileCode) {
        return layout(dom, fonts, profileCode, false);
    }

    /** A new Flying Saucer renderer with the document laid out; with {@code tagged}, ready to tag. */
    static ITextRenderer layout(Document dom, PdfFonts fonts, String profileCode, boolean tagged) {
        ITextRenderer renderer = newRenderer(fonts, profileCode, tagged);
        renderer.setDocument(dom, ClasspathOnlyUserAgent.BASE_URL,
                new ProfileNamespaceHandler(dom.getDocumentElement().getAttribute("lang")));
        renderer.layout();
        return renderer;
    }

    /**
     * A Flying Saucer renderer for one document, with the project's fonts, font metrics, line breaking
     * and user agent; with {@code tagged}, its output device can tag what it paints.
     */
    static ITextRenderer newRenderer(PdfFonts fonts, String profileCode, boolean tagged) {
        ITextOutputDevice device = tagged ? new TaggingOutputDevice(DOTS_PER_POINT) : new ITextOutputDevice(DOTS_PER_POINT);
        ClasspathOnlyUserAgent agent = new ClasspathOnlyUserAgent(device, DOTS_PER_PIXEL, profileCode);
        ITextRenderer renderer = new ITextRenderer(DOTS_PER_POINT, DOTS_PER_PIXEL, device, agent,
                new LiberationFontResolver(fonts), new DrawingElement.Factory(device, fonts, DOTS_PER_POINT),
                new TypographicTextRenderer());
        renderer.getSharedContext().setLineBreakingStrategy(new WordKeepingLineBreaks());
        return renderer;
    }

    /**
     * Rules for the PDF only, after the shared stylesheet: corrections for Flying Saucer 9.13, which
     * browsers do not need.
     */
    private String pdfStylesheet() {
        StringBuilder css = new StringBuilder(PDF_CSS);
        if (!options.pageNumbers()) {
            css.append("@page { @bottom-right { content: none; } }\n");
        }
        return css.toString();
    }

    /**
     * SHA-256 of everything that decides the bytes: the XHTML, its drawings, the options and this code's version.
     */
    private byte[] hash(String xhtml, List<Drawing> drawings) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((OUTPUT_VERSION + '\n' + options + '\n').getBytes(StandardCharsets.UTF_8));
            md.update(xhtml.getBytes(StandardCharsets.UTF_8));
            SvgDrawings.digest(md, drawings);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Sets the metadata, and for a tagged PDF the conformance settings, at the moments Flying Saucer
     * offers; starts and finishes the tagging of a tagged PDF.
     */
    private static final class Listener implements PDFCreationListener {
        private final PdfMetadata metadata;
        private final boolean xmp;
        /** The document when tagged, else {@code null}. */
        private final @Nullable Document tagged;

        Listener(PdfMetadata metadata, boolean xmp, @Nullable Document tagged) {
            this.metadata = metadata;
            this.xmp = xmp;
            this.tagged = tagged;
        }

        @Override
        public void preOpen(ITextRenderer renderer) {
            com.lowagie.text.pdf.PdfWriter w = writer(renderer);
            metadata.beforeOpen(w, xmp || tagged != null, tagged != null);
            if (tagged != null) {
                Conformance.beforeOpen(w);
                TaggingOutputDevice.beforeOpen(w);
            }
        }

        @Override
        public void preWrite(ITextRenderer renderer, int pageCount) {
            // the information dictionary is written in onClose, after Flying Saucer's own values
            if (tagged != null) {
                com.lowagie.text.pdf.PdfWriter w = writer(renderer);
                Conformance.addOutputIntent(w);
                device(renderer).beginTagging(w, tagged);
            }
        }

        @Override
        public void onClose(ITextRenderer renderer) {
            if (tagged != null) {
                device(renderer).finishTagging();
            }
            metadata.beforeClose(writer(renderer));
        }

        private static TaggingOutputDevice device(ITextRenderer renderer) {
            return (TaggingOutputDevice) renderer.getOutputDevice();
        }

        private static com.lowagie.text.pdf.PdfWriter writer(ITextRenderer renderer) {
            com.lowagie.text.pdf.PdfWriter w = renderer.getWriter();
            if (w == null) {
                throw new IllegalStateException("Flying Saucer has no PDF writer yet");
            }
            return w;
        }
    }
}
