package org.occuprint.render.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.occuprint.compose.BookDocument;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.render.BookBinder;
import org.occuprint.render.BookPart;
import org.occuprint.render.RenderException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNull;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import com.lowagie.text.pdf.SimpleBookmark;

/**
 * Binds a full guide into one PDF: a cover, the contents (every occupation with the page it starts on,
 * grouped by SOC major group, each entry a link to that page), then every profile from a new page. Page
 * labels ("Page 1,234 of 4,321") run through the whole book, at the bottom right where a single profile
 * prints its own; the print date stays at the bottom left of every page. The outline has the cover, the
 * contents, and each group with its occupations and each occupation with its sections.
 *
 * <pre>{@code
 * GuideReport report = GuideRunner.builder()
 *         .entries(entries)
 *         .options(options)
 *         .book(Path.of("guide.pdf"), new PdfBookBinder())
 *         .build()
 *         .run();
 * }</pre>
 *
 * <p>With {@link PdfOptions#tagged()} (the default) the parts and the cover and contents are tagged PDFs, and
 * the book is one too, conforming to PDF/UA-1 and PDF/A-2u: {@link TaggedPdfCopy} merges their structure
 * trees under one Document (the front matter and each profile a Part); the page labels and dot leaders are
 * artifacts.
 *
 * <p>Memory: the parts (each profile rendered alone, without page labels) are read from disk one at a time,
 * their objects as they are copied, and copied page by page with OpenPDF's {@link PdfCopy}; the outline is
 * written item by item as the profiles are copied; the cover and contents are laid out in pieces of at most
 * {@value BookFrontMatter#PIECE_ENTRIES} entries; OpenPDF's cross-reference table is replaced by a compact one
 * ({@link BookXrefTable}). What still grows with the number of profiles is small: 8 bytes per PDF object
 * (about 400 per tagged profile), an entry per page and link in a tagged book's parent tree, a reference
 * per page, and the written contents (a few hundred bytes per entry) until they are copied.
 *
 * <p>The book is byte-for-byte the same for the same parts and words: the dates are the print date, the
 * file identifier and the font subset tags derive from a hash of the contents and of the parts' own
 * identifiers (which {@link PdfRenderer} derives from their input).
 *
 * <p>Thread-safe: {@link #renderPart} may be called from several threads, and separate books may be bound at
 * the same time.
 *
 * @since 0.1
 */
public final class PdfBookBinder implements BookBinder {
    /** Changes whenever a change here changes the bytes for the same input, so file ids change too. */
    private static final String OUTPUT_VERSION = "occuprint-pdf-book/1";

    private final PdfOptions options;
    private final PdfRenderer parts;
    private final boolean compactXref;

    /** A binder with {@link PdfOptions#defaults()} for the book (XMP metadata on). */
    public PdfBookBinder() {
        this(PdfOptions.defaults());
    }

    /**
     * A binder with these options for the book. The parts are always rendered without page numbers (the
     * book numbers its pages) and without XMP (only their pages are copied).
     */
    public PdfBookBinder(PdfOptions options) {
        this(options, true);
    }

    /** With {@code compactXref} off, OpenPDF keeps its own cross-reference table (for tests: the same bytes). */
    PdfBookBinder(PdfOptions options, boolean compactXref) {
        this.options = Objects.requireNonNull(options, "The parameter 'options' must not be null.");
        this.parts = new PdfRenderer(options.withPageNumbers(false).withXmpMetadata(false));
        this.compactXref = compactXref;
    }

    /** The class and its options: {@code PdfBookBinder[PdfOptions[...]]}. */
    @Override
    public String settings() {
        return "PdfBookBinder[" + options + "]";
    }

    @Override
    public String fileExtension() {
        return PdfRenderer.FORMAT.fileExtension();
    }

    /**
     * Renders one profile as a part of the book, without page labels.
     *
     * @throws RenderException if the profile cannot be laid out or written
     */
    @Override
    public void renderPart(ProfileDocument document, OutputStream out) {
        Objects.requireNonNull(document, "The parameter 'document' must not be null.");
        parts.render(document.layout().pageLabels() ? document.withoutPageLabels() : document, out);
    }

    /** What the binder learns about a part before copying it. */
    private record Scanned(int pages, byte[] id) {
    }

    /**
     * Binds the book.
     *
     * @throws IOException              if a part cannot be read (the message names its code and file) or the
     *                                  book cannot be written
     * @throws IllegalArgumentException if the parts are not the book's entries, in the same order
     * @throws RenderException          if the cover and contents cannot be laid out
     */
    @Override
    public int bind(BookDocument book, List<BookPart> parts, OutputStream out) throws IOException {
        Objects.requireNonNull(book, "The parameter 'book' must not be null.");
        Objects.requireNonNull(parts, "The parameter 'parts' must not be null.");
        Objects.requireNonNull(out, "The parameter 'out' must not be null.");
        List<BookDocument.Entry> entries = book.entries();
        if (entries.size() != parts.size()) {
            throw new IllegalArgumentException("The book has " + entries.size() + " entries but " + parts.size() + " parts");
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!entries.get(i).code().equals(parts.get(i).code())) {
                throw new IllegalArgumentException("Part " + (i + 1) + " is '" + parts.get(i).code() + "' but the contents"
                        + " list '" + entries.get(i).code() + "' there");
            }
        }
        try {
            return write(book, parts, out);
        } catch (ExceptionConverter e) {
            // OpenPDF wraps write errors in its unchecked ExceptionConverter
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw RenderException.of("guide", PdfRenderer.FORMAT.id(), "cannot bind the book: " + e.getMessage(), e);
        } catch (DocumentException e) {
            throw RenderException.of("guide", PdfRenderer.FORMAT.id(), "cannot bind the book: " + e.getMessage(), e);
        }
    }

    private int write(BookDocument book, List<BookPart> parts, OutputStream out) throws IOException, DocumentException {
        PdfFonts fonts = PdfFonts.get();
        List<BookDocument.Entry> entries = book.entries();
        MessageDigest digest = sha256();
        digest.update((OUTPUT_VERSION + '\n' + options + '\n').getBytes(StandardCharsets.UTF_8));

        // 1. every part's page count (and identifier, for the book's)
        int[] pageCounts = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Scanned s = scan(parts.get(i));
            pageCounts[i] = s.pages();
            digest.update((parts.get(i).code() + '\n' + s.pages() + '\n').getBytes(StandardCharsets.UTF_8));
            digest.update(s.id());
        }

        // 2. the cover and contents: where their pages break, which does not depend on the numbers they print
        // (fixed column widths), so the page numbers follow; the words printed go into the book's hash
        BookFrontMatter front = new BookFrontMatter(book, fonts, options.tagged());
        int[] firstPages = new int[parts.size()];
        number(firstPages, 2, pageCounts);
        List<BookFrontMatter.Piece> pieces = front.paginate(firstPages);
        int frontPages = pieces.stream().mapToInt(BookFrontMatter.Piece::pages).sum();
        number(firstPages, frontPages, pageCounts);
        for (BookFrontMatter.Piece piece : pieces) {
            digest.update(sha256().digest(front.xhtml(piece.from(), piece.to(), firstPages).getBytes(StandardCharsets.UTF_8)));
        }
        int total = frontPages;
        for (int n : pageCounts) {
            total += n;
        }
        byte[] hash = digest.digest();

        // 3. copy: front matter, then the parts one at a time
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        Document document = new Document();
        // a tagged book (PDF/UA-1, PDF/A-2u) merges the structure trees of its tagged front matter and parts
        boolean tagged = options.tagged();
        PdfCopy copy = tagged ? new TaggedPdfCopy(document, buffered) : new PdfCopy(document, buffered);
        PdfMetadata metadata = new PdfMetadata(book.info(), Arrays.copyOf(hash, 16));
        metadata.beforeOpen(copy, options.xmpMetadata() || tagged, tagged);
        if (tagged) {
            Conformance.beforeOpen(copy);
        }
        // object streams: a tagged profile's ~400 small objects (mostly structure elements) compress well; the
        // book is about 40 % smaller, at no measurable cost in time
        copy.setFullCompression();
        document.open();
        if (compactXref) {
            // about 400 objects per tagged profile: OpenPDF's own table would keep ~72 bytes for each
            BookXrefTable.install(copy);
        }
        if (tagged) {
            Conformance.addOutputIntent(copy);
        }
        BookPageLabels labels = new BookPageLabels(book, fonts);
        List<BookDocument.Group> groups = book.groups().stream().filter(g -> !g.entries().isEmpty()).toList();
        BookOutline outline = new BookOutline(copy, groups.size());
        float pageTop = book.layout().pageSize().heightPoints();

        int bookPage = 0;
        for (BookFrontMatter.Piece piece : pieces) {
            // written one piece at a time, straight into the book
            BookFrontMatter.Written written = front.write(piece, firstPages);
            if (written.pages() != piece.pages()) {
                throw new IllegalStateException("The guide's contents took " + written.pages() + " pages instead of "
                        + piece.pages() + " for entries " + (piece.from() + 1) + " to " + piece.to()
                        + " once their page numbers were printed; is a page number wider than its column?");
            }
            try (PdfReader reader = new PdfReader(written.pdf())) {
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    bookPage++;
                    PdfDictionary pageN = reader.getPageN(p);
                    List<BookFrontMatter.Link> links = findLinks(pageN);
                    PdfImportedPage page = copy.getImportedPage(reader, p);
                    PdfCopy.PageStamp stamp = copy.createPageStamp(page);
                    front.drawLeaders(stamp.getOverContent(), links);
                    labels.print(stamp.getOverContent(), reader.getPageSize(pageN), bookPage, total);
                    for (BookFrontMatter.Link l : links) {
                        // the placeholder annotation itself now points at the profile's first page: in a tagged
                        // book, the contents' Link element refers to this annotation
                        BookDocument.Entry e = entries.get(l.entry());
                        l.annotation().put(PdfName.A, PdfAction.gotoLocalPage(firstPages[l.entry()],
                                new PdfDestination(PdfDestination.XYZ, -1, pageTop, 0), copy));
                        l.annotation().put(PdfName.CONTENTS, new PdfString(e.title(), PdfObject.TEXT_UNICODE));
                    }
                    stamp.alterContents();
                    copy.addPage(page);
                }
                copy.freeReader(reader);
            }
        }
        outline.front(book.coverTitle(), destination(copy, 1, pageTop), book.contentsHeading(),
                destination(copy, Math.min(2, frontPages), pageTop));

        int index = 0;
        for (BookDocument.Group g : groups) {
            outline.beginGroup(g.entries().size());
            for (BookDocument.Entry e : g.entries()) {
                BookPart part = parts.get(index);
                int first = firstPages[index];
                List<BookOutline.Section> sections = copyPart(copy, part, pageCounts[index], first, total, labels);
                outline.occupation(e.title(), destination(copy, first, pageTop), sections);
                index++;
            }
            outline.endGroup(g.title());
        }
        outline.finish();
        copy.getExtraCatalog().put(PdfName.OUTLINES, outline.root());
        copy.getExtraCatalog().put(PdfName.PAGEMODE, PdfName.USEOUTLINES);

        metadata.beforeClose(copy);
        SubsetTags.begin(BookFrontMatter.seed(hash, 24));
        try {
            document.close();
        } finally {
            SubsetTags.end();
        }
        buffered.flush();
        return total;
    }

    /** Copies one part's pages with their page labels; returns its sections for the outline. */
    private static List<BookOutline.Section> copyPart(PdfCopy copy, BookPart part, int pages, int first, int total,
            BookPageLabels labels) throws IOException {
        byte[] bytes = Files.readAllBytes(part.file());
        List<BookOutline.Section> sections;
        PdfReader reader;
        try {
            reader = new PdfReader(new RandomAccessFileOrArray(bytes), null); // partial: objects read as copied
        } catch (IOException e) {
            throw new IOException("Cannot read the book part of '" + part.code() + "' (" + part.file() + "): "
                    + e.getMessage(), e);
        }
        try (reader) {
            if (reader.getNumberOfPages() != pages) {
                throw new IOException("The book part of '" + part.code() + "' (" + part.file() + ") changed while the book"
                        + " was bound: " + reader.getNumberOfPages() + " pages, not " + pages);
            }
            sections = sections(copy, reader, part, first - 1);
            for (int p = 1; p <= pages; p++) {
                PdfImportedPage page = copy.getImportedPage(reader, p);
                PdfCopy.PageStamp stamp = copy.createPageStamp(page);
                // the size from the page's own dictionary: getPageSize(int) would release the page from a partial
                // reader, and the stamp with it
                labels.print(stamp.getOverContent(), reader.getPageSize(reader.getPageN(p)), first - 1 + p, total);
                stamp.alterContents();
                copy.addPage(page);
            }
            copy.freeReader(reader);
        }
        return sections;
    }

    /**
     * The part's own outline (one item per section, made by {@link PdfRenderer}) with its pages moved to where
     * the part starts in the book, titled with the part's headings.
     */
    /** Each part's first page in the book, after {@code frontPages} pages of cover and contents. */
    private static void number(int[] firstPages, int frontPages, int[] pageCounts) {
        int page = frontPages + 1;
        for (int i = 0; i < firstPages.length; i++) {
            firstPages[i] = page;
            page += pageCounts[i];
        }
    }

    private static List<BookOutline.Section> sections(PdfCopy copy, PdfReader reader, BookPart part, int offset) {
        List<Map<String, Object>> marks = SimpleBookmark.getBookmarkList(reader);
        if (marks == null) {
            return List.of();
        }
        List<BookOutline.Section> sections = new ArrayList<>(marks.size());
        boolean sameHeadings = marks.size() == part.outline().size();
        for (int i = 0; i < marks.size(); i++) {
            Map<String, Object> m = marks.get(i);
            PdfArray dest = destination(copy, m.get("Page"), offset);
            Object title = m.get("Title");
            if (dest == null || !(title instanceof String t)) {
                continue;
            }
            sections.add(new BookOutline.Section(sameHeadings ? part.outline().get(i).text() : t, dest));
        }
        return sections;
    }

    /** A destination of SimpleBookmark's form ("3 XYZ 54 700.5 0") moved by {@code offset} pages. */
    private static @Nullable PdfArray destination(PdfCopy copy, @Nullable Object page, int offset) {
        if (!(page instanceof String s)) {
            return null;
        }
        String[] tokens = s.trim().split("\\s+");
        if (tokens.length < 2) {
            return null;
        }
        PdfArray dest = new PdfArray();
        try {
            dest.add(copy.getPageReference(Integer.parseInt(tokens[0]) + offset));
            dest.add(new PdfName(tokens[1]));
            for (int i = 2; i < tokens.length; i++) {
                dest.add("null".equals(tokens[i]) ? PdfNull.PDFNULL : new PdfNumber(Float.parseFloat(tokens[i])));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return dest;
    }

    /** The top of a book page, at the current zoom. */
    private static PdfArray destination(PdfCopy copy, int page, float top) {
        PdfArray dest = new PdfArray();
        dest.add(copy.getPageReference(page));
        dest.add(PdfName.XYZ);
        dest.add(PdfNull.PDFNULL);
        dest.add(new PdfNumber(top));
        dest.add(new PdfNumber(0));
        return dest;
    }

    /** The contents' placeholder links of a page, which stay on the page to be pointed at the profiles. */
    private static List<BookFrontMatter.Link> findLinks(PdfDictionary page) {
        PdfArray annots = page.getAsArray(PdfName.ANNOTS);
        if (annots == null) {
            return List.of();
        }
        List<BookFrontMatter.Link> links = new ArrayList<>();
        for (int i = 0; i < annots.size(); i++) {
            PdfDictionary a = annots.getAsDict(i);
            PdfDictionary action = a == null ? null : a.getAsDict(PdfName.A);
            PdfString uri = action == null ? null : action.getAsString(PdfName.URI);
            PdfArray rect = a == null ? null : a.getAsArray(PdfName.RECT);
            if (uri != null && rect != null && rect.size() == 4) {
                BookFrontMatter.link(uri.toUnicodeString(),
                        new Rectangle(number(rect, 0), number(rect, 1), number(rect, 2), number(rect, 3)), a)
                        .ifPresent(links::add);
            }
        }
        return links;
    }

    private static float number(PdfArray a, int i) {
        PdfNumber n = a.getAsNumber(i);
        return n == null ? 0 : n.floatValue();
    }

    /** A part's page count and identifier, read from its cross-reference table and trailer only. */
    private static Scanned scan(BookPart part) throws IOException {
        byte[] bytes = Files.readAllBytes(part.file());
        try (PdfReader reader = new PdfReader(new RandomAccessFileOrArray(bytes), null)) {
            PdfArray ids = reader.getTrailer().getAsArray(PdfName.ID);
            PdfString id = ids == null || ids.isEmpty() ? null : ids.getAsString(0);
            return new Scanned(reader.getNumberOfPages(), id != null ? id.getOriginalBytes() : sha256().digest(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IOException("Cannot read the book part of '" + part.code() + "' (" + part.file() + "): "
                    + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
