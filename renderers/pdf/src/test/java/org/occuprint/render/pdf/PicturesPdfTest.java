package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.compose.Block;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.options.SectionId;
import org.occuprint.testing.Fixtures;
import org.occuprint.testing.Tools;

/**
 * The charts and the QR code in the PDF: painted as vectors (the labels are text), each a Figure whose
 * alternative text is the composed one, and the QR code read back from the printed page by zbarimg.
 */
class PicturesPdfTest {
    private static final String URL = "https://www.onetonline.org/link/summary/29-2072.00";

    @Test
    void theQrCodeOnThePrintedPageOpensThePrintedAddress(@TempDir Path dir) throws Exception {
        Path zbarimg = Tools.require("zbarimg");
        Path pdftoppm = Tools.require("pdftoppm");
        byte[] pdf = Pdfs.render(Fixtures.compose(Fixtures.flagship()));
        Path file = Files.write(dir.resolve("flagship.pdf"), pdf);
        // 150 dpi: a module of the 0.9-inch code is about 4 pixels, as a phone camera sees it at arm's length
        Tools.Result png = Tools.run(dir, 60, pdftoppm.toString(), "-png", "-r", "150", "-f", "1", "-l", "1",
                "-singlefile", file.toString(), dir.resolve("page1").toString());
        assertThat(png.exit()).as(png.output()).isZero();
        Tools.Result read = Tools.run(dir, 60, zbarimg.toString(), "-q", "--raw", dir.resolve("page1.png").toString());
        assertThat(read.exit()).as(read.output()).isZero();
        assertThat(read.output().lines().filter(l -> l.startsWith("http")).toList()).containsExactly(URL);
        assertThat(Pdfs.pageTexts(pdf).get(0)).contains("This profile online: " + URL);
    }

    @Test
    void eachPictureIsAFigureWithTheComposedAlternativeText() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        List<String> alts = StructureDump.of(Pdfs.render(doc)).stream().filter(e -> e.role().equals("Figure"))
                .map(StructureDump.Entry::extra).toList();
        List<String> charts = doc.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Chart).map(b -> "Alt=\"" + ((Block.Chart) b).description() + "\"").toList();
        assertThat(charts).hasSize(2);
        String qr = "Alt=\"" + doc.titleBlock().online().orElseThrow().alt() + "\"";
        assertThat(alts).containsExactly(qr, charts.get(0), charts.get(1));
    }

    @Test
    void theChartsLabelsAreTextInThePdf() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        String text = Fixtures.normalize(Pdfs.text(Pdfs.render(doc)));
        assertThat(text).contains("Annual wages, 2024: the middle half and the median",
                "Middle half of wages (25th to 75th percentile)", "$53,460", "$80,000", "This occupation",
                "All occupations");
    }

    @Test
    void withoutChartsAndQrCodeThereAreNoFigures() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship(), Fixtures.options().toBuilder().charts(false)
                .onlineProfile(null).build());
        assertThat(doc.section(SectionId.WAGES).orElseThrow().blocks()).noneMatch(b -> b instanceof Block.Chart);
        byte[] pdf = Pdfs.render(doc);
        assertThat(StructureDump.of(pdf)).noneMatch(e -> e.role().equals("Figure"));
        assertThat(Pdfs.text(pdf)).doesNotContain("This profile online", "Middle half of wages");
    }
}
