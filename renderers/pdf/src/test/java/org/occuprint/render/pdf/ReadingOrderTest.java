package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.testing.Fixtures;

/**
 * The structure tree of the flagship, read back with PDFBox (kept as target/pdf-out/reading-order.txt):
 * the order of its elements is the order a reader expects, and its text is the document's words, in order,
 * without the page footers and the table header rows repeated on later pages.
 */
class ReadingOrderTest {
    private static ProfileDocument flagship;
    private static List<StructureDump.Entry> tree;

    @BeforeAll
    static void dump() {
        flagship = Fixtures.compose(Fixtures.flagship());
        tree = StructureDump.of(Pdfs.render(flagship));
        Pdfs.keep("reading-order.txt", StructureDump.text(tree).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstElementsAreTitleBlockSummaryAndTasksTable() {
        List<String> roles = tree.stream().map(StructureDump.Entry::role).limit(28).toList();
        assertThat(roles).containsExactly(
                "Document",
                "Div", "H1", "P", "P", "P", "P",                   // title, also called, specialties, codes, Bright Outlook
                "P", "Figure", "Span", "Link",                     // the QR code, its label and the linked address
                "Sect", "H2", "P", "P",                            // What would I do?
                "Sect", "H2", "P",                                 // Tasks, its introduction
                "Table", "Caption", "THead", "TR", "TH", "TH",      // the tasks table: caption, header row
                "TBody", "TR", "TD", "TD");                         // first task and its skill
        assertThat(tree.get(2).text()).isEqualTo("Medical Records Specialists");
        assertThat(tree.get(6).text()).startsWith("Bright Outlook occupation");
        assertThat(tree.get(8).extra()).startsWith("Alt=\"QR code that opens https://www.onetonline.org/");
        assertThat(tree.get(12).text()).isEqualTo("What would I do?");
        assertThat(tree.get(19).text()).isEqualTo("Tasks and sample skills");
        assertThat(tree.get(22).extra()).isEqualTo("Scope=Column");
    }

    @Test
    void sectionHeadingsAreH2InPrintOrderUnderOneH1() {
        assertThat(tree.stream().filter(e -> e.role().equals("H1")).map(StructureDump.Entry::text))
                .containsExactly("Medical Records Specialists");
        assertThat(tree.stream().filter(e -> e.role().equals("H2")).map(StructureDump.Entry::text).toList())
                .isEqualTo(flagship.sections().stream().map(Section::heading).toList());
    }

    @Test
    void listItemsHaveALabelAndABody() {
        for (int i = 0; i < tree.size(); i++) {
            if (tree.get(i).role().equals("LI")) {
                assertThat(tree.get(i + 1).role()).isEqualTo("Lbl");
                assertThat(tree.get(i + 1).text()).isEqualTo("•");
                assertThat(tree.get(i + 2).role()).isEqualTo("LBody");
            }
        }
    }

    @Test
    void theTreeReadsTheDocumentsWordsInOrderWithoutFootersOrRepeatedHeaders() {
        StringBuilder text = new StringBuilder();
        tree.stream().filter(e -> !e.role().equals("Lbl")).forEach(e -> text.append(e.text()).append(' '));
        assertThat(Fixtures.words(text.toString())).isEqualTo(Fixtures.words(Fixtures.text(flagship)));
        assertThat(text.toString()).doesNotContain(Fixtures.PRINTED_ON, "Page 1 of");
    }
}
