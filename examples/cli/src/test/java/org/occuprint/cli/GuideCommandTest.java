package org.occuprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideCommandTest {
    @TempDir
    Path dir;

    @Test
    void bookAndPerOccupationFilesFromTheEmbeddedData() throws Exception {
        Path codes = Files.writeString(dir.resolve("codes.txt"), "# two occupations\n29-2072.00\n27-2011.00  # actors\n");
        Path out = dir.resolve("files");
        Path book = dir.resolve("guide.pdf");
        Cli r = Cli.run("guide", "--book", book.toString(), "--out", out.toString(), "--format", "html,docx",
                "--codes", codes.toString(), "--printed-on", "2022-05-21", "--threads", "2", "--agency", "EDD");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.err).contains("Printed 2 of 2 occupations");
        assertThat(r.out).contains(out.resolve("index.html").toString()).contains(book + " (");
        assertThat(out.resolve("29-2072.00-medical-records-specialists.docx")).exists();
        assertThat(out.resolve("27-2011.00-actors.html")).exists();
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("h2").eachText()).containsExactly("Arts, Design, Entertainment, Sports, and Media Occupations",
                "Healthcare Practitioners and Technical Occupations");
        try (PDDocument pdf = Loader.loadPDF(book.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            assertThat(s.getText(pdf)).contains("Occupational Profiles", "Published by EDD");
            int n = pdf.getNumberOfPages();
            s.setStartPage(n);
            s.setEndPage(n);
            assertThat(s.getText(pdf)).contains("Printed on Saturday, May 21, 2022", "Page " + n + " of " + n);
        }
        assertThat(dir.resolve("guide.pdf.parts")).doesNotExist();
    }

    @Test
    void usageAndDataErrors() throws Exception {
        Cli nothing = Cli.run("guide");
        assertThat(nothing.exit).isEqualTo(2);
        assertThat(nothing.err).contains("give --book FILE.pdf and/or --out DIR");
        Path codes = Files.writeString(dir.resolve("codes.txt"), "29-2072.00\n99-9999.99\n");
        Cli unknown = Cli.run("guide", "--book", dir.resolve("g.pdf").toString(), "--codes", codes.toString());
        assertThat(unknown.exit).isEqualTo(1);
        assertThat(unknown.err).contains("unknown occupation code 99-9999.99");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "nurse\n");
        Cli badLine = Cli.run("guide", "--book", dir.resolve("g.pdf").toString(), "--codes", bad.toString());
        assertThat(badLine.err).contains("bad.txt:1: 'nurse' is not an occupation code");
        assertThat(dir.resolve("g.pdf")).doesNotExist();
    }
}
