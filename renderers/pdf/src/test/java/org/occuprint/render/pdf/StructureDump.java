package org.occuprint.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.occuprint.testing.Fixtures;

/**
 * Test helper: the structure tree of a tagged PDF read back with PDFBox, each element with its role and
 * the text of its marked content, in tree order (the order assistive technology reads).
 */
public final class StructureDump {
    /** One structure element: its depth in the tree, role, own text (marked content) and attributes. */
    public record Entry(int depth, String role, String text, String extra) {
        @Override
        public String toString() {
            return "  ".repeat(depth) + role + (extra.isEmpty() ? "" : " " + extra) + (text.isEmpty() ? "" : ": " + text);
        }
    }

    private final PDDocument pdf;
    /** Page index to MCID to the text of that marked content. */
    private final Map<Integer, Map<Integer, String>> content = new HashMap<>();

    private StructureDump(PDDocument pdf) {
        this.pdf = pdf;
    }

    /** The structure elements in tree order. */
    static List<Entry> of(PDDocument pdf) {
        return new StructureDump(pdf).walk();
    }

    public static List<Entry> of(byte[] bytes) {
        try (PDDocument pdf = Pdfs.load(bytes)) {
            return of(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree as indented text, one element a line. */
    public static String text(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        entries.forEach(e -> sb.append(e).append('\n'));
        return sb.toString();
    }

    private List<Entry> walk() {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        List<Entry> out = new ArrayList<>();
        if (root != null) {
            for (Object kid : root.getKids()) {
                if (kid instanceof PDStructureElement e) {
                    walk(e, 0, out);
                }
            }
        }
        return out;
    }

    private void walk(PDStructureElement e, int depth, List<Entry> out) {
        int at = out.size();
        out.add(null);
        StringBuilder text = new StringBuilder();
        List<String> extra = new ArrayList<>();
        if (e.getAlternateDescription() != null) {
            extra.add("Alt=\"" + e.getAlternateDescription() + "\"");
        }
        if (e.getActualText() != null) {
            extra.add("ActualText=\"" + e.getActualText() + "\"");
        }
        if (e.getLanguage() != null) {
            extra.add("Lang=" + e.getLanguage());
        }
        COSDictionary a = e.getCOSObject().getCOSDictionary(COSName.A);
        if (a != null && a.getCOSName(COSName.getPDFName("Scope")) != null) {
            extra.add("Scope=" + a.getCOSName(COSName.getPDFName("Scope")).getName());
        }
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                walk(child, depth + 1, out);
            } else if (kid instanceof Integer mcid) {
                text.append(text(e.getPage(), mcid));
            } else if (kid instanceof PDMarkedContentReference mcr) {
                PDPage page = mcr.getPage() != null ? mcr.getPage() : e.getPage();
                text.append(text(page, mcr.getMCID()));
            } else if (kid instanceof PDObjectReference ref) {
                extra.add("[" + ref.getReferencedObject().getClass().getSimpleName().replace("PDAnnotation", "annotation ") + "]");
            }
        }
        out.set(at, new Entry(depth, e.getStructureType(), Fixtures.normalize(text.toString()), String.join(" ", extra)));
    }

    private String text(PDPage page, int mcid) {
        if (page == null) {
            return "";
        }
        int index = pdf.getPages().indexOf(page);
        Map<Integer, String> texts = content.computeIfAbsent(index, i -> extract(page));
        return texts.getOrDefault(mcid, "");
    }

    private static Map<Integer, String> extract(PDPage page) {
        try {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> texts = new HashMap<>();
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                collect(mc, texts);
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDMarkedContent mc, Map<Integer, String> texts) {
        StringBuilder sb = new StringBuilder();
        TextPosition last = null;
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                // separately placed text (the labels of a drawing) is separate words
                if (last != null && (Math.abs(t.getYDirAdj() - last.getYDirAdj()) > 1
                        || Math.abs(t.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj())) > t.getFontSizeInPt() * 0.5f)) {
                    sb.append(' ');
                }
                sb.append(t.getUnicode());
                last = t;
            } else if (o instanceof PDMarkedContent inner) {
                collect(inner, texts);
            }
        }
        if (mc.getMCID() >= 0) {
            texts.merge(mc.getMCID(), sb.toString(), (x, y) -> x + " " + y);
        }
    }
}
