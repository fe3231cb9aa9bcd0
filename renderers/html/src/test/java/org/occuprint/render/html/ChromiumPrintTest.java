package org.occuprint.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.options.RenderOptions;
import org.occuprint.testing.Fixtures;
import org.occuprint.testing.Tools;

/** Prints the print-HTML with a real browser (headless Chromium) and reads the PDF it makes. */
class ChromiumPrintTest {
    @TempDir
    Path dir;

    private Path printWithChromium(ProfileDocument doc, String name) throws Exception {
        Path chromium = Tools.require("chromium", "chromium-browser", "google-chrome");
        Path html = dir.resolve(name + ".html");
        Files.writeString(html, new HtmlRenderer().toXhtml(doc));
        Path pdf = dir.resolve(name + ".pdf");
        Tools.Result r = Tools.run(dir, 120, chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-pdf-header-footer", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--user-data-dir=" + dir.resolve("profile"),
                "--print-to-pdf=" + pdf, html.toUri().toString());
        assertThat(Files.exists(pdf)).as("Chromium wrote no PDF: " + r.output()).isTrue();
        Path keep = Path.of("target", "chromium-out");
        Files.createDirectories(keep);
        Files.copy(pdf, keep.resolve(name + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return pdf;
    }

    private static void assertEveryPageHasTheFooter(PDDocument pdf) throws Exception {
        int n = pdf.getNumberOfPages();
        assertThat(n).isGreaterThan(1);
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= n; i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            String page = Fixtures.normalize(stripper.getText(pdf));
            assertThat(page).as("page %d", i).contains(Fixtures.PRINTED_ON).contains("Page " + i + " of " + n);
        }
    }

    @Test
    void everyPagePrintsTheDateAndPageNumbersAndAllHeadingsArePresent() throws Exception {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        try (PDDocument pdf = Loader.loadPDF(printWithChromium(doc, "flagship").toFile())) {
            assertEveryPageHasTheFooter(pdf);
            String all = Fixtures.normalize(new PDFTextStripper().getText(pdf));
            assertThat(all).contains("Medical Records Specialists");
            List<String> headings = doc.sections().stream().map(Section::heading).toList();
            assertThat(headings).hasSize(15);
            for (String h : headings) {
                assertThat(all).contains(h);
            }
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void largePrintOnA4KeepsTheFooterOnEveryPage() throws Exception {
        RenderOptions options = Fixtures.options().toBuilder().largePrint(true)
                .pageSize(org.occuprint.options.PageSize.A4).build();
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship(), options);
        try (PDDocument pdf = Loader.loadPDF(printWithChromium(doc, "flagship-large-a4").toFile())) {
            assertEveryPageHasTheFooter(pdf);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
        }
    }
}
