package org.occuprint.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.options.Logo;
import org.occuprint.options.RenderOptions;
import org.occuprint.testing.Fixtures;

/** Rendering, reopening and reading back DOCX files in tests. */
final class DocxTesting {
    static final DocxRenderer RENDERER = new DocxRenderer();
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxTesting() {
    }

    static byte[] render(ProfileDocument doc) {
        return render(doc, RENDERER);
    }

    static byte[] render(ProfileDocument doc, DocxRenderer renderer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(doc, out);
        return out.toByteArray();
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file under target/docx-out so that a failure can be looked at. */
    static Path keep(String name, byte[] bytes) {
        try {
            Path dir = Path.of("target", "docx-out");
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body's text in reading order: paragraphs, and tables row by row, cell by cell; a chart's drawing as
     * the texts of its labels, in the order of the drawing's marks.
     */
    static String bodyText(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && Styles.CHART.equals(p.getStyle())) {
                sb.append(String.join(" ", chartLabels(p))).append('\n');
            } else if (e instanceof XWPFParagraph p) {
                sb.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        sb.append(cell.getText()).append('\t');
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The texts of the labels (text boxes) of a chart's drawing, in order. */
    static List<String> chartLabels(XWPFParagraph p) {
        List<String> out = new ArrayList<>();
        for (XmlObject t : p.getCTP().selectPath("declare namespace w='" + W + "' .//w:txbxContent//w:t")) {
            try (XmlCursor c = t.newCursor()) {
                out.add(c.getTextValue());
            }
        }
        return out;
    }

    /** The body's paragraphs (not those in tables) with this style id, in order. */
    static List<XWPFParagraph> paragraphs(XWPFDocument doc, String styleId) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (styleId.equals(p.getStyle())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The flagship options with every title-block extra: agency, office lines, a note and a logo. */
    static RenderOptions branded() {
        return Fixtures.options().toBuilder()
                .agency("EDD")
                .office("Inland Empire Job Center\n123 Main Street, Riverside, CA\n(951) 555-0100")
                .note("Maria: bring your resume on Tuesday.\nAsk about the medical coding class.")
                .logo(Logo.of(Fixtures.logo()))
                .build();
    }
}
