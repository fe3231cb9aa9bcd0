package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.compose.BookDocument;
import org.occuprint.compose.GuideComposer;
import org.occuprint.model.Occupation;
import org.occuprint.render.BookPart;
import org.occuprint.testing.Fixtures;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;

/** The book's compact cross-reference table: installed, and the same bytes as OpenPDF's own. */
class BookXrefTableTest {
    @TempDir
    Path dir;

    @Test
    void installsInAnOpenWriter() throws Exception {
        Document document = new Document();
        PdfCopy copy = new PdfCopy(document, new ByteArrayOutputStream());
        document.open();
        assertThat(BookXrefTable.installedIn(copy)).isFalse();
        assertThat(BookXrefTable.install(copy)).as("OpenPDF's PdfBody is as expected").isTrue();
        assertThat(BookXrefTable.installedIn(copy)).isTrue();
    }

    @Test
    void aBookHasTheSameBytesWithEitherTable() throws IOException {
        List<BookPart> parts = new ArrayList<>();
        List<BookDocument.Entry> entries = new ArrayList<>();
        PdfBookBinder binder = new PdfBookBinder();
        for (Occupation o : List.of(Fixtures.flagship(), Fixtures.resource("unicode.json"))) {
            Path file = dir.resolve(o.code() + ".pdf");
            try (OutputStream out = Files.newOutputStream(file)) {
                binder.renderPart(Fixtures.compose(o).withoutPageLabels(), out);
            }
            entries.add(new BookDocument.Entry(o.code(), o.title()));
        }
        BookDocument book = new GuideComposer().compose(entries, List.of(), Fixtures.options());
        for (BookDocument.Entry e : book.entries()) {
            parts.add(new BookPart(e.code(), dir.resolve(e.code() + ".pdf"), List.of()));
        }
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        ByteArrayOutputStream stock = new ByteArrayOutputStream();
        new PdfBookBinder(PdfOptions.defaults(), true).bind(book, parts, compact);
        new PdfBookBinder(PdfOptions.defaults(), false).bind(book, parts, stock);
        assertThat(compact.toByteArray()).isEqualTo(stock.toByteArray());
        try (PdfReader r = new PdfReader(compact.toByteArray())) {
            assertThat(r.isRebuilt()).as("the cross-reference table was read as written").isFalse();
            assertThat(r.getNumberOfPages()).isGreaterThan(8);
        }
    }
}
