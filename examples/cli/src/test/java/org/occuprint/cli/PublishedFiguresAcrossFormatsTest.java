package org.occuprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published figures that the data-truth check finds in the composed words reach every format: the
 * occupations whose printed figures used to be recomputed or printed as "About 0" (Dredge Operators,
 * Patternmakers, Wood), and the one with no wage estimate at all, rendered through the command line.
 */
class PublishedFiguresAcrossFormatsTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                // BLS EP 2024-34: 1.1 -> 1.2 thousand, change 0.0, +1.2 percent, 0.1 thousand openings.
                Arguments.of("53-7031.00", List.of("projected to grow 1.2 percent from 2024 to 2034",
                        "slower than the 3.1 percent", "About 100 openings a year")),
                // 0.5 -> 0.4 thousand, change 0, -5 percent, openings 0.
                Arguments.of("51-7032.00", List.of("projected to decline 5.0 percent", "-5.0%",
                        "Fewer than 50 openings a year", "Fewer than 50")),
                // Not in OEWS May 2024.
                Arguments.of("45-3031.00", List.of("publishes no wage estimate for Fishing and Hunting Workers",
                        "does not count the self-employed", "projected to decline 4.6 percent")),
                // 194.8 -> 208.6 thousand, +7.1 percent, 14.2 thousand openings.
                Arguments.of("29-2072.00", List.of("Bright Outlook occupation: nationally, employment is projected"
                        + " to grow faster than average from 2024 to 2034, with 100,000 or more job openings.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFormatPrintsThePublishedFigures(String code, List<String> expected) throws Exception {
        Path out = dir.resolve(code);
        Cli r = Cli.run("render", code, "--format", "pdf,docx,html", "--out", out.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        for (Path file : list(out)) {
            String text = normalize(text(file));
            assertThat(text).as(file.getFileName().toString()).contains(expected.stream().map(
                    PublishedFiguresAcrossFormatsTest::normalize).toList())
                    .doesNotContain("About 0", "N/A", "9.1 percent", "20.0 percent");
        }
        assertThat(list(out)).hasSize(3);
    }

    private static List<Path> list(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.sorted().toList();
        }
    }

    private static String text(Path file) throws Exception {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument d = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(d);
            }
        }
        if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in);
                    XWPFWordExtractor x = new XWPFWordExtractor(d)) {
                return x.getText();
            }
        }
        return Jsoup.parse(file.toFile(), "UTF-8").body().text();
    }

    /** Line breaks and runs of spaces (a PDF wraps lines) read as one space. */
    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
