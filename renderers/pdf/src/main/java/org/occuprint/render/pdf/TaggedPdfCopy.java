package org.occuprint.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.pdf.BadPdfFormatException;
import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNull;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfNumberTree;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;

/**
 * OpenPDF's {@link PdfCopy} that also merges the structure trees of the tagged documents it copies pages
 * from, so that a book bound from tagged PDFs is a tagged PDF: one Document whose children are the copied
 * documents, each as a Part, in copy order.
 *
 * <p>It works at the two moments a binder already has: {@link #addPage} (each copied page and its link
 * annotations get their structure-parent keys moved past those of the documents copied before) and
 * {@link #freeReader} (the document's structure elements are written into the book, their pages, marked
 * content and annotation references translated, and its parent tree is added to the book's). The book's
 * structure tree root, parent tree and {@code /MarkInfo} are written with the catalog. A binder copies
 * every page of a document and then frees its reader, one document at a time; annotations removed from a
 * copied page must not be referenced by its structure tree (retarget placeholder links in place instead).
 *
 * <p>Memory: one document's structure is held while it is merged; what stays for the whole book is one
 * reference per document and one parent-tree entry per page and annotation.
 */
final class TaggedPdfCopy extends PdfCopy {
    private static final PdfName STRUCT_ELEM = new PdfName("StructElem");
    private static final PdfName PARENT_TREE_NEXT_KEY = new PdfName("ParentTreeNextKey");

    /** The book's Document element's children: one Part per copied document. */
    private final PdfArray parts = new PdfArray();
    /** The book's parent tree: key to a structure element, or to an array of them (one per MCID of a page). */
    private final Map<Integer, PdfIndirectReference> parentTree = new HashMap<>();
    private @Nullable PdfIndirectReference treeRoot;
    private @Nullable PdfIndirectReference document;
    private int nextKey;

    /** The document whose pages are being copied, and what is known about it. */
    private @Nullable PdfReader piece;
    private @Nullable PdfDictionary pieceTree;
    private int offset;
    /** The piece's page objects (by object number) to the book's pages. */
    private final Map<Integer, PdfIndirectReference> pages = new HashMap<>();

    TaggedPdfCopy(Document document, OutputStream os) throws DocumentException {
        super(document, os);
    }

    @Override
    public void addPage(PdfImportedPage page) throws IOException, BadPdfFormatException {
        int number = setFromIPage(page);
        PdfReader r = reader;
        if (r != piece) {
            begin(r);
        }
        if (pieceTree != null) {
            PdfDictionary dict = r.getPageN(number);
            move(dict, PdfName.STRUCTPARENTS);
            PdfArray annotations = dict.getAsArray(PdfName.ANNOTS);
            if (annotations != null) {
                for (int i = 0; i < annotations.size(); i++) {
                    // only the document's own annotations: those a page stamp added are the book's already
                    if (annotations.getPdfObject(i) instanceof PRIndirectReference ref
                            && PdfReader.getPdfObject(ref) instanceof PdfDictionary annotation) {
                        move(annotation, PdfName.STRUCTPARENT);
                    }
                }
            }
            pages.put(r.getPageOrigRef(number).getNumber(), getCurrentPage());
        }
        super.addPage(page);
    }

    /** Starts copying from a new document: its keys go after those of the documents before it. */
    private void begin(PdfReader r) {
        if (piece != null) {
            merge();
        }
        piece = r;
        pages.clear();
        pieceTree = r.getCatalog().getAsDict(PdfName.STRUCTTREEROOT);
        if (pieceTree == null) {
            throw new IllegalStateException("A tagged book can only be bound from tagged PDFs; a part has no structure tree");
        }
        offset = nextKey;
        int keys = 0;
        PdfDictionary tree = pieceTree.getAsDict(PdfName.PARENTTREE);
        if (tree != null) {
            for (Integer key : PdfNumberTree.readTree(tree).keySet()) {
                keys = Math.max(keys, key + 1);
            }
        }
        PdfNumber next = pieceTree.getAsNumber(PARENT_TREE_NEXT_KEY);
        nextKey = offset + Math.max(keys, next == null ? 0 : next.intValue());
    }

    private void move(PdfDictionary dict, PdfName key) {
        PdfNumber n = dict.getAsNumber(key);
        if (n != null) {
            dict.put(key, new PdfNumber(n.intValue() + offset));
        }
    }

    @Override
    public void freeReader(PdfReader r) throws IOException {
        if (r == piece) {
            merge();
        }
        super.freeReader(r);
    }

    /** Writes the structure of the document whose pages were just copied into the book. */
    private void merge() {
        PdfReader r = piece;
        PdfDictionary tree = pieceTree;
        piece = null;
        pieceTree = null;
        if (r == null || tree == null) {
            return;
        }
        setFromReader(r);
        try {
            new Merge().run(tree);
        } catch (IOException | BadPdfFormatException e) {
            throw new ExceptionConverter(e);
        }
    }

    /** One document's structure, copied into the book. */
    private final class Merge {
        /** The document's structure elements (by object number) to their copies' references. */
        private final Map<Integer, PdfIndirectReference> elements = new HashMap<>();
        private final List<PRIndirectReference> order = new ArrayList<>();

        void run(PdfDictionary tree) throws IOException, BadPdfFormatException {
            PdfIndirectReference doc = document();
            PdfObject kids = tree.get(PdfName.K);
            reserve(kids);
            for (PRIndirectReference ref : order) {
                PdfDictionary in = (PdfDictionary) PdfReader.getPdfObject(ref);
                boolean top = !(in.get(PdfName.P) instanceof PRIndirectReference p) || elements.get(p.getNumber()) == null;
                PdfDictionary out = new PdfDictionary();
                for (PdfName key : in.getKeys()) {
                    PdfObject value = in.get(key);
                    if (PdfName.P.equals(key)) {
                        out.put(key, top ? doc : elements.get(((PRIndirectReference) value).getNumber()));
                    } else if (PdfName.K.equals(key)) {
                        out.put(key, kids(value));
                    } else if (PdfName.PG.equals(key)) {
                        out.put(key, page(value));
                    } else if (PdfName.S.equals(key) && top && PdfName.DOCUMENT.equals(value)) {
                        out.put(key, PdfName.PART);
                    } else {
                        out.put(key, copyObject(value));
                    }
                }
                if (top) {
                    out.put(PdfName.P, doc);
                    parts.add(elements.get(ref.getNumber()));
                }
                addToBody(out, elements.get(ref.getNumber()));
            }
            PdfDictionary parents = tree.getAsDict(PdfName.PARENTTREE);
            if (parents != null) {
                for (Map.Entry<Integer, PdfObject> e : PdfNumberTree.readTree(parents).entrySet()) {
                    PdfObject value = PdfReader.getPdfObject(e.getValue());
                    PdfIndirectReference moved;
                    if (value instanceof PdfArray array) {
                        PdfArray out = new PdfArray();
                        for (int i = 0; i < array.size(); i++) {
                            out.add(element(array.getPdfObject(i)));
                        }
                        moved = addToBody(out).getIndirectReference();
                    } else if (element(e.getValue()) instanceof PdfIndirectReference ref) {
                        moved = ref;
                    } else {
                        continue;
                    }
                    parentTree.put(e.getKey() + offset, moved);
                }
            }
        }

        /** Gives every structure element below {@code kids} the reference of its copy, in tree order. */
        private void reserve(@Nullable PdfObject kids) {
            if (kids instanceof PdfArray array) {
                for (int i = 0; i < array.size(); i++) {
                    reserve(array.getPdfObject(i));
                }
            } else if (kids instanceof PRIndirectReference ref && !elements.containsKey(ref.getNumber())
                    && PdfReader.getPdfObject(ref) instanceof PdfDictionary d && isElement(d)) {
                elements.put(ref.getNumber(), getPdfIndirectReference());
                order.add(ref);
                reserve(d.get(PdfName.K));
            }
        }

        private boolean isElement(PdfDictionary d) {
            PdfObject type = d.get(PdfName.TYPE);
            return d.contains(PdfName.S) && (type == null || STRUCT_ELEM.equals(type));
        }

        /** A structure element's kids: elements, marked-content ids and references, annotation references. */
        private PdfObject kids(PdfObject value) throws IOException, BadPdfFormatException {
            if (value instanceof PdfArray array) {
                PdfArray out = new PdfArray();
                for (int i = 0; i < array.size(); i++) {
                    out.add(kids(array.getPdfObject(i)));
                }
                return out;
            }
            if (value instanceof PRIndirectReference ref) {
                PdfIndirectReference element = elements.get(ref.getNumber());
                return element != null ? element : kids(PdfReader.getPdfObject(ref));
            }
            if (value instanceof PdfDictionary d) {
                PdfDictionary out = new PdfDictionary();
                for (PdfName key : d.getKeys()) {
                    PdfObject v = d.get(key);
                    if (PdfName.PG.equals(key)) {
                        out.put(key, page(v));
                    } else if (PdfName.OBJ.equals(key) && v instanceof PRIndirectReference ref) {
                        out.put(key, copyIndirect(ref)); // the annotation, copied with its page
                    } else {
                        out.put(key, copyObject(v));
                    }
                }
                return out;
            }
            return value; // a marked-content id
        }

        private PdfObject page(PdfObject value) {
            PdfIndirectReference p = value instanceof PRIndirectReference ref ? pages.get(ref.getNumber()) : null;
            if (p == null) {
                throw new IllegalStateException("The structure of a copied PDF refers to a page that was not copied ("
                        + value + ")");
            }
            return p;
        }

        private PdfObject element(PdfObject value) {
            PdfIndirectReference e = value instanceof PRIndirectReference ref ? elements.get(ref.getNumber()) : null;
            return e != null ? e : PdfNull.PDFNULL;
        }
    }

    private PdfIndirectReference document() {
        PdfIndirectReference d = document;
        if (d == null) {
            d = getPdfIndirectReference();
            document = d;
            treeRoot = getPdfIndirectReference();
        }
        return d;
    }

    /** With the catalog: the book's Document element, structure tree root, parent tree and mark info. */
    @Override
    protected PdfDictionary getCatalog(PdfIndirectReference rootObj) {
        PdfDictionary catalog = super.getCatalog(rootObj);
        PdfIndirectReference d = document;
        PdfIndirectReference root = treeRoot;
        if (d == null || root == null) {
            return catalog;
        }
        try {
            PdfDictionary doc = new PdfDictionary(STRUCT_ELEM);
            doc.put(PdfName.S, PdfName.DOCUMENT);
            doc.put(PdfName.P, root);
            doc.put(PdfName.K, parts);
            addToBody(doc, d);
            PdfDictionary tree = new PdfDictionary(PdfName.STRUCTTREEROOT);
            tree.put(PdfName.K, d);
            PdfDictionary numbers = PdfNumberTree.writeTree(parentTree, this);
            if (numbers != null) {
                tree.put(PdfName.PARENTTREE, addToBody(numbers).getIndirectReference());
            }
            tree.put(PARENT_TREE_NEXT_KEY, new PdfNumber(nextKey));
            addToBody(tree, root);
        } catch (IOException e) {
            throw new ExceptionConverter(e);
        }
        catalog.put(PdfName.STRUCTTREEROOT, root);
        PdfDictionary mark = new PdfDictionary();
        mark.put(PdfName.MARKED, PdfBoolean.PDFTRUE);
        catalog.put(PdfName.MARKINFO, mark);
        return catalog;
    }
}
