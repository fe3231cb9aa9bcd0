package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.model.Occupation;
import org.occuprint.testing.Fixtures;

class UnicodeAndHostileTest {
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (records) {
                records.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger logger = Logger.getLogger(PdfRenderer.class.getName());

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    private List<String> warnings() {
        synchronized (records) {
            return records.stream().filter(r -> r.getLevel() == Level.WARNING).map(LogRecord::getMessage).toList();
        }
    }

    @Test
    void everyCharacterOfTheUnicodeFixturePrintsAsItself() {
        Occupation o = Fixtures.resource("unicode.json");
        byte[] pdf = Pdfs.render(Fixtures.compose(o));
        Pdfs.keep("unicode.pdf", pdf);
        String text = Fixtures.normalize(Pdfs.text(pdf));
        List<String> strings = new ArrayList<>();
        strings.add(o.title());
        strings.addAll(o.alsoCalled());
        strings.addAll(o.summary());
        o.tasks().forEach(t -> strings.add(t.task()));
        for (String s : strings) {
            assertThat(text).contains(Fixtures.normalize(s));
        }
        assertThat(text).contains("Nguyễn", "Łódź", "—", "’", "•", "≥", "é", "ñ", "ü", "Đà Nẵng", "İstanbul", "€", "½", "…")
                .doesNotContain("#", "\u25A1", "\uFFFD");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void hostileContentIsPrintedAsTextAndNothingUnsafeBecomesALink() throws Exception {
        ProfileDocument doc = Fixtures.compose(Fixtures.resource("hostile.json"));
        byte[][] pdf = new byte[1][];
        assertThatCode(() -> pdf[0] = Pdfs.render(doc)).doesNotThrowAnyException();
        Pdfs.keep("hostile.pdf", pdf[0]);

        assertThat(PdfRendererTest.linkUris(pdf[0]))
                .containsExactlyInAnyOrder("https://www.onetonline.org/link/summary/99-9999.01",
                        "https://example.org/path?a=1&b=%3C2%3E", "mailto:someone@example.org")
                .noneMatch(u -> u.startsWith("javascript:") || u.startsWith("file:") || u.startsWith("data:"));

        String text = Fixtures.normalize(Pdfs.text(pdf[0]));
        assertThat(text)
                .contains("<b>Test</b> & \"Friends\"", "<script>alert('x')</script>")
                .contains("<i>Tag</i> Title", "<img src=x onerror=alert(1)> Review records")
                .contains("\"Quoted\" and 'single' </p></body></html>")
                .contains("javascript:alert(document.cookie)", "file:///etc/passwd", "data:text/html,<script>alert(1)</script>")
                .contains("BellNullEscape")
                .doesNotContain("\u0007", "\u0000");
        // the 5,000-letter word wraps at the margin; with the line breaks taken out it is whole
        String longWord = Fixtures.resource("hostile.json").summary().stream()
                .flatMap(p -> Fixtures.words(p).stream()).filter(w -> w.length() > 1000).findFirst().orElseThrow();
        // (and across the page break, once the footer is taken out)
        List<String> pages = Pdfs.pageTexts(pdf[0]);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            body.append(pages.get(i).replace(Fixtures.PRINTED_ON, "").replace("Page " + (i + 1) + " of " + pages.size(), ""));
        }
        assertThat(body.toString().replaceAll("\\s+", "")).contains(longWord);
        assertThat(Pdfs.pageTexts(pdf[0])).allMatch(p -> p.contains(Fixtures.PRINTED_ON));
    }

    @Test
    void charactersNoFontHasAreMarkedAndReportedWithTheProfileCode() {
        Pdfs.render(Fixtures.compose(Fixtures.resource("hostile.json")));
        List<String> w = warnings();
        assertThat(w).anySatisfy(m -> assertThat(m)
                .contains("'99-9999.01'")
                .contains("U+1F469 WOMAN", "U+1F4CB CLIPBOARD", "U+2705 WHITE HEAVY CHECK MARK", "U+2695 STAFF OF AESCULAPIUS")
                .contains("U+0627 ARABIC LETTER ALEF (3 times)")
                // the zero-width joiner and variation selector have no glyph of their own: dropped quietly
                .doesNotContain("U+200D", "U+FE0F"));
        // Hebrew prints (the fonts have it) but left to right: said once
        assertThat(w).anySatisfy(m -> assertThat(m).contains("'99-9999.01'").contains("right-to-left")
                .contains("HEBREW LETTER"));
    }

    @Test
    void markedCharactersShowAsWhiteSquares() {
        String text = Pdfs.text(Pdfs.render(Fixtures.compose(Fixtures.resource("hostile.json"))));
        // woman + zero-width joiner + staff of Aesculapius + variation selector 16, clipboard, check mark: the
        // joiner (which Liberation Sans has, with no width) stays, the variation selector goes
        assertThat(text).contains("emoji: \u25A1\u200D\u25A1\u25A1\u25A1;");
        // Hebrew prints with its own letters, but in left-to-right order (reported; see the test above), so
        // the text comes out reversed
        assertThat(text).contains(new StringBuilder("\u05E2\u05D5\u05D1\u05D3").reverse());
    }
}
