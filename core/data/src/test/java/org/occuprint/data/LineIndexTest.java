package org.occuprint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.occuprint.io.ProfileFormatException;

/** Splitting a data set into lines, reading codes, titles and area ids from a line without parsing it. */
class LineIndexTest {
    private static LineIndex index(String text) {
        return LineIndex.of("t.jsonl", text.getBytes(StandardCharsets.UTF_8));
    }

    private static FieldScanner line(String json) {
        return index(json).line(0);
    }

    @Test
    void blankLinesAreSkippedButCountedAndCarriageReturnsDropped() {
        LineIndex lines = index(" \t\n{\"code\":\"11-1011.00\"}\r\n\r\n{\"code\":\"29-2072.00\"}");
        assertThat(lines.size()).isEqualTo(2);
        assertThat(lines.codes()).containsExactly("11-1011.00", "29-2072.00");
        assertThat(lines.indexOf("29-2072.00")).isEqualTo(1);
        assertThat(lines.indexOf("29-2072.01")).isEqualTo(-1);
        assertThat(lines.line(0).where()).isEqualTo("t.jsonl:2");
        assertThat(lines.line(0).text()).isEqualTo("{\"code\":\"11-1011.00\"}");
        assertThat(lines.line(1).where()).isEqualTo("t.jsonl:4");
        assertThat(index("").size()).isZero();
        assertThat(index("\n\n  \n").codes()).isEmpty();
    }

    @Test
    void manyLinesGrowTheIndex() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2500; i++) {
            text.append(String.format(java.util.Locale.ROOT, "{\"formatVersion\":1,\"code\":\"11-%04d.00\"}\n", i));
        }
        LineIndex lines = index(text.toString());
        assertThat(lines.size()).isEqualTo(2500);
        assertThat(lines.codes().get(2499)).isEqualTo("11-2499.00");
        assertThat(lines.line(2499).where()).isEqualTo("t.jsonl:2500");
    }

    @Test
    void theCodeIsReadFromTheCanonicalStartOrElseFromTheField() {
        assertThat(line("{\"formatVersion\":1,\"code\":\"29-2072.00\",\"title\":\"X\"}").code()).isEqualTo("29-2072.00");
        // an escape inside the code: not the canonical form, so the parser reads it
        assertThat(line("{\"formatVersion\":1,\"code\":\"29-2072\\u002e00\",\"title\":\"X\"}").code())
                .isEqualTo("29-2072.00");
        assertThat(line("{\"title\":{\"code\":\"no\"},\"code\":\"29-2072.00\"}").code()).isEqualTo("29-2072.00");
        assertThatThrownBy(() -> line("{\"formatVersion\":1,\"code\":\"29-2072.0\",\"title\":\"X\"}").code())
                .isInstanceOf(ProfileFormatException.class)
                .hasMessage("t.jsonl:1: code: '29-2072.0' is not an O*NET-SOC code (NN-NNNN.NN)");
        assertThatThrownBy(() -> index("{\"code\":29}")).isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith("t.jsonl:1: code: required");
        assertThatThrownBy(() -> index("[1]")).isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith("t.jsonl:1: expected a profile object");
        assertThatThrownBy(() -> index("{\"code\":\"11-1011.00\"}\n{\"title\": ")).isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith("t.jsonl:2: malformed JSON: ");
    }

    @Test
    void summariesReadTitleAndAlsoCalledOnly() {
        FieldScanner l = line("{\"code\":\"11-1011.00\",\"tasks\":[{\"text\":\"x\"}],\"alsoCalled\":[\"CEO\",\"Chief\"],"
                + "\"title\":\"Chief Executives\",\"colour\":\"ignored here\"}");
        assertThat(l.summary("11-1011.00"))
                .isEqualTo(new OccupationSummary("11-1011.00", "Chief Executives", List.of("CEO", "Chief")));
        assertThatThrownBy(() -> line("{\"code\":\"11-1011.00\",\"title\":\" \"}").summary("11-1011.00"))
                .isInstanceOf(ProfileFormatException.class).hasMessage("t.jsonl:1: title: expected text");
        assertThatThrownBy(() -> line("{\"code\":\"11-1011.00\",\"title\":\"A\",\"alsoCalled\":[1]}").summary("11-1011.00"))
                .isInstanceOf(ProfileFormatException.class).hasMessage("t.jsonl:1: alsoCalled: expected a list of text");
        assertThatThrownBy(() -> line("{\"code\":\"11-1011.00\"}").summary("11-1011.00"))
                .isInstanceOf(ProfileFormatException.class).hasMessage("t.jsonl:1: title: required");
    }

    @Test
    void areaIdsComeFromWagesAndOutlookAreasOnly() {
        Set<String> ids = new TreeSet<>();
        line("{\"code\":\"11-1011.00\",\"related\":[{\"area\":{\"id\":\"NOT-AN-AREA\"}}],"
                + "\"wages\":{\"year\":2024,\"areas\":[{\"area\":{\"name\":\"US\",\"id\":\"US\"},\"hourly\":{}},"
                + "{\"area\":{\"id\":\"CBSA-40140\"}}]},"
                + "\"outlook\":{\"areas\":[{\"area\":{\"id\":\"ST-06\"}}],\"text\":\"t\"}}").collectAreaIds(ids);
        assertThat(ids).containsExactly("CBSA-40140", "ST-06", "US");
    }
}
