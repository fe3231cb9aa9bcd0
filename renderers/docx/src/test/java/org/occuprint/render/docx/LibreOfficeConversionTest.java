package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.Block;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.testing.Fixtures;
import org.occuprint.testing.Tools;

/**
 * The DOCX as LibreOffice lays it out: one {@code soffice --convert-to pdf} run converts the flagship and
 * the hostile profile (a few seconds), and the tests read the PDFs with PDFBox. Skipped, with a message,
 * only when {@code soffice} is not installed.
 */
class LibreOfficeConversionTest {
    private static final long TIMEOUT_SECONDS = 180;

    private static ProfileDocument flagship;
    private static ProfileDocument hostile;
    private static PDDocument flagshipPdf;
    private static PDDocument hostilePdf;
    private static Path profileDir;

    @BeforeAll
    static void convert() throws Exception {
        // skipped where LibreOffice is missing, but a failure when OCCUPRINT_REQUIRE_TOOLS is set (.ci/run)
        Optional<Path> soffice = Optional.of(Tools.require("soffice", "libreoffice"));
        flagship = Fixtures.compose(Fixtures.flagship());
        hostile = Fixtures.compose(Fixtures.resource("hostile.json"));
        Path out = Files.createDirectories(Path.of("target", "libreoffice-out")).toAbsolutePath();
        Path flagshipDocx = DocxTesting.keep("flagship.docx", DocxTesting.render(flagship)).toAbsolutePath();
        Path hostileDocx = DocxTesting.keep("hostile.docx", DocxTesting.render(hostile)).toAbsolutePath();
        Files.deleteIfExists(out.resolve("flagship.pdf"));
        Files.deleteIfExists(out.resolve("hostile.pdf"));
        // a profile of our own, so parallel runs (and a desktop LibreOffice) don't lock each other out
        profileDir = Files.createTempDirectory("occuprint-lo-profile");
        Process p = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=" + profileDir.toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString(),
                flagshipDocx.toString(), hostileDocx.toString())
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("soffice.log").toFile())
                .start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("soffice did not finish in " + TIMEOUT_SECONDS + " s; see " + out.resolve("soffice.log"));
        }
        assertThat(p.exitValue()).as("soffice exit code (log: %s)", out.resolve("soffice.log")).isZero();
        flagshipPdf = Loader.loadPDF(out.resolve("flagship.pdf").toFile());
        hostilePdf = Loader.loadPDF(out.resolve("hostile.pdf").toFile());
    }

    @AfterAll
    static void close() throws IOException {
        if (flagshipPdf != null) {
            flagshipPdf.close();
        }
        if (hostilePdf != null) {
            hostilePdf.close();
        }
        if (profileDir != null) {
            try (Stream<Path> files = Files.walk(profileDir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static String text(PDDocument pdf, int first, int last) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        return Fixtures.normalize(stripper.getText(pdf));
    }

    @Test
    void theQrCodeOnLibreOfficesFirstPageOpensThePrintedAddress() throws Exception {
        Path zbarimg = Tools.require("zbarimg");
        Path pdftoppm = Tools.require("pdftoppm");
        Path dir = Path.of("target", "libreoffice-out").toAbsolutePath();
        String url = flagship.titleBlock().online().orElseThrow().url();
        // 150 dpi, as the PDF's own QR test reads it: about 4 pixels a module
        Tools.Result png = Tools.run(dir, 60, pdftoppm.toString(), "-png", "-r", "150", "-f", "1", "-l", "1",
                "-singlefile", dir.resolve("flagship.pdf").toString(), dir.resolve("flagship-page1").toString());
        assertThat(png.exit()).as(png.output()).isZero();
        Tools.Result read = Tools.run(dir, 60, zbarimg.toString(), "-q", "--raw",
                dir.resolve("flagship-page1.png").toString());
        assertThat(read.exit()).as(read.output()).isZero();
        assertThat(read.output().lines().filter(l -> l.startsWith("http")).toList()).containsExactly(url);
        assertThat(text(flagshipPdf, 1, 1)).contains("This profile online: " + url);
    }

    @Test
    void titleAndEverySectionHeadingArePrinted() throws IOException {
        String text = text(flagshipPdf, 1, flagshipPdf.getNumberOfPages());
        assertThat(text).contains(flagship.titleBlock().title());
        for (Section s : flagship.sections()) {
            assertThat(text).contains(Fixtures.normalize(s.heading()));
        }
    }

    @Test
    void headingLevelsBecomeTheOutlineTitleOverSections() {
        PDDocumentOutline outline = flagshipPdf.getDocumentCatalog().getDocumentOutline();
        assertThat(outline).isNotNull();
        List<PDOutlineItem> top = new ArrayList<>();
        outline.children().forEach(top::add);
        assertThat(top).extracting(PDOutlineItem::getTitle).containsExactly(flagship.titleBlock().title());
        List<String> sections = new ArrayList<>();
        top.get(0).children().forEach(i -> sections.add(i.getTitle()));
        assertThat(sections).containsExactlyElementsOf(flagship.sections().stream().map(Section::heading).toList());
        assertThat(flagshipPdf.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
        assertThat(flagshipPdf.getDocumentInformation().getTitle()).isEqualTo(flagship.info().title());
    }

    @Test
    void everyPageShowsThePrintDateAndItsOwnPageNumber() throws IOException {
        int pages = flagshipPdf.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(text(flagshipPdf, page, page)).as("page %d", page)
                    .contains(Fixtures.PRINTED_ON)
                    .contains(flagship.footer().pageLabel(page, pages));
        }
    }

    @Test
    void everySourceLinkSurvivesAsALinkAnnotation() throws IOException {
        List<String> hrefs = flagship.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(Block.LinkList.class::isInstance).map(Block.LinkList.class::cast)
                .flatMap(l -> l.items().stream()).flatMap(i -> i.href().stream()).toList();
        assertThat(hrefs).isNotEmpty();
        List<String> uris = linkTargets(flagshipPdf);
        assertThat(uris).hasSizeGreaterThanOrEqualTo(hrefs.size());
        for (String href : hrefs) {
            assertThat(uris).as("link annotations").anyMatch(u -> u.equals(href) || u.equals(href + "/"));
        }
    }

    @Test
    void hostileTextGivesADocumentLibreOfficeOpens() throws IOException {
        String text = text(hostilePdf, 1, hostilePdf.getNumberOfPages());
        assertThat(text).contains("Hostile <b>Test</b> & \"Friends\"").contains("Right to left").contains("end.");
        assertThat(linkTargets(hostilePdf)).contains("https://example.org/path?a=1&b=%3C2%3E", "mailto:someone@example.org")
                .noneMatch(u -> u.startsWith("javascript:") || u.startsWith("file:") || u.startsWith("data:"));
    }

    private static List<String> linkTargets(PDDocument pdf) throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }
}
