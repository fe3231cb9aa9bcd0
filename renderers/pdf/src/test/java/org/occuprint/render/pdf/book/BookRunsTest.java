package org.occuprint.render.pdf.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.compose.BookDocument;
import org.occuprint.compose.GuideComposer;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.guide.GuideEntry;
import org.occuprint.guide.GuideReport;
import org.occuprint.io.ProfileFormatException;
import org.occuprint.io.ProfileProblem;
import org.occuprint.render.BookBinder;
import org.occuprint.render.BookPart;

/** Whole guide runs with the PDF binder: repeatable bytes, a failed profile, resumption, bad parts. */
class BookRunsTest {
    @TempDir
    Path dir;

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A binder that keeps what the runner hands it, to bind the same parts again. */
    private static final class Keeping implements BookBinder {
        BookDocument book;
        List<BookPart> parts;

        @Override
        public String fileExtension() {
            return Books.BINDER.fileExtension();
        }

        @Override
        public void renderPart(ProfileDocument document, java.io.OutputStream out) {
            Books.BINDER.renderPart(document, out);
        }

        @Override
        public int bind(BookDocument b, List<BookPart> p, java.io.OutputStream out) throws IOException {
            book = b;
            parts = p;
            return Books.BINDER.bind(b, p, out);
        }
    }

    @Test
    void theSamePartsGiveTheSameBytesAndSoDoOneAndThreeThreads() throws IOException {
        Keeping keeping = new Keeping();
        Path one = dir.resolve("one.pdf");
        Books.runner(one, Books.few()).threads(1).keepParts(true).book(one, keeping).build().run();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        int pages = Books.BINDER.bind(keeping.book, keeping.parts, again);
        assertThat(again.toByteArray()).isEqualTo(bytes(one));

        Path three = dir.resolve("three.pdf");
        GuideReport report = Books.runner(three, Books.few()).threads(3).build().run();
        assertThat(bytes(three)).isEqualTo(bytes(one));
        assertThat(report.bookPages()).isEqualTo(pages);
        Books.keep(one, "guide-few.pdf");
    }

    @Test
    void otherWordsGiveAnotherFileId() throws IOException {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        List<GuideEntry> two = Books.few().subList(0, 2);
        Books.run(a, two);
        Books.runner(b, two).options(Books.options().toBuilder().agency("Another agency").build()).build().run();
        try (PDDocument x = Books.load(a); PDDocument y = Books.load(b)) {
            assertThat(x.getDocument().getDocumentID().toString()).isNotEqualTo(y.getDocument().getDocumentID().toString());
        }
    }

    @Test
    void aPoisonedProfileIsNamedAndEveryOtherIsBound() {
        List<GuideEntry> entries = new ArrayList<>(Books.few());
        entries.add(3, new GuideEntry("15-1299.08", "Computer Systems Engineers/Architects", () -> {
            throw new ProfileFormatException("data set line 512", List.of(new ProfileProblem("wages.year", "not a number", 1, 9)));
        }));
        Path book = dir.resolve("guide.pdf");
        GuideReport report = Books.run(book, entries);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("15-1299.08");
            assertThat(f.reason()).startsWith("loading the profile: data set line 512");
        });
        assertThat(report.rendered()).isEqualTo(Books.few().size());
        try (PDDocument pdf = Books.load(book)) {
            String text = String.join("\n", Books.pageTexts(pdf));
            assertThat(text).doesNotContain("Computer Systems Engineers").doesNotContain("15-1299.08")
                    .contains("Career profiles of 7 occupations");
            for (GuideEntry e : Books.few()) {
                assertThat(text).contains(e.code());
            }
            assertThat(Books.children(pdf.getDocumentCatalog().getDocumentOutline()).get(4).getTitle())
                    .isEqualTo("Computer and Mathematical Occupations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aKilledRunResumedGivesTheSameBookAsACleanRun() throws IOException {
        Path clean = Files.createDirectory(dir.resolve("clean")).resolve("guide.pdf");
        Books.run(clean, Books.few());

        // the "killed" run: some parts rendered and kept, no book, a half-written part left behind
        Path resumed = Files.createDirectory(dir.resolve("resumed")).resolve("guide.pdf");
        Books.runner(resumed, Books.few().subList(0, 3)).keepParts(true).build().run();
        Files.delete(resumed);
        Path parts = resumed.resolveSibling("guide.pdf.parts");
        Files.write(parts.resolve(".29-1141.00.pdf.4711-1.tmp"), new byte[] {'%', 'P', 'D', 'F'});
        try (Stream<Path> s = Files.list(parts)) {
            assertThat(s.filter(p -> p.toString().endsWith(".pdf"))).hasSize(3);
        }

        GuideReport report = Books.runner(resumed, Books.few()).resume(true).build().run();
        assertThat(report.skipped()).isEqualTo(3);
        assertThat(report.rendered()).isEqualTo(Books.few().size() - 3);
        assertThat(bytes(resumed)).isEqualTo(bytes(clean));
    }

    @Test
    void aDamagedPartIsNamed() throws IOException {
        List<GuideEntry> entries = Books.few().subList(0, 2);
        Path book = dir.resolve("guide.pdf");
        Books.runner(book, entries).keepParts(true).build().run();
        BookDocument words = new GuideComposer().compose(
                entries.stream().map(e -> new BookDocument.Entry(e.code(), e.title())).toList(), List.of(), Books.options());
        List<BookPart> parts = new ArrayList<>();
        for (BookDocument.Entry e : words.entries()) {
            parts.add(new BookPart(e.code(), book.resolveSibling("guide.pdf.parts").resolve(e.code() + ".pdf"), List.of()));
        }
        Files.write(parts.get(1).file(), "%PDF-1.7\nnot really".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Books.BINDER.bind(words, parts, new ByteArrayOutputStream()))
                .isInstanceOf(IOException.class).hasMessageContaining("'" + parts.get(1).code() + "'")
                .hasMessageContaining(parts.get(1).file().toString());
        assertThatThrownBy(() -> Books.BINDER.bind(words, parts.subList(0, 1), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
