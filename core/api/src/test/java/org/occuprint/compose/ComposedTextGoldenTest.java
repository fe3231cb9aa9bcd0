package org.occuprint.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.occuprint.options.Detail;
import org.occuprint.testing.DocumentText;
import org.occuprint.testing.Fixtures;
import org.occuprint.testing.Golden;

/**
 * The flagship's composed document, word for word and section by section, is the committed golden text
 * ({@code src/test/resources/golden/}), so that every change of wording is a visible diff. The renderers'
 * parity tests compare their extracted text with the same composed words.
 */
class ComposedTextGoldenTest {
    @Test
    void flagshipHandoutReadsAsTheGoldenText() {
        Golden.check("29-2072.00.txt", DocumentText.of(Fixtures.compose(Fixtures.flagship())));
    }

    @Test
    void flagshipSummaryHandoutReadsAsTheGoldenText() {
        ProfileDocument summary = Fixtures.compose(Fixtures.flagship(),
                Fixtures.options().toBuilder().detail(Detail.SUMMARY).build());
        Golden.check("29-2072.00-summary.txt", DocumentText.of(summary));
    }

    @Test
    void theGoldenTextHasEverySectionHeadingAndTheFooter() throws IOException {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        String golden = Files.readString(Path.of("src/test/resources/golden/29-2072.00.txt"), StandardCharsets.UTF_8);
        assertThat(golden).startsWith("# Medical Records Specialists\n");
        for (Section s : doc.sections()) {
            assertThat(golden).contains("\n## " + s.heading() + "\n");
        }
        assertThat(golden).contains("Table: ", "| ", "Table note: ", "* ", "! ")
                .endsWith("--- every page\n" + Fixtures.PRINTED_ON + "\nPage {page} of {pages}\n");
    }
}
