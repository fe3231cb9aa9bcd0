package org.occuprint.render.pdf.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.compose.BookDocument;
import org.occuprint.compose.GuideComposer;
import org.occuprint.model.Occupation;
import org.occuprint.render.BookPart;
import org.occuprint.render.pdf.PdfBookBinder;
import org.occuprint.render.pdf.PdfOptions;
import org.occuprint.testing.Fixtures;

/**
 * A book of 600 occupations, whose contents (about 17 pages) are laid out in several pieces: every entry is
 * listed once, in order, with the page its profile starts on. Every profile is the same one-page part, so the
 * book binds in seconds and the page numbers are known: the first profile right after the contents, then one
 * page each.
 */
class LongContentsTest {
    private static final int ENTRIES = 600;
    /** Untagged, which is quicker: the structure of a tagged book is TaggedBookTest's. */
    private static final PdfBookBinder BINDER = new PdfBookBinder(PdfOptions.defaults().withTagged(false));
    private static final Pattern ENTRY = Pattern.compile("(\\d\\d-\\d{4}\\.\\d\\d) ([\\d,]+)$");

    @TempDir
    static Path dir;
    static BookDocument book;
    static int pages;
    static Path file;

    @BeforeAll
    static void bind() throws IOException {
        Path part = dir.resolve("part.pdf");
        Occupation small = Occupation.builder("11-1011.00", "Chief Executives").summary(List.of("Plan and direct.")).build();
        try (OutputStream out = Files.newOutputStream(part)) {
            BINDER.renderPart(Fixtures.compose(small, Books.options()).withoutPageLabels(), out);
        }
        List<BookDocument.Entry> entries = new ArrayList<>();
        String[] groups = {"11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31"};
        for (int i = 0; i < ENTRIES; i++) {
            String code = String.format(Locale.ROOT, "%s-%04d.00", groups[i % groups.length], 1000 + i);
            // titles of different lengths, some long enough to take two lines
            String title = "Occupation " + (ENTRIES - i) + " " + "of a guide with a long list of contents ".repeat(i % 4);
            entries.add(new BookDocument.Entry(code, title));
        }
        book = new GuideComposer().compose(entries, List.of(), Books.options());
        List<BookPart> parts = book.entries().stream().map(e -> new BookPart(e.code(), part, List.of())).toList();
        file = dir.resolve("long.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            pages = BINDER.bind(book, parts, out);
        }
        Books.keep(file, "guide-long-contents.pdf");
    }

    @Test
    void everyEntryIsListedOnceInOrderWithThePageItsProfileStartsOn() {
        try (PDDocument pdf = Books.load(file)) {
            int front = pages - ENTRIES; // the profiles take one page each
            assertThat(front).isGreaterThan(15);
            List<String> texts = new ArrayList<>();
            for (int p = 1; p <= front + 1; p++) {
                texts.add(Books.pageText(pdf, p));
            }
            List<String> codes = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int p = 0; p < front; p++) {
                for (String line : texts.get(p).split("\n")) {
                    Matcher m = ENTRY.matcher(line.strip());
                    if (m.find()) {
                        codes.add(m.group(1));
                        numbers.add(Integer.parseInt(m.group(2).replace(",", "")));
                    }
                }
                assertThat(texts.get(p)).contains("Page " + (p + 1) + " of " + String.format(Locale.US, "%,d", pages));
            }
            assertThat(codes).containsExactlyElementsOf(book.entries().stream().map(BookDocument.Entry::code).toList());
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).as("entry %d", i).isEqualTo(front + 1 + i);
            }
            assertThat(texts.get(front)).startsWith("Chief Executives");
            // each group's heading once, and the contents' heading once
            String all = String.join("\n", texts.subList(0, front));
            for (BookDocument.Group g : book.groups()) {
                assertThat(all.split(Pattern.quote(g.title() + "\n"), -1)).as(g.title()).hasSize(2);
            }
            assertThat(all.split("\nContents\n", -1)).hasSize(2);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyEntryLinksToItsPage() throws IOException {
        try (PDDocument pdf = Books.load(file)) {
            int front = pages - ENTRIES;
            List<Integer> targets = new ArrayList<>();
            for (int p = 0; p < front; p++) {
                for (PDAnnotation a : pdf.getPage(p).getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                            && goTo.getDestination() instanceof PDPageDestination d) {
                        int target = d.retrievePageNumber() + 1;
                        if (targets.isEmpty() || targets.get(targets.size() - 1) != target) {
                            targets.add(target);
                        }
                    }
                }
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < ENTRIES; i++) {
                expected.add(front + 1 + i);
            }
            assertThat(targets).containsExactlyElementsOf(expected);
        }
    }
}
