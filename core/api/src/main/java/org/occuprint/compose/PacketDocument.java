package org.occuprint.compose;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.occuprint.internal.Checks;

/**
 * A client packet: several occupations for one client, composed once. It opens with a title block (the
 * counselor's office, logo and note print here, once), the contents and a comparison section that sets the
 * occupations side by side; each occupation's handout follows from a new page; one closing part gathers the
 * sources of every handout and the disclaimers. Made by {@link PacketComposer}; renderers lay it out as one
 * document whose page numbers run through the packet.
 *
 * <p>Every anchor in a packet is unique: the handouts' section anchors carry their handout's anchor as a
 * prefix ({@code o2-wages}), so HTML ids, PDF bookmarks and Word bookmarks never clash.
 *
 * @param info       document metadata for the packet
 * @param layout     page size and print size
 * @param titleBlock the packet's title, lines under it, office lines, logo and note
 * @param contents   the packet's parts in print order, for the contents
 * @param comparison the comparison section (tables of at most {@value PacketComposer#COLUMNS} occupations)
 * @param handouts   each occupation's handout, without office, logo, note, sources and closing part
 * @param closing    the shared sources and the closing part about the data
 * @param footer     the page footer
 * @since 0.3
 */
public record PacketDocument(DocumentInfo info, Layout layout, TitleBlock titleBlock, Contents contents,
        Section comparison, List<Handout> handouts, List<Section> closing, Footer footer) {
    public PacketDocument {
        Checks.notNull(info, "info");
        Checks.notNull(layout, "layout");
        Checks.notNull(titleBlock, "titleBlock");
        Checks.notNull(contents, "contents");
        Checks.notNull(comparison, "comparison");
        handouts = Checks.copy(handouts, "handouts");
        Checks.argument(!handouts.isEmpty(), "A packet needs at least one handout.");
        closing = Checks.copy(closing, "closing");
        Checks.notNull(footer, "footer");
    }

    /** Every section in print order: the comparison, every handout's, the closing ones. */
    public List<Section> allSections() {
        List<Section> out = new ArrayList<>();
        out.add(comparison);
        handouts.forEach(h -> out.addAll(h.document().sections()));
        out.addAll(closing);
        return out;
    }

    /**
     * One occupation's handout in the packet.
     *
     * @param anchor   the handout's id ({@code o1}, {@code o2}, ...); its sections' anchors start with it
     * @param document the composed handout
     */
    public record Handout(String anchor, ProfileDocument document) {
        public Handout {
            Checks.notBlank(anchor, "anchor");
            Checks.notNull(document, "document");
        }
    }

    /**
     * The contents: a heading and the packet's parts. A format that knows its page numbers (PDF) prints each
     * entry's first page as {@code pageBefore + number + pageAfter}.
     *
     * @param heading    the contents' heading ("In this packet")
     * @param entries    the parts in print order
     * @param pageBefore the words before an entry's page number ("page ")
     * @param pageAfter  the words after it (often empty)
     */
    public record Contents(String heading, List<Entry> entries, String pageBefore, String pageAfter) {
        public Contents {
            Checks.notBlank(heading, "heading");
            entries = Checks.copy(entries, "entries");
            Checks.notNull(pageBefore, "pageBefore");
            Checks.notNull(pageAfter, "pageAfter");
        }

        /** What an entry prints after its text for its first page, the number formatted for the locale: "page 1,024". */
        public String pageText(long page, Locale locale) {
            return pageBefore + NumberFormat.getIntegerInstance(locale).format(page) + pageAfter;
        }
    }

    /**
     * A part of the packet in the contents.
     *
     * @param anchor the part's anchor, a link target in every format
     * @param text   what the contents print ("Registered Nurses (29-1141.00)")
     */
    public record Entry(String anchor, String text) {
        public Entry {
            Checks.notBlank(anchor, "anchor");
            Checks.notBlank(text, "text");
        }
    }
}
