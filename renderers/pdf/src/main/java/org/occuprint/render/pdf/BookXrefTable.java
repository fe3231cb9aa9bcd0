package org.occuprint.render.pdf;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfWriter.PdfBody.PdfCrossReference;

/**
 * A cross-reference table for OpenPDF's writer that takes 8 bytes per PDF object instead of about 72.
 *
 * <p>OpenPDF 2.0's {@code PdfWriter.PdfBody} keeps one {@link PdfCrossReference} object per PDF object in a
 * {@link TreeSet} (a 32-byte entry in a 40-byte tree node) until the file is closed. A tagged guide has about
 * 400 objects per profile (its structure elements), so a guide of 10,000 profiles would keep 280 MB of them;
 * this table keeps the same entries packed in one {@code long} each, in pages of a {@code long[][]}, in object
 * number order, and hands the writer equal {@code PdfCrossReference} objects, made on the fly, when it writes
 * the table at the end. The bytes of the PDF do not change.
 *
 * <p>{@link #install} swaps it in for the writer's own set by reflection, once the writer is open. If OpenPDF's
 * internals are not the ones expected (another version), it leaves the writer as it is, which is correct but
 * uses the memory above; {@code BookXrefTableTest} notices that.
 *
 * <p>Only what {@code PdfBody} uses is implemented: {@code add} (which, as in a {@code TreeSet}, keeps an entry
 * already there for the same object number), {@code remove}, {@code first}, {@code last}, {@code size},
 * {@code isEmpty}, {@code contains} and iteration in object number order.
 */
final class BookXrefTable extends TreeSet<PdfCrossReference> {
    private static final long serialVersionUID = 1L;
    private static final int PAGE_BITS = 16;
    private static final int PAGE = 1 << PAGE_BITS;
    /** An entry's packing: present flag, type (2 bits), generation (16 bits), offset (45 bits, 32 TB). */
    private static final long PRESENT = 1L << 63;
    private static final int TYPE_SHIFT = 61;
    private static final int GENERATION_SHIFT = 45;
    private static final long OFFSET_MASK = (1L << GENERATION_SHIFT) - 1;

    private static final @Nullable Access ACCESS = Access.find();

    private long[][] pages = new long[16][];
    private int size;
    private int max = -1;

    private BookXrefTable() {
    }

    /** The reflective handles on OpenPDF's internals, if they are as expected. */
    private record Access(Field body, Field xrefs, VarHandle type, VarHandle offset, VarHandle refnum,
            VarHandle generation) {
        static @Nullable Access find() {
            try {
                Field body = PdfWriter.class.getDeclaredField("body");
                Field xrefs = PdfWriter.PdfBody.class.getDeclaredField("xrefs");
                if (!body.getType().equals(PdfWriter.PdfBody.class) || !xrefs.getType().equals(TreeSet.class)) {
                    return null;
                }
                body.setAccessible(true);
                xrefs.setAccessible(true);
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(PdfCrossReference.class, MethodHandles.lookup());
                return new Access(body, xrefs, lookup.findVarHandle(PdfCrossReference.class, "type", int.class),
                        lookup.findVarHandle(PdfCrossReference.class, "offset", long.class),
                        lookup.findVarHandle(PdfCrossReference.class, "refnum", int.class),
                        lookup.findVarHandle(PdfCrossReference.class, "generation", int.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * Puts a compact table in place of an open writer's own, with the entries it has so far.
     *
     * @return whether it did; {@code false} leaves the writer as it was
     */
    @SuppressWarnings("unchecked")
    static boolean install(PdfWriter writer) {
        Access a = ACCESS;
        if (a == null) {
            return false;
        }
        try {
            Object body = a.body().get(writer);
            if (body == null) {
                return false;
            }
            TreeSet<PdfCrossReference> old = (TreeSet<PdfCrossReference>) a.xrefs().get(body);
            if (old instanceof BookXrefTable) {
                return true;
            }
            BookXrefTable table = new BookXrefTable();
            for (PdfCrossReference x : old) {
                table.add(x);
            }
            a.xrefs().set(body, table);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the writer's table is a compact one. */
    static boolean installedIn(PdfWriter writer) {
        Access a = ACCESS;
        try {
            return a != null && a.xrefs().get(a.body().get(writer)) instanceof BookXrefTable;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Access access() {
        Access a = ACCESS;
        if (a == null) {
            throw new IllegalStateException("OpenPDF's cross-reference entries cannot be read");
        }
        return a;
    }

    private long get(int refnum) {
        long[] page = refnum >= 0 && (refnum >>> PAGE_BITS) < pages.length ? pages[refnum >>> PAGE_BITS] : null;
        return page == null ? 0 : page[refnum & (PAGE - 1)];
    }

    private void set(int refnum, long value) {
        int p = refnum >>> PAGE_BITS;
        if (p >= pages.length) {
            long[][] more = new long[Math.max(p + 1, pages.length * 2)][];
            System.arraycopy(pages, 0, more, 0, pages.length);
            pages = more;
        }
        if (pages[p] == null) {
            pages[p] = new long[PAGE];
        }
        pages[p][refnum & (PAGE - 1)] = value;
    }

    private static int refnum(Object o) {
        return (int) access().refnum().get((PdfCrossReference) o);
    }

    @Override
    public boolean add(PdfCrossReference x) {
        Access a = access();
        int refnum = (int) a.refnum().get(x);
        if (refnum < 0) {
            throw new IllegalArgumentException("A negative object number: " + refnum);
        }
        if (get(refnum) != 0) {
            return false;
        }
        int type = (int) a.type().get(x);
        int generation = (int) a.generation().get(x);
        long offset = (long) a.offset().get(x);
        if (type < 0 || type > 3 || generation < 0 || generation > 0xFFFF || offset < 0 || offset > OFFSET_MASK) {
            throw new IllegalArgumentException("A cross-reference entry out of range: type " + type + ", generation "
                    + generation + ", offset " + offset);
        }
        set(refnum, PRESENT | (long) type << TYPE_SHIFT | (long) generation << GENERATION_SHIFT | offset);
        size++;
        max = Math.max(max, refnum);
        return true;
    }

    @Override
    public boolean remove(Object o) {
        if (!(o instanceof PdfCrossReference)) {
            return false;
        }
        int refnum = refnum(o);
        if (get(refnum) == 0) {
            return false;
        }
        set(refnum, 0);
        size--;
        while (max >= 0 && get(max) == 0) {
            max--;
        }
        return true;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof PdfCrossReference && get(refnum(o)) != 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public PdfCrossReference first() {
        int n = nextFrom(0);
        if (n < 0) {
            throw new NoSuchElementException();
        }
        return entry(n);
    }

    @Override
    public PdfCrossReference last() {
        if (max < 0) {
            throw new NoSuchElementException();
        }
        return entry(max);
    }

    /** The first object number from {@code from} on with an entry, or -1. */
    private int nextFrom(int from) {
        for (int n = from; n <= max; n++) {
            long[] page = pages[n >>> PAGE_BITS];
            if (page == null) {
                n |= PAGE - 1; // skip the page
            } else if (page[n & (PAGE - 1)] != 0) {
                return n;
            }
        }
        return -1;
    }

    private PdfCrossReference entry(int refnum) {
        long v = get(refnum);
        return new PdfCrossReference((int) (v >>> TYPE_SHIFT) & 3, refnum, v & OFFSET_MASK,
                (int) (v >>> GENERATION_SHIFT) & 0xFFFF);
    }

    @Override
    public Iterator<PdfCrossReference> iterator() {
        return new Iterator<>() {
            private int n = nextFrom(0);

            @Override
            public boolean hasNext() {
                return n >= 0;
            }

            @Override
            public PdfCrossReference next() {
                if (n < 0) {
                    throw new NoSuchElementException();
                }
                PdfCrossReference e = entry(n);
                n = nextFrom(n + 1);
                return e;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
