package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.occuprint.compose.Block;
import org.occuprint.compose.Block;
import org.occuprint.compose.Drawing;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.render.html.HtmlRenderer;
import org.occuprint.testing.DocumentText;
import org.occuprint.testing.Fixtures;

/**
 * The PDF says the composed document's words ({@link DocumentText}, the golden text's words), in order, and so
 * the same words as the print-HTML.
 *
 * <p>The HTML's words are jsoup's body text. The PDF's words are PDFBox's text of each page, less what the
 * PDF adds on purpose: the footer (print date and page label, from the stylesheet, not the body), the header
 * row a table repeats at the top of a page, and the list bullets, which the PDF prints as "•" characters
 * where a browser draws markers (so "•" is left out on both sides). Two PDF words are joined back into one
 * only where a line ends between them, and only when together they are the composed (and the HTML's) word:
 * that is a word wrapped because it is longer than the line (a long web address, the hostile fixture's
 * 5,000-letter word). Any other difference, such as a word broken or hyphenated inside a line, a word lost or
 * doubled, fails.
 */
class TextParityTest {
    private static final String BULLET = "\u2022";

    static Stream<Arguments> documents() {
        return Fixtures.parityDocuments().stream().map(d -> Arguments.of(d.name(), d.doc()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void thePdfHasTheComposedWordsAndThoseOfTheHtml(String name, ProfileDocument doc) {
        List<String> composed = DocumentText.words(doc).stream().filter(w -> !w.equals(BULLET)).toList();
        List<String> html = Fixtures.words(Jsoup.parse(new HtmlRenderer().toXhtml(doc)).body().text()).stream()
                .filter(w -> !w.equals(BULLET)).toList();
        assertThat(html).containsExactlyElementsOf(composed);
        byte[] pdf = Pdfs.render(doc);
        Pdfs.keep("parity-" + name + ".pdf", pdf);
        List<String> pages = Pdfs.pageTexts(pdf);

        List<Word> words = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            // the footer's two margin boxes print first, on one line
            String text = pages.get(i).replaceFirst(Pattern.quote(Fixtures.PRINTED_ON), "")
                    .replaceFirst(Pattern.quote("Page " + (i + 1) + " of " + pages.size()), "");
            List<Word> page = words(text.lines().toList());
            page.removeIf(w -> w.text().equals(BULLET));
            if (i > 0) {
                dropRepeatedHeader(page, doc);
            }
            words.addAll(page);
        }
        // Flying Saucer paints a drawing after the text of its page, so its labels come at the end of the
        // page's content: each chart's labels must be there, together, and the rest must read in order
        for (List<String> labels : chartLabels(doc)) {
            assertThat(removeRun(words, labels)).as("the labels %s in the PDF", labels).isTrue();
            composed = without(composed, labels);
            html = without(html, labels);
        }
        assertThat(join(composed, words)).containsExactlyElementsOf(composed);
        assertThat(join(html, words)).containsExactlyElementsOf(html);
    }

    /** The words of each chart's labels, in painting order. */
    private static List<List<String>> chartLabels(ProfileDocument doc) {
        List<List<String>> out = new ArrayList<>();
        doc.sections().stream().flatMap(s -> s.blocks().stream()).filter(b -> b instanceof Block.Chart)
                .forEach(b -> out.add(Fixtures.words(String.join(" ", ((Block.Chart) b).drawing().marks().stream()
                        .filter(m -> m instanceof Drawing.Label).map(m -> ((Drawing.Label) m).text()).toList()))));
        return out;
    }

    /** Removes the first run of words equal to {@code run}; whether there was one. */
    private static boolean removeRun(List<Word> words, List<String> run) {
        for (int i = 0; i + run.size() <= words.size(); i++) {
            boolean match = true;
            for (int j = 0; j < run.size() && match; j++) {
                match = words.get(i + j).text().equals(run.get(j));
            }
            if (match) {
                words.subList(i, i + run.size()).clear();
                return true;
            }
        }
        return false;
    }

    /** The words without the first run equal to {@code run}. */
    private static List<String> without(List<String> words, List<String> run) {
        List<String> out = new ArrayList<>(words);
        for (int i = 0; i + run.size() <= out.size(); i++) {
            if (out.subList(i, i + run.size()).equals(run)) {
                out.subList(i, i + run.size()).clear();
                return out;
            }
        }
        throw new AssertionError("The words have no run " + run);
    }

    /** A word of the PDF text, and whether a line ends after it. */
    record Word(String text, boolean endsLine) {
    }

    private static List<Word> words(List<String> lines) {
        List<Word> words = new ArrayList<>();
        for (String line : lines) {
            List<String> w = Fixtures.words(line);
            for (int i = 0; i < w.size(); i++) {
                words.add(new Word(w.get(i), i == w.size() - 1));
            }
        }
        return words;
    }

    /** Removes a table header row that a page repeats at its top. */
    private static void dropRepeatedHeader(List<Word> page, ProfileDocument doc) {
        for (Section s : doc.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.Table t) {
                    // compared without spaces: a header cell may wrap inside a word ("occupation’|s")
                    String header = t.columns().stream().map(Block.Column::header).reduce("", String::concat)
                            .replaceAll("\\s+", "");
                    StringBuilder start = new StringBuilder();
                    for (int i = 0; i < page.size() && start.length() < header.length(); i++) {
                        start.append(page.get(i).text());
                        if (start.toString().equals(header)) {
                            page.subList(0, i + 1).clear();
                            return;
                        }
                    }
                }
            }
        }
    }

    /**
     * The PDF's words with line-wrapped pieces joined where together they make the reference's word at that
     * place; everything else as it is, so that a difference shows in the assertion.
     */
    private static List<String> join(List<String> reference, List<Word> pdf) {
        List<String> out = new ArrayList<>();
        int h = 0;
        int p = 0;
        while (p < pdf.size()) {
            Word w = pdf.get(p);
            String expected = h < reference.size() ? reference.get(h) : null;
            String text = w.text();
            int q = p;
            while (expected != null && !text.equals(expected) && pdf.get(q).endsLine() && q + 1 < pdf.size()
                    && expected.startsWith(text + pdf.get(q + 1).text())) {
                q++;
                text = text + pdf.get(q).text();
            }
            if (text.equals(expected)) {
                out.add(text);
                p = q + 1;
            } else {
                out.add(w.text());
                p++;
            }
            h++;
        }
        return out;
    }
}
