package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.html.HtmlRenderer;
import org.occuprint.testing.DocumentText;
import org.occuprint.testing.Fixtures;

/**
 * The DOCX says the composed document's words ({@link DocumentText}, the golden text's words) in order, and so
 * the same words as the print HTML (whose footer lives in CSS, so the DOCX footer is left out of the
 * comparison).
 */
class DocxParityTest {
    private static List<String> htmlWords(ProfileDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer().render(doc, out);
        return Fixtures.words(Jsoup.parse(out.toString(StandardCharsets.UTF_8)).body().text());
    }

    private static List<String> docxWords(ProfileDocument doc) {
        return Fixtures.words(DocxTesting.bodyText(DocxTesting.open(DocxTesting.render(doc))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"flagship", "branded", "hostile"})
    void theComposedWordsAndTheSameWordsAsTheHtml(String variant) {
        Occupation o = variant.equals("hostile") ? Fixtures.resource("hostile.json") : Fixtures.flagship();
        RenderOptions options = variant.equals("branded") ? DocxTesting.branded() : Fixtures.options();
        ProfileDocument doc = Fixtures.compose(o, options);
        List<String> docx = docxWords(doc);
        assertThat(docx).hasSizeGreaterThan(100);
        assertThat(docx).containsExactlyElementsOf(DocumentText.words(doc));
        assertThat(docx).containsExactlyElementsOf(htmlWords(doc));
    }
}
