package org.occuprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code occuprint packet}: the packet on the embedded data, the format from the name, bad codes. */
class PacketCommandTest {
    @TempDir
    Path dir;

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void threeOccupationsWithTwoAreasMakeOneBoundPdfWhoseFirstPageComparesThem() throws Exception {
        Path file = dir.resolve("packet.pdf");
        Cli r = Cli.run("packet", "29-2072.00", "29-9021.00", "43-6013.00", "--area", "CBSA-40140", "--area", "US",
                "--out", file.toString(), "--printed-on", "2022-05-21", "--note", "For Ana: three to weigh.");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out.trim()).isEqualTo(file.toString());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            String first = s.getText(pdf);
            // the published figures of the raw files: OEWS May 2024 annual medians of 29-2072, national
            // ($50,250) and Riverside MSA ($53,460); EDD 2020–2030 for Riverside's 29-2098, the group that holds
            // Medical Records Specialists: 16.6 % and 3,970 openings over ten years (397 a year)
            assertThat(first).contains("Up 16.6% from 2020", "397", "The occupations side by side", "Medical Records Specialists",
                    "Health Information", "Medical Secretaries", "For Ana: three to weigh.",
                    "$50,250 a year", "$53,460 a year", "Up 7.1% from 2024 to", "Printed on Saturday, May 21, 2022");
            List<String> top = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(i -> top.add(i.getTitle()));
            assertThat(top).containsExactly("The occupations side by side", "Medical Records Specialists",
                    "Health Information Technologists and Medical Registrars",
                    "Medical Secretaries and Administrative Assistants", "Other sources of information", "About this packet");
            PDOutlineItem nurse = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling();
            assertThat(nurse.getFirstChild().getTitle()).isEqualTo("What would I do?");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void theFileNameChoosesTheFormat() throws Exception {
        Path file = dir.resolve("sub/packet.html");
        Cli r = Cli.run("packet", "29-2072.00", "29-9021.00", "--summary", "--out", file.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        Document d = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(d.select("article.handout")).hasSize(2);
        Cli docx = Cli.run("packet", "29-2072.00", "29-9021.00", "--out", dir.resolve("p.docx").toString());
        assertThat(docx.exit).as(docx.toString()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("p.docx"))).startsWith(0x50, 0x4b);
    }

    @Test
    void unknownCodesAreNamedInOneLineAndNothingIsWritten() throws Exception {
        Cli r = Cli.run("packet", "29-2072.00", "11-9999.00", "nurse", "missing.json", "12-3456.00",
                "--out", dir.resolve("packet.pdf").toString());
        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        assertThat(r.err.strip().lines()).hasSize(1);
        assertThat(r.err).contains("11-9999.00, 12-3456.00", "nurse", "missing.json", "nothing was written")
                .doesNotContain("Exception");
        assertThat(files()).isEmpty();
    }

    @Test
    void oneOccupationOrARendererWithoutPacketsIsAUsageError() throws Exception {
        Cli one = Cli.run("packet", "29-2072.00", "--out", dir.resolve("p.pdf").toString());
        assertThat(one.exit).as(one.toString()).isEqualTo(2);
        assertThat(one.err).contains("a packet holds 2 to 20 occupations; 1 was given");
        Cli twice = Cli.run("packet", "29-2072.00", "29-2072.00", "--out", dir.resolve("p.pdf").toString());
        assertThat(twice.exit).as(twice.toString()).isEqualTo(1);
        assertThat(twice.err).contains("29-2072.00 is in the packet twice");
        Cli area = Cli.run("packet", "29-2072.00", "29-9021.00", "--area", "CBSA-99999", "--out", dir.resolve("p.pdf").toString());
        assertThat(area.exit).as(area.toString()).isEqualTo(1);
        assertThat(area.err).contains("Unknown area 'CBSA-99999'");
        assertThat(files()).isEmpty();
    }
}
