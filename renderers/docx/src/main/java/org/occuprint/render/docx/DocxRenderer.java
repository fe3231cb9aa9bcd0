package org.occuprint.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.occuprint.compose.DocumentInfo;
import org.occuprint.compose.Footer;
import org.occuprint.compose.Layout;
import org.occuprint.compose.PacketDocument;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.render.OutputFormat;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.RenderException;

/**
 * Writes a composed profile as an editable Word document (DOCX) with Apache POI.
 *
 * <p>The document is meant to be opened, amended and printed from Word or LibreOffice Writer:
 * <ul>
 *   <li>every paragraph has a named style defined in the document (Title, Heading 2 and 3, List Bullet
 *       on a real numbering definition, caption, notice, table text, footer) over a default font (Arial,
 *       see {@link DocxOptions}), size, spacing and language;</li>
 *   <li>section headings carry bookmarks named after the section anchors ({@code finding-work} becomes
 *       {@code finding_work}, as Word allows no dashes);</li>
 *   <li>tables have a caption, a repeating header row, rows that do not split, right-aligned figures
 *       and fixed widths that fill the text width;</li>
 *   <li>charts are native DrawingML groups of shapes and text boxes, editable in Word and LibreOffice,
 *       described by their text alternatives; the online profile's address is printed with its QR code;</li>
 *   <li>every page's footer prints the print date and "Page N of M" from {@code PAGE} and
 *       {@code NUMPAGES} fields;</li>
 *   <li>link targets are real hyperlinks that LibreOffice's PDF export keeps, with the address printed
 *       after the link text;</li>
 *   <li>core properties (title, subject, keywords, author, language, dates from the print date) are set,
 *       and the same document always gives the same bytes.</li>
 * </ul>
 *
 * <pre>{@code
 * ProfileDocument doc = new ProfileComposer().compose(occupation, options);
 * try (OutputStream out = Files.newOutputStream(Path.of("profile.docx"))) {
 *     new DocxRenderer().render(doc, out);
 * }
 * }</pre>
 *
 * <p>Thread-safe; create one and share it. Registered for {@link java.util.ServiceLoader} under the
 * format id {@code docx}.
 *
 * @since 0.1
 */
public final class DocxRenderer implements ProfileRenderer {
    /** The DOCX format: id {@code docx}. */
    public static final OutputFormat FORMAT = new OutputFormat("docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word document (DOCX)");

    private final DocxOptions options;

    /** A renderer with {@link DocxOptions#defaults()}. */
    public DocxRenderer() {
        this(DocxOptions.defaults());
    }

    /** A renderer with these options; never {@code null}. */
    public DocxRenderer(DocxOptions options) {
        this.options = Objects.requireNonNull(options, "The parameter 'options' must not be null.");
    }

    /** The options this renderer uses. */
    public DocxOptions options() {
        return options;
    }

    /** The class and its options: {@code DocxRenderer[DocxOptions[...]]}. */
    @Override
    public String settings() {
        return "DocxRenderer[" + options + "]";
    }

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    /**
     * Writes the document as DOCX.
     *
     * @throws RenderException     if the document cannot be built or {@code out} cannot be written; nothing
     *                              else escapes for a non-null document and stream
     * @throws NullPointerException if {@code document} or {@code out} is {@code null}
     */
    @Override
    public void render(ProfileDocument document, OutputStream out) {
        Objects.requireNonNull(document, "The parameter 'document' must not be null.");
        Objects.requireNonNull(out, "The parameter 'out' must not be null.");
        write(document.info(), document.layout(), document.footer(),
                body -> body.write(document.titleBlock(), document.sections()), out);
    }

    @Override
    public boolean supportsPackets() {
        return true;
    }

    /**
     * Writes a client packet as one DOCX: the first page (title block, contents linked to the parts'
     * bookmarks, comparison), each handout from a new page, the shared closing part from a new page; the
     * footer's page fields run through the packet.
     *
     * @throws RenderException      if the packet cannot be built or written
     * @throws NullPointerException if an argument is {@code null}
     */
    @Override
    public void render(PacketDocument packet, OutputStream out) {
        Objects.requireNonNull(packet, "The parameter 'packet' must not be null.");
        Objects.requireNonNull(out, "The parameter 'out' must not be null.");
        write(packet.info(), packet.layout(), packet.footer(), body -> body.write(packet), out);
    }

    /** What goes between the document's set-up and its page set-up. */
    @FunctionalInterface
    private interface Body {
        void write(BodyWriter body) throws IOException,
                org.apache.poi.openxml4j.exceptions.InvalidFormatException;
    }

    private void write(DocumentInfo info, Layout layout, Footer footer, Body body, OutputStream out) {
        String code = info.code();
        byte[] bytes;
        try (SplicingDocument doc = new SplicingDocument()) {
            setUp(doc, layout, info);
            PageGeometry page = PageGeometry.of(layout);
            body.write(new BodyWriter(doc, page, Typography.of(layout)));
            PageSetup.install(doc, page, footer);
            bytes = ReproducibleZip.bytes(doc);
        } catch (IOException | RuntimeException e) {
            throw RenderException.of(code, FORMAT.id(), "cannot build the document: " + e, e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw RenderException.of(code, FORMAT.id(), "the logo image was refused: " + e.getMessage(), e);
        }
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw RenderException.of(code, FORMAT.id(), "cannot write to the output stream: " + e.getMessage(), e);
        }
    }

    /** Numbering, styles, settings and properties: everything but the body and page setup. */
    private void setUp(XWPFDocument doc, Layout layout, DocumentInfo info) {
        Typography type = Typography.of(layout);
        String font = options.fontFamily();
        BigInteger bullets = BulletNumbering.install(doc, type, font);
        Styles.install(doc, type, PageGeometry.of(layout), font, info.languageTag(), bullets);
        WordSettings.install(doc);
        DocumentProperties.install(doc, info);
    }
}
