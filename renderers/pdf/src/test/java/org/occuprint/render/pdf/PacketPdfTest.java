package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.PacketDocument;
import org.occuprint.compose.Section;
import org.occuprint.testing.Fixtures;

/**
 * A client packet as one PDF: the first page with the note once and the comparison, the contents' page
 * numbers where the parts really start, page labels through the packet, a nested outline, PDF/UA-1.
 */
class PacketPdfTest {
    private static PacketDocument packet;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        packet = Fixtures.packet();
        pdf = render(packet);
        Pdfs.keep("packet.pdf", pdf);
    }

    private static byte[] render(PacketDocument p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pdfs.RENDERER.render(p, out);
        return out.toByteArray();
    }

    private static int page(PDDocument d, PDOutlineItem item) throws IOException {
        PDPage p = item.findDestinationPage(d);
        return p == null ? -1 : d.getPages().indexOf(p) + 1;
    }

    private static List<PDOutlineItem> children(PDOutlineNode node) {
        List<PDOutlineItem> out = new ArrayList<>();
        node.children().forEach(out::add);
        return out;
    }

    @Test
    void firstPageHasTheNoteTheContentsAndTheComparison() {
        List<String> pages = Pdfs.pageTexts(pdf);
        String first = pages.get(0);
        assertThat(first).contains("Career packet: 3 occupations compared", "For Ana: three to weigh.",
                "Riverside Job Center", "In this packet", "The occupations side by side", "The occupations compared",
                "$53,460 a year");
        String all = String.join("\n", pages);
        assertThat(all.split("For Ana: three to weigh.", -1)).hasSize(2);
        assertThat(all.split("Riverside Job Center", -1)).hasSize(2);
    }

    @Test
    void contentsPageNumbersAreWhereThePartsStart() {
        List<String> pages = Pdfs.pageTexts(pdf);
        String first = pages.get(0);
        for (PacketDocument.Handout h : packet.handouts()) {
            String entry = packet.contents().entries().stream().filter(e -> e.anchor().equals(h.anchor())).findFirst()
                    .orElseThrow().text();
            Matcher m = Pattern.compile(Pattern.quote(entry) + "\\s*page (\\d+)").matcher(first);
            assertThat(m.find()).as("contents entry %s with a page number in %s", entry, first).isTrue();
            int page = Integer.parseInt(m.group(1));
            // the handout's code line, under its title, is first on that page
            String codes = h.document().titleBlock().lines().stream().filter(l -> l.startsWith("O*NET-SOC code"))
                    .findFirst().orElseThrow();
            int firstWithCodes = -1;
            for (int i = 0; i < pages.size() && firstWithCodes < 0; i++) {
                if (pages.get(i).contains(codes)) {
                    firstWithCodes = i + 1;
                }
            }
            assertThat(page).as("page of %s", entry).isEqualTo(firstWithCodes);
            assertThat(first.indexOf(entry)).isLessThan(m.start(1));
        }
    }

    @Test
    void pageLabelsRunThroughThePacket() {
        List<String> pages = Pdfs.pageTexts(pdf);
        int n = pages.size();
        assertThat(n).isGreaterThan(packet.handouts().size() + 1);
        for (int i = 0; i < n; i++) {
            assertThat(pages.get(i)).contains(Fixtures.PRINTED_ON).contains("Page " + (i + 1) + " of " + n);
        }
    }

    @Test
    void outlineHasTheComparisonEachOccupationWithItsSectionsAndTheClosing() throws IOException {
        try (PDDocument d = Pdfs.load(pdf)) {
            List<PDOutlineItem> top = children(d.getDocumentCatalog().getDocumentOutline());
            List<String> expected = new ArrayList<>();
            expected.add("The occupations side by side");
            packet.handouts().forEach(h -> expected.add(h.document().titleBlock().title()));
            packet.closing().forEach(s -> expected.add(s.heading()));
            assertThat(top).extracting(PDOutlineItem::getTitle).containsExactlyElementsOf(expected);
            assertThat(page(d, top.get(0))).isEqualTo(1);
            for (int i = 0; i < packet.handouts().size(); i++) {
                PacketDocument.Handout h = packet.handouts().get(i);
                PDOutlineItem item = top.get(i + 1);
                assertThat(children(item)).extracting(PDOutlineItem::getTitle)
                        .containsExactlyElementsOf(h.document().sections().stream().map(Section::heading).toList());
                assertThat(page(d, item)).isGreaterThan(1);
            }
        }
    }

    @Test
    void conformsToPdfUaAndPdfA() {
        Pdfs.keep("packet.structure.txt", StructureDump.text(StructureDump.of(pdf)).getBytes(StandardCharsets.UTF_8));
        assertThat(VeraPdf.report(pdf)).as("veraPDF rules failed by the packet").isEmpty();
    }

    @Test
    void sameInputSameBytes() {
        assertThat(render(Fixtures.packet())).isEqualTo(pdf);
    }
}
