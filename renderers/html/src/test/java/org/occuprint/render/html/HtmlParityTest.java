package org.occuprint.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.options.Logo;
import org.occuprint.testing.DocumentText;
import org.occuprint.testing.Fixtures;

/**
 * The print-HTML's body says the composed document's words ({@link DocumentText}, the golden text's words), no
 * more and no fewer, in order. The footer is not in the body: it lives in the stylesheet's page margins.
 */
class HtmlParityTest {
    static Stream<Arguments> documents() {
        Stream<Arguments> shared = Fixtures.parityDocuments().stream().map(d -> Arguments.of(d.name(), d.doc()));
        return Stream.concat(shared, Stream.of(
                Arguments.of("branded", Fixtures.compose(Fixtures.flagship(), Fixtures.options().toBuilder()
                        .agency("EDD").office("Inland Empire Job Center\n(951) 555-0100")
                        .note("Maria: bring your resume.").logo(Logo.of(Fixtures.logo())).build())),
                Arguments.of("hostile", Fixtures.compose(Fixtures.resource("hostile.json")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theHtmlBodyHasTheComposedWords(String name, ProfileDocument doc) {
        List<String> html = Fixtures.words(Jsoup.parse(new HtmlRenderer().toXhtml(doc)).body().text());
        assertThat(html).hasSizeGreaterThan(50).containsExactlyElementsOf(DocumentText.words(doc));
    }
}
