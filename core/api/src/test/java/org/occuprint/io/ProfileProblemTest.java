package org.occuprint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** A problem is one line, whatever the file's field names and values hold (found by ProfileReaderFuzzTest). */
class ProfileProblemTest {
    @Test
    void aFieldNameWithALineBreakPrintsEscaped() {
        ProfileFormatException e = catchThrowableOfType(ProfileFormatException.class,
                () -> ProfileJson.parse("{\"formatV# ers\\n\":1}", "f.json"));
        assertThat(e.getMessage().lines()).hasSize(e.problems().size()).allMatch(l -> l.startsWith("f.json: "));
        assertThat(e.getMessage()).contains("formatV# ers\\n");
    }

    @Test
    void controlCharactersBecomeEscapes() {
        assertThat(ProfileProblem.escapeControls("a\nb\tc\u001bd\u2028e")).isEqualTo("a\\nb\\tc\\u001bd\\u2028e");
        assertThat(ProfileProblem.escapeControls("plain é")).isEqualTo("plain é");
    }

    @Test
    void numbersBeyondAnyFigureAreRefusedWithoutPrintingThemOut() {
        for (String n : java.util.List.of("5555555555555555555555555555555555555555555555555e55555555555555555550",
                "1e999999999", "0e-999999999", "1e-40", "12345678901234567890")) {
            ProfileFormatException e = catchThrowableOfType(ProfileFormatException.class,
                    () -> ProfileJson.parse("{\"formatVersion\":" + n + "}", "n.json"));
            assertThat(e).as(n).isNotNull();
            assertThat(e.getMessage()).as(n).contains("a number out of range").hasSizeLessThan(300);
        }
    }

    @Test
    void aTitleOfControlCharactersOnlyIsRefused() {
        ProfileFormatException e = catchThrowableOfType(ProfileFormatException.class,
                () -> ProfileJson.parse("{\"formatVersion\":1,\"code\":\"11-1011.00\",\"title\":\"\\u0001\\u0002\"}", "t.json"));
        assertThat(e.getMessage()).isEqualTo("t.json: title: has no printable characters (line 1, column 48)");
    }

    @Test
    void anOptionMessageQuotingALineBreakStaysOneLine() {
        org.occuprint.options.InvalidOptionException e = catchThrowableOfType(
                org.occuprint.options.InvalidOptionException.class,
                () -> org.occuprint.options.RenderOptions.builder().areas(java.util.List.of("E/\nX")).build());
        assertThat(e.getMessage()).doesNotContain("\n").contains("E/\\nX");
    }
}
