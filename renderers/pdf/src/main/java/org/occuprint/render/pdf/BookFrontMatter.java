package org.occuprint.render.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.occuprint.compose.BookDocument;
import org.occuprint.render.html.BookPagesHtml;
import org.w3c.dom.Document;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;
import org.xml.sax.SAXException;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;

/**
 * The pages of a bound guide before its profiles: the cover and the contents, laid out by Flying Saucer
 * from the HTML renderer's book template ({@link BookPagesHtml}), with the print date at the bottom left of
 * every page and the bottom right left empty for the binder's page labels.
 *
 * <p>Each contents entry is a row: title, code, page number (right-aligned under each other, with a dot
 * leader from the title to the code, drawn by {@link #drawLeaders}). The title, the code and the number are
 * links to {@code occuprint-book:<index><part>}, which the binder points at the profile's first page.
 *
 * <p>The front matter is laid out in {@link Piece pieces} of at most {@link #PIECE_ENTRIES} entries, so that a
 * guide of ten thousand occupations needs no more memory than one of a hundred. The contents are laid out
 * with fixed column widths, so where their pages break does not depend on the page numbers they print.
 */
final class BookFrontMatter {
    /** The scheme of the placeholder links from contents entries. */
    static final String LINK_SCHEME = BookPagesHtml.LINK_SCHEME;
    /** The link's part of a contents entry: its title, its code or its page number. */
    static final char TITLE = 't';
    static final char CODE_CELL = 'c';
    static final char PAGE = 'p';
    private static final String CODE = "guide";
    private static final Color LEADER = new Color(0x8a, 0x9b, 0xab);
    /** The most entries laid out at once: about seven pages, a few megabytes of layout. */
    static final int PIECE_ENTRIES = 250;
    /** The id prefix of each entry's first cell, by which the layout tells on which page an entry is. */
    private static final String ROW_ID = BookPagesHtml.ROW_ID;

    private final BookDocument book;
    private final PdfFonts fonts;
    private final boolean tagged;
    private final BookPagesHtml html;

    /** @param tagged whether to write tagged pages, for a tagged book ({@link TaggedPdfCopy}) */
    BookFrontMatter(BookDocument book, PdfFonts fonts, boolean tagged) {
        this.book = book;
        this.fonts = fonts;
        this.tagged = tagged;
        this.html = new BookPagesHtml(book, this::printable);
    }

    /**
     * One Flying Saucer document of the front matter: the first has the cover and the start of the contents,
     * each other one more of the contents; together they hold every entry once, each piece ending at a page
     * break of the contents as one long document would have it.
     *
     * @param from  the first entry (index into {@code book.entries()})
     * @param to    the entry after the last
     * @param pages its page count
     */
    record Piece(int from, int to, int pages) {
        boolean first() {
            return from == 0;
        }
    }

    /**
     * Decides the pieces: lays out up to {@link #PIECE_ENTRIES} entries at a time and, unless they are the last,
     * keeps all but the last page, whose entries start the next piece; then lays out the piece alone to count
     * its pages. Only one piece is laid out at a time, so memory does not grow with the number of entries. The
     * page numbers do not change where pages break (the columns have fixed widths), so any numbers of the same
     * order will do.
     */
    List<Piece> paginate(int[] firstPages) throws IOException {
        int n = firstPages.length;
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        do {
            int to = Math.min(n, from + PIECE_ENTRIES);
            ITextRenderer r = layout(from, to, firstPages);
            List<PageBox> pages = r.getRootBox().getLayer().getPages();
            int cut = to == n ? to : firstEntryOn(r, pages.get(pages.size() - 1), from, to);
            if (cut <= from) {
                // every entry on the last page: keep the piece whole
                cut = to;
            }
            // the piece is laid out alone to count its pages as it will be written (it should be one page less
            // than the longer layout, whose last page was cut off)
            int count = cut == to ? pages.size() : layout(from, cut, firstPages).getRootBox().getLayer().getPages().size();
            pieces.add(new Piece(from, cut, count));
            from = cut;
        } while (from < n);
        return pieces;
    }

    /** The first entry whose row is on this page (the page is the last one), or {@code to} if none is. */
    private static int firstEntryOn(ITextRenderer r, PageBox page, int from, int to) {
        for (int i = from; i < to; i++) {
            Box cell = r.getSharedContext().getBoxById(ROW_ID + i);
            if (cell != null && cell.getAbsY() >= page.getTop()) {
                return i;
            }
        }
        return to;
    }

    /** A written piece: its PDF and its page count. */
    record Written(byte[] pdf, int pages) {
    }

    /**
     * Lays out and writes one piece with these page numbers, with font subset tags drawn from a hash of its
     * XHTML. Its page count should be the one {@link #paginate} found; the caller checks.
     */
    Written write(Piece piece, int[] firstPages) throws IOException {
        String xhtml = xhtml(piece.from(), piece.to(), firstPages);
        long seed = seed(sha256(xhtml), 0);
        ITextRenderer r = layout(xhtml);
        int pages = r.getRootBox().getLayer().getPages().size();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024 + 200 * (piece.to() - piece.from()));
        TaggingOutputDevice.tagWhenWritten(r); // when laid out for a tagged book
        SubsetTags.begin(seed);
        try {
            r.createPDF(out);
        } finally {
            SubsetTags.end();
        }
        return new Written(out.toByteArray(), pages);
    }

    private ITextRenderer layout(int from, int to, int[] firstPages) throws IOException {
        return layout(xhtml(from, to, firstPages));
    }

    private ITextRenderer layout(String xhtml) throws IOException {
        Document dom;
        try {
            dom = XhtmlForPdf.parse(xhtml);
        } catch (SAXException e) {
            throw new IllegalStateException("The guide's contents are not well-formed XHTML: " + e.getMessage(), e);
        }
        return PdfRenderer.layout(dom, fonts, CODE, tagged);
    }

    /**
     * A placeholder link of the contents: the entry it is for, which part of the entry ({@link #TITLE},
     * {@link #CODE_CELL} or {@link #PAGE}) and where it is on its page (one link per line of a wrapped title).
     * {@code annotation} is the link's annotation dictionary on the front matter's page, which the binder
     * points at the profile's page in place (in a tagged book, the contents' Link elements refer to it).
     */
    record Link(int entry, char part, Rectangle rect, PdfDictionary annotation) {
    }

    /**
     * Draws the dot leaders of one contents page, from the end of each title (its last line) to its code, on
     * the title's baseline. The dots sit on a grid shared by every row, so they line up down the page. They
     * are an artifact: the reading order has the title, the code and the page number.
     */
    void drawLeaders(PdfContentByte cb, List<Link> links) {
        Map<Integer, Rectangle> titles = new TreeMap<>();
        Map<Integer, Rectangle> codes = new TreeMap<>();
        for (Link l : links) {
            if (l.part() == TITLE) {
                // a wrapped title has one link per line: the leader follows the last (lowest) line
                titles.merge(l.entry(), l.rect(), (a, b) -> a.getBottom() <= b.getBottom() ? a : b);
            } else if (l.part() == CODE_CELL) {
                codes.put(l.entry(), l.rect());
            }
        }
        boolean large = book.layout().largePrint();
        float size = BookPageLabels.dots(large ? 18f : 10.5f);
        BaseFont font = fonts.face(new String[] {PdfFonts.BODY_FAMILY}, IdentValue.NORMAL, IdentValue.NORMAL).getFont();
        float descent = -font.getFontDescriptor(BaseFont.AWT_DESCENT, size);
        float period = large ? 7f : 4f;
        float gap = size * 0.35f;
        cb.saveState();
        cb.beginMarkedContentSequence(BookPageLabels.ARTIFACT, BookPageLabels.artifact("Layout", null), true);
        cb.setColorStroke(LEADER);
        cb.setLineWidth(large ? 1.6f : 0.9f);
        cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        cb.setLineDash(0f, period, 0f);
        boolean any = false;
        for (Map.Entry<Integer, Rectangle> t : titles.entrySet()) {
            Rectangle code = codes.get(t.getKey());
            if (code == null) {
                continue;
            }
            float from = (float) Math.ceil((t.getValue().getRight() + gap) / period) * period;
            float to = code.getLeft() - gap;
            if (to - from >= period) {
                float y = t.getValue().getBottom() + descent;
                cb.moveTo(from, y);
                cb.lineTo(to, y);
                any = true;
            }
        }
        if (any) {
            cb.stroke();
        }
        cb.endMarkedContentSequence();
        cb.restoreState();
    }

    /** The placeholder link for this URI, place and annotation, if it is one. */
    static Optional<Link> link(String uri, Rectangle rect, PdfDictionary annotation) {
        if (!uri.startsWith(LINK_SCHEME) || uri.length() < LINK_SCHEME.length() + 2) {
            return Optional.empty();
        }
        char part = uri.charAt(uri.length() - 1);
        try {
            int entry = Integer.parseInt(uri.substring(LINK_SCHEME.length(), uri.length() - 1));
            return part == TITLE || part == CODE_CELL || part == PAGE ? Optional.of(new Link(entry, part, rect, annotation))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A seed for font subset tags from the first bytes after {@code offset} of a hash. */
    static long seed(byte[] hash, int offset) {
        return ByteBuffer.wrap(hash, offset, 8).getLong();
    }

    /** The XHTML of a piece: the cover and the contents' heading if it is the first, and entries {@code from..to}. */
    String xhtml(int from, int to, int[] firstPages) {
        return html.xhtml(from, to, firstPages);
    }

    /** Text as the embedded fonts print it: characters none of them has become {@code □}. */
    private String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (fonts.canPrint(cp)) {
                sb.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.FORMAT) {
                sb.append(XhtmlForPdf.MISSING_MARK);
            }
        });
        return sb.toString();
    }
}
