package org.occuprint.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.occuprint.compose.ProfileDocument;

/** Test helpers: render, keep the output under target/ for inspection, read it back with PDFBox. */
final class Pdfs {
    static final PdfRenderer RENDERER = new PdfRenderer();

    private Pdfs() {
    }

    static byte[] render(ProfileDocument doc) {
        return render(RENDERER, doc);
    }

    static byte[] render(PdfRenderer renderer, ProfileDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        renderer.render(doc, out);
        return out.toByteArray();
    }

    /** Writes the bytes to target/pdf-out/NAME and returns the path. */
    static Path keep(String name, byte[] bytes) {
        try {
            Path dir = Path.of("target", "pdf-out");
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, in content order, as PDFBox extracts it. */
    static List<String> pageTexts(PDDocument pdf) {
        try {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(pdf));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument d = load(pdf)) {
            return pageTexts(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the text, pages joined with a line break. */
    static String text(byte[] pdf) {
        return String.join("\n", pageTexts(pdf));
    }
}
