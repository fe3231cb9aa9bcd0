package org.occuprint.render.pdf.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.compose.BookDocument;
import org.occuprint.compose.GuideComposer;
import org.occuprint.guide.GuideEntry;
import org.occuprint.guide.GuideReport;
import org.occuprint.render.pdf.StructureDump;
import org.occuprint.render.pdf.VeraPdf;

/**
 * A 20-profile guide book (18 variants of the flagship over five major groups, the hostile and the Unicode
 * profiles), bound from tagged parts: one tagged PDF that passes veraPDF's PDF/UA-1 and PDF/A-2u validation,
 * whose structure tree has the cover and contents, then each profile, as Parts in book order.
 */
class TaggedBookTest {
    @TempDir
    static Path dir;
    static byte[] book;
    static GuideReport report;
    static List<BookDocument.Entry> order;
    static List<StructureDump.Entry> tree;

    @BeforeAll
    static void bind() throws IOException {
        List<GuideEntry> all = Books.thirty();
        List<GuideEntry> entries = new ArrayList<>(all.subList(0, 18));
        entries.addAll(all.subList(28, 30)); // hostile, Unicode
        Path file = dir.resolve("guide.pdf");
        report = Books.run(file, entries);
        book = Files.readAllBytes(file);
        Books.keep(file, "tagged-guide-20.pdf");
        order = new GuideComposer().compose(entries.stream().map(e -> new BookDocument.Entry(e.code(), e.title())).toList(),
                List.of(), Books.options()).entries();
        tree = StructureDump.of(book);
        Files.writeString(Path.of("target", "pdf-out", "tagged-guide-20.structure.txt"), StructureDump.text(tree),
                StandardCharsets.UTF_8);
    }

    @Test
    void theBookConformsToPdfUa1AndPdfA2u() {
        assertThat(report.failures()).isEmpty();
        assertThat(VeraPdf.report(book)).as("veraPDF rules failed by the 20-profile book").isEmpty();
    }

    @Test
    void oneDocumentWithTheFrontMatterThenEachProfileAsPartsInBookOrder() {
        assertThat(tree.get(0).role()).isEqualTo("Document");
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            if (tree.get(i).depth() == 1) {
                assertThat(tree.get(i).role()).isEqualTo("Part");
                parts.add(i);
            }
        }
        // the front matter (one Part per piece the binder copies) before the profiles
        int front = parts.size() - order.size();
        assertThat(front).isPositive();
        List<String> frontHeadings = tree.subList(parts.get(0), parts.get(front)).stream()
                .filter(e -> e.role().equals("H1")).map(StructureDump.Entry::text).toList();
        assertThat(frontHeadings).startsWith("Occupational Profiles", "Contents");
        // each profile's first heading is its title, in the order of the contents
        List<String> titles = new ArrayList<>();
        for (int p = front; p < parts.size(); p++) {
            int end = p + 1 < parts.size() ? parts.get(p + 1) : tree.size();
            tree.subList(parts.get(p), end).stream().filter(e -> e.role().equals("H1")).findFirst()
                    .ifPresent(h -> titles.add(h.text()));
        }
        assertThat(titles).hasSize(order.size());
        for (int i = 0; i < order.size(); i++) {
            assertThat(titles.get(i)).as("profile %d", i + 1).isEqualToIgnoringWhitespace(order.get(i).title());
        }
    }

    @Test
    void everyContentsEntryIsATableRowOfLinks() {
        long links = tree.stream().filter(e -> e.role().equals("Link") && e.extra().contains("annotation")).count();
        assertThat(links).isGreaterThanOrEqualTo(3L * order.size());
        try (PDDocument pdf = Books.load(dir.resolve("guide.pdf"))) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    assertThat(a.getStructParent()).as("every annotation is in the structure tree").isNotNegative();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
