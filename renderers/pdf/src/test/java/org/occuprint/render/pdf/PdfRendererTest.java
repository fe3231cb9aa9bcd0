package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.options.PageSize;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.RenderException;
import org.occuprint.render.Renderers;
import org.occuprint.testing.Fixtures;

class PdfRendererTest {
    private static ProfileDocument flagship;
    private static byte[] flagshipPdf;
    private static Path flagshipFile;

    @BeforeAll
    static void renderFlagship() {
        flagship = Fixtures.compose(Fixtures.flagship());
        flagshipPdf = Pdfs.render(flagship);
        flagshipFile = Pdfs.keep("29-2072.00.pdf", flagshipPdf);
    }

    @Test
    void everyPageHasThePrintDateAndPageNOfM() throws IOException {
        try (PDDocument pdf = Pdfs.load(flagshipPdf)) {
            List<String> pages = Pdfs.pageTexts(pdf);
            int n = pages.size();
            assertThat(n).isGreaterThan(1);
            for (int i = 0; i < n; i++) {
                assertThat(pages.get(i)).as("page %d", i + 1)
                        .contains(Fixtures.PRINTED_ON)
                        .contains("Page " + (i + 1) + " of " + n);
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndSubsetAndNoneIsAStandardFont() throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument pdf = Pdfs.load(flagshipPdf)) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.isStandard14()).as(font.getName()).isFalse();
                    names.add(font.getName());
                }
            }
        }
        assertThat(names).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+Liberation.*"), "subset Liberation fonts");
    }

    @Test
    void pdffontsListsOnlyEmbeddedFonts() throws Exception {
        List<String> lines = run("pdffonts", flagshipFile.toString());
        if (lines == null) {
            return; // poppler-utils not installed: the PDFBox test above covers it
        }
        // name type encoding emb sub uni object ID; the first two lines are headers
        List<String> rows = lines.subList(2, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            String[] cols = row.trim().split("\\s+");
            assertThat(cols[cols.length - 5]).as(row).isEqualTo("yes"); // emb
            assertThat(cols[cols.length - 4]).as(row).isEqualTo("yes"); // sub
            assertThat(cols[cols.length - 3]).as(row).isEqualTo("yes"); // uni
        }
    }

    @Test
    void outlineHasOneEntryPerSectionInOrderPointingAtItsPage() throws IOException {
        try (PDDocument pdf = Pdfs.load(flagshipPdf)) {
            List<String> pages = Pdfs.pageTexts(pdf);
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                PDPage target = item.findDestinationPage(pdf);
                assertThat(target).as(item.getTitle()).isNotNull();
                int index = pdf.getPages().indexOf(target);
                assertThat(pages.get(index)).as("the page of '%s'", item.getTitle()).contains(item.getTitle());
            }
            assertThat(titles).containsExactlyElementsOf(flagship.sections().stream().map(Section::heading).toList());
        }
    }

    @Test
    void metadataComesFromTheComposedDocument() throws IOException {
        try (PDDocument pdf = Pdfs.load(flagshipPdf)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(flagship.info().title()).isEqualTo("Medical Records Specialists");
            assertThat(info.getSubject()).isEqualTo(flagship.info().subject());
            assertThat(info.getKeywords()).isEqualTo(String.join(", ", flagship.info().keywords())).contains("29-2072.00");
            assertThat(info.getAuthor()).isEqualTo(flagship.info().author());
            assertThat(info.getCreator()).isEqualTo("Occuprint");
            assertThat(info.getProducer()).isEqualTo(PdfMetadata.PRODUCER).doesNotContainPattern("\\d");
            Instant midnight = Instant.parse("2022-05-21T00:00:00Z");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(midnight);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(midnight);
            assertThat(info.getCreationDate().get(Calendar.ZONE_OFFSET)).isZero();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<rdf:li xml:lang=\"x-default\">Medical Records Specialists</rdf:li>")
                    .contains("<xmp:CreateDate>2022-05-21T00:00:00Z</xmp:CreateDate>")
                    .contains("<pdf:Producer>" + PdfMetadata.PRODUCER + "</pdf:Producer>")
                    .contains("<rdf:li>en-US</rdf:li>")
                    .contains("<pdf:Keywords>" + String.join(", ", flagship.info().keywords()) + "</pdf:Keywords>");
            COSArray id = pdf.getDocument().getDocumentID();
            assertThat(id.size()).isEqualTo(2);
            assertThat(((COSString) id.get(0)).getBytes()).hasSize(16);
        }
    }

    @Test
    void agencyIsTheAuthor() throws IOException {
        RenderOptions options = Fixtures.options().toBuilder().agency("EDD").build();
        try (PDDocument pdf = Pdfs.load(Pdfs.render(Fixtures.compose(Fixtures.flagship(), options)))) {
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("EDD");
        }
    }

    @Test
    void renderingTwiceGivesTheSameBytesAndOtherDocumentsOtherIds() throws IOException {
        byte[] again = Pdfs.render(new PdfRenderer(), Fixtures.compose(Fixtures.flagship()));
        assertThat(again).isEqualTo(flagshipPdf);
        byte[] a4 = Pdfs.render(Fixtures.compose(Fixtures.flagship(),
                Fixtures.options().toBuilder().pageSize(PageSize.A4).build()));
        try (PDDocument x = Pdfs.load(flagshipPdf); PDDocument y = Pdfs.load(a4)) {
            assertThat(((COSString) x.getDocument().getDocumentID().get(0)).getBytes())
                    .isNotEqualTo(((COSString) y.getDocument().getDocumentID().get(0)).getBytes());
        }
    }

    @Test
    void defaultLocaleAndTimeZoneDoNotChangeTheBytes() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(Pdfs.render(new PdfRenderer(), Fixtures.compose(Fixtures.flagship()))).isEqualTo(flagshipPdf);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void linksAreClickableWebAddresses() throws IOException {
        List<String> uris = linkUris(flagshipPdf);
        assertThat(uris).isNotEmpty().allMatch(u -> u.startsWith("https://") || u.startsWith("mailto:"));
        assertThat(uris).contains("https://www.ahima.org");
    }

    static List<String> linkUris(byte[] bytes) throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument pdf = Pdfs.load(bytes)) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    assertThat(a).isInstanceOf(PDAnnotationLink.class);
                    assertThat(((PDAnnotationLink) a).getAction()).isInstanceOf(PDActionURI.class);
                    uris.add(((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI());
                }
            }
        }
        return uris;
    }

    @Test
    void letterByDefaultA4FromTheLayout() throws IOException {
        try (PDDocument pdf = Pdfs.load(flagshipPdf)) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(612f, within(0.01f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(792f, within(0.01f));
            }
        }
        RenderOptions a4 = Fixtures.options().toBuilder().pageSize(PageSize.A4).build();
        byte[] bytes = Pdfs.render(Fixtures.compose(Fixtures.flagship(), a4));
        Pdfs.keep("29-2072.00-a4.pdf", bytes);
        try (PDDocument pdf = Pdfs.load(bytes)) {
            List<String> pages = Pdfs.pageTexts(pdf);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PageSize.A4.widthPoints(), within(0.1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PageSize.A4.heightPoints(), within(0.1f));
            }
            assertThat(pages.get(pages.size() - 1)).contains("Page " + pages.size() + " of " + pages.size());
        }
    }

    @Test
    void largePrintRendersWithItsFooter() {
        RenderOptions large = Fixtures.options().toBuilder().largePrint(true).build();
        byte[] bytes = Pdfs.render(Fixtures.compose(Fixtures.flagship(), large));
        Pdfs.keep("29-2072.00-large.pdf", bytes);
        List<String> pages = Pdfs.pageTexts(bytes);
        assertThat(pages.size()).isGreaterThan(Pdfs.pageTexts(flagshipPdf).size());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(Fixtures.PRINTED_ON).contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void pageNumbersCanBeLeftToABookBinder() {
        byte[] bytes = Pdfs.render(new PdfRenderer(PdfOptions.defaults().withPageNumbers(false)), flagship);
        List<String> pages = Pdfs.pageTexts(bytes);
        assertThat(pages).hasSameSizeAs(Pdfs.pageTexts(flagshipPdf));
        assertThat(pages).allMatch(p -> p.contains(Fixtures.PRINTED_ON)).noneMatch(p -> p.contains("Page "));
    }

    @Test
    void xmpCanBeLeftOutOfAnUntaggedPdf() throws IOException {
        byte[] bytes = Pdfs.render(new PdfRenderer(PdfOptions.defaults().withTagged(false).withXmpMetadata(false)), flagship);
        try (PDDocument pdf = Pdfs.load(bytes)) {
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNull();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Medical Records Specialists");
        }
    }

    @Test
    void writeFailuresBecomeRenderExceptionsNamingProfileAndFormat() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> Pdfs.RENDERER.render(flagship, broken))
                .isInstanceOfSatisfying(RenderException.class, e -> {
                    assertThat(e.formatId()).contains("pdf");
                    assertThat(e.profileCode()).contains("29-2072.00");
                })
                .hasMessage("Cannot render '29-2072.00' as pdf: cannot write: disk full");
    }

    @Test
    void theOutputStreamIsNotClosed() {
        boolean[] closed = {false};
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Pdfs.RENDERER.render(flagship, out);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void discoveryFindsThePdfRenderer() {
        assertThat(Renderers.discover().require("pdf")).isInstanceOf(PdfRenderer.class);
        assertThat(new PdfRenderer().format()).isEqualTo(PdfRenderer.FORMAT);
        assertThat(PdfRenderer.FORMAT.mediaType()).isEqualTo("application/pdf");
        assertThat(PdfRenderer.FORMAT.fileExtension()).isEqualTo("pdf");
    }

    /** The output lines of a command, or null when it cannot be run. */
    static List<String> run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out.lines().toList();
        } catch (IOException e) {
            return null;
        }
    }
}
