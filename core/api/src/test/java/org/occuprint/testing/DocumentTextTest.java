package org.occuprint.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.occuprint.compose.ProfileDocument;
import org.opentest4j.AssertionFailedError;

/** The plain-text form of a composed document and the golden-file check. */
class DocumentTextTest {
    @Test
    void theWordsAreTheMarkedLinesWithoutTheirMarkersOrTheFooter() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship(), Fixtures.options().toBuilder().agency("EDD")
                .office("Inland Empire Job Center\n(951) 555-0100").note("Bring your résumé.").build());
        String text = DocumentText.of(doc);
        assertThat(text).contains("\n[office]\n  Inland Empire Job Center\n  (951) 555-0100\n")
                .contains("\n[note] ").contains("\n  Bring your résumé.\n");
        String unmarked = text.substring(0, text.indexOf("\n--- every page\n"))
                .replaceAll("(?m)^Chart alt: .*$", "").replaceAll("(?m)^\\[qr: [^]]*\\] ", "")
                .replaceAll("(?m)^(# |## |### |! |\\* |Table: |Table note: |Chart: |Chart labels: |\\[note\\] |\\[office\\]$)", "")
                .replaceAll("(?m)^\\| | \\| | \\|$", " ").replaceAll("\\*\\*", "").replaceAll(" <(\\S+)>", " $1");
        assertThat(Fixtures.words(unmarked)).isEqualTo(DocumentText.words(doc));
        assertThat(DocumentText.words(doc)).doesNotContain("Printed", "{page}");
    }

    @Test
    void addressesThatAreNotSafeLinksAreMarked() {
        String text = DocumentText.of(Fixtures.compose(Fixtures.resource("hostile.json")));
        assertThat(text).contains("<javascript:alert(document.cookie)> (printed, not linked)");
        assertThat(text).contains("* Mail <mailto:someone@example.org>\n");
    }

    @Test
    void bookPartsHaveNoPageLabel() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship()).withoutPageLabels();
        assertThat(DocumentText.of(doc)).endsWith(Fixtures.PRINTED_ON + "\n(no page label: the book numbers its pages)\n");
    }

    @Test
    void aDifferenceFailsAndKeepsTheActualText() throws IOException {
        assertThatThrownBy(() -> Golden.check("no-such-golden.txt", "actual\n"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("There is no golden file " + Path.of("src/test/resources/golden/no-such-golden.txt"))
                .hasMessageContaining("-Dgolden.update=true");
        assertThat(Files.readString(Path.of("target/golden/no-such-golden.txt"))).isEqualTo("actual\n");
        assertThat(Golden.firstDifference("a\nb\nc\n", "a\nB\nc\n")).isEqualTo("at line 2: expected 'b' but was 'B'");
        assertThat(Golden.firstDifference("a\n", "a\nb\n")).isEqualTo("at line 2: expected '(end of file)' but was 'b'");
    }
}
