package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.options.Detail;
import org.occuprint.options.Logo;
import org.occuprint.options.RenderOptions;
import org.occuprint.testing.Fixtures;

/**
 * The tagged PDFs pass veraPDF's PDF/UA-1 and PDF/A-2u validation with no failed rule; a failure prints
 * each failed rule (flavour, clause, count, description, where it first failed).
 */
class TaggedPdfTest {
    private static void assertConforms(String name, byte[] pdf) {
        Pdfs.keep(name + ".pdf", pdf);
        Pdfs.keep(name + ".structure.txt", StructureDump.text(StructureDump.of(pdf)).getBytes(StandardCharsets.UTF_8));
        String report = VeraPdf.report(pdf);
        assertThat(report).as("veraPDF rules failed by %s (PDF/UA-1 and PDF/A-2u)", name).isEmpty();
    }

    @Test
    void flagshipConforms() {
        assertConforms("tagged-flagship", Pdfs.render(Fixtures.compose(Fixtures.flagship())));
    }

    @Test
    void largePrintConforms() {
        RenderOptions large = Fixtures.options().toBuilder().largePrint(true).build();
        assertConforms("tagged-large-print", Pdfs.render(Fixtures.compose(Fixtures.flagship(), large)));
    }

    @Test
    void summaryConforms() {
        RenderOptions summary = Fixtures.options().toBuilder().detail(Detail.SUMMARY).build();
        assertConforms("tagged-summary", Pdfs.render(Fixtures.compose(Fixtures.flagship(), summary)));
    }

    @Test
    void hostileProfileConforms() {
        assertConforms("tagged-hostile", Pdfs.render(Fixtures.compose(Fixtures.resource("hostile.json"))));
    }

    @Test
    void brandedProfileWithLogoNoteAndOfficeConforms() {
        RenderOptions branded = Fixtures.options().toBuilder().agency("Employment Development Department")
                .office("Riverside America's Job Center\n1960 Chicago Ave, Riverside, CA")
                .logo(Logo.of(png())).note("Call Maria before Friday.\nBring your résumé.").build();
        byte[] pdf = Pdfs.render(Fixtures.compose(Fixtures.flagship(), branded));
        assertConforms("tagged-branded", pdf);
        List<StructureDump.Entry> tree = StructureDump.of(pdf);
        assertThat(tree).anySatisfy(e -> assertThat(e.role() + " " + e.extra()).startsWith("Figure Alt=\"")
                .contains("Employment Development Department"));
    }

    @Test
    void everyLinkAnnotationHasContentsAndAStructParent() throws IOException {
        byte[] pdf = Pdfs.render(Fixtures.compose(Fixtures.flagship()));
        int links = 0;
        try (PDDocument doc = Pdfs.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                assertThat(page.getCOSObject().getNameAsString("Tabs")).isEqualTo("S");
                for (PDAnnotation a : page.getAnnotations()) {
                    assertThat(a).isInstanceOf(PDAnnotationLink.class);
                    assertThat(a.getContents()).startsWith("https://");
                    assertThat(a.getStructParent()).isNotNegative();
                    links++;
                }
            }
        }
        assertThat(links).isGreaterThanOrEqualTo(6);
    }

    @Test
    void untaggedOutputIsNotClaimedToConform() {
        // guards the validation itself: the untagged PDF does fail
        byte[] pdf = Pdfs.render(new PdfRenderer(PdfOptions.defaults().withTagged(false)),
                Fixtures.compose(Fixtures.flagship()));
        assertThat(VeraPdf.report(pdf)).contains("ua1 7.1-3", "2u 6.6.4-1");
    }

    @Test
    void taggedAndUntaggedPrintTheSameText() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        byte[] untagged = Pdfs.render(new PdfRenderer(PdfOptions.defaults().withTagged(false)), doc);
        assertThat(Pdfs.pageTexts(Pdfs.render(doc))).isEqualTo(Pdfs.pageTexts(untagged));
    }

    /** A small PNG with transparency: a navy square on a clear background. */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b, 0x3d, 0x61));
        g.fillRect(4, 4, 24, 24);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
