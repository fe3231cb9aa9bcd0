package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    void cleanTextIsReturnedAsIs() {
        String s = "Caf\u00e9 \u05e2\u05d1\u05e8\u05d9\u05ea \ud83d\udccb <&>";
        assertThat(XmlText.clean(s)).isSameAs(s);
    }

    @Test
    void charactersXmlCannotHoldAreDropped() {
        assertThat(XmlText.clean("a\u0000b\u0007c\u001bd\uFFFEe\uFFFFf")).isEqualTo("abcdef");
    }

    @Test
    void loneSurrogatesAreDroppedAndPairsKept() {
        assertThat(XmlText.clean("x\ud800y\udc00z\ud83d\udccb")).isEqualTo("xyz\ud83d\udccb");
        assertThat(XmlText.clean("end\ud800")).isEqualTo("end");
    }

    @Test
    void tabsAndLineBreaksBecomeSpaces() {
        assertThat(XmlText.clean("a\tb\nc\r\nd")).isEqualTo("a b c  d");
    }

    @Test
    void escapedTextIsAsciiWithMarkupAndEveryOtherCharacterAsAReference() {
        StringBuilder sb = new StringBuilder("x=");
        XmlText.escape(sb, "R\u00edo \u2013 \"<a&b>\" \ud83d\udccb\u0007");
        // appended to what the builder holds
        assertThat(sb.toString()).isEqualTo("x=R&#237;o &#8211; &quot;&lt;a&amp;b&gt;&quot; &#128203;");
    }
}
