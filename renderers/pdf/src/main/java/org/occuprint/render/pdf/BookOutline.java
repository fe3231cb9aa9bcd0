package org.occuprint.render.pdf;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes a bound guide's outline while the book is being written, one item at a time, so that it never
 * needs the whole tree in memory: the cover and the contents, then one item per group with one item per
 * occupation under it and the occupation's sections under that.
 *
 * <p>An outline item names its neighbours, parent and first and last children, so every item's reference
 * is reserved before the items around it are written: the top-level items (cover, contents, groups) at the
 * start, each occupation's while the one before it is written (the number of occupations per group is known
 * from the contents), each occupation's sections when the occupation is written, and a group's item when
 * its last occupation is done. Groups and occupations are closed (negative counts); a reader opens a group
 * to see its occupations.
 */
final class BookOutline {
    /** A section of a profile: its heading and where it starts in the book. */
    record Section(String title, PdfArray destination) {
    }

    private final PdfWriter writer;
    private final PdfIndirectReference root;
    private final PdfIndirectReference[] top;
    private int group = -1;
    private int left;
    private @Nullable PdfIndirectReference next;
    private @Nullable PdfIndirectReference first;
    private @Nullable PdfIndirectReference previous;
    private @Nullable PdfArray groupDestination;
    private int occupations;

    /**
     * @param groups the number of groups (top-level items after the cover and the contents)
     */
    BookOutline(PdfWriter writer, int groups) {
        this.writer = writer;
        root = writer.getPdfIndirectReference();
        top = new PdfIndirectReference[2 + groups];
        for (int i = 0; i < top.length; i++) {
            top[i] = writer.getPdfIndirectReference();
        }
    }

    /** The outline's root dictionary, for the catalog's {@code /Outlines}. */
    PdfIndirectReference root() {
        return root;
    }

    /** Writes the items of the cover and of the contents. */
    void front(String coverTitle, PdfArray cover, String contentsTitle, PdfArray contents) throws IOException {
        PdfDictionary c = item(coverTitle, root, null, top[1], cover);
        writer.addToBody(c, top[0]);
        PdfDictionary t = item(contentsTitle, root, top[0], top.length > 2 ? top[2] : null, contents);
        writer.addToBody(t, top[1]);
    }

    /** Starts the next group, which has {@code size} occupations (at least one). */
    void beginGroup(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A group of the outline needs at least one occupation, not " + size);
        }
        group++;
        left = size;
        occupations = size;
        next = writer.getPdfIndirectReference();
        first = next;
        previous = null;
        groupDestination = null;
    }

    /** Writes the next occupation of the current group, with its sections under it. */
    void occupation(String title, PdfArray destination, List<Section> sections) throws IOException {
        if (left == 0 || next == null) {
            throw new IllegalStateException("More occupations than the group was started with");
        }
        PdfIndirectReference self = next;
        PdfIndirectReference parent = top[2 + group];
        left--;
        next = left > 0 ? writer.getPdfIndirectReference() : null;
        if (groupDestination == null) {
            groupDestination = destination;
        }

        PdfDictionary item = item(title, parent, previous, next, destination);
        if (!sections.isEmpty()) {
            PdfIndirectReference[] refs = new PdfIndirectReference[sections.size()];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = writer.getPdfIndirectReference();
            }
            for (int i = 0; i < refs.length; i++) {
                Section s = sections.get(i);
                writer.addToBody(item(s.title(), self, i > 0 ? refs[i - 1] : null, i + 1 < refs.length ? refs[i + 1] : null,
                        s.destination()), refs[i]);
            }
            item.put(PdfName.FIRST, refs[0]);
            item.put(PdfName.LAST, refs[refs.length - 1]);
            item.put(PdfName.COUNT, new PdfNumber(-refs.length));
        }
        writer.addToBody(item, self);
        previous = self;
    }

    /** Writes the item of the current group, after its last occupation. */
    void endGroup(String title) throws IOException {
        if (left != 0 || first == null || previous == null || groupDestination == null) {
            throw new IllegalStateException("The group ended with " + left + " occupations still to come");
        }
        int index = 2 + group;
        PdfDictionary item = item(title, root, top[index - 1], index + 1 < top.length ? top[index + 1] : null,
                groupDestination);
        item.put(PdfName.FIRST, first);
        item.put(PdfName.LAST, previous);
        item.put(PdfName.COUNT, new PdfNumber(-occupations));
        writer.addToBody(item, top[index]);
    }

    /** Writes the root; call after the last group. */
    void finish() throws IOException {
        if (group != top.length - 3) {
            throw new IllegalStateException("The outline has " + (group + 1) + " of " + (top.length - 2) + " groups");
        }
        PdfDictionary outlines = new PdfDictionary(PdfName.OUTLINES);
        outlines.put(PdfName.FIRST, top[0]);
        outlines.put(PdfName.LAST, top[top.length - 1]);
        outlines.put(PdfName.COUNT, new PdfNumber(top.length));
        writer.addToBody(outlines, root);
    }

    private static PdfDictionary item(String title, PdfIndirectReference parent, @Nullable PdfIndirectReference prev,
            @Nullable PdfIndirectReference nextItem, PdfArray destination) {
        PdfDictionary d = new PdfDictionary();
        d.put(PdfName.TITLE, new PdfString(title, PdfObject.TEXT_UNICODE));
        d.put(PdfName.PARENT, parent);
        if (prev != null) {
            d.put(PdfName.PREV, prev);
        }
        if (nextItem != null) {
            d.put(PdfName.NEXT, nextItem);
        }
        d.put(PdfName.DEST, destination);
        return d;
    }
}
