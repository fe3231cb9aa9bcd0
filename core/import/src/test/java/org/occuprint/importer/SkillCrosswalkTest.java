package org.occuprint.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The crosswalk resource reads as documented in its header; a bad row is refused with its line and reason. */
class SkillCrosswalkTest {
    private static final List<String> SKILLS = List.of("2.A.1.a", "2.A.1.b", "2.A.1.c");
    private static final String HEADER = "activity\tskills\ttitle";

    private static SkillCrosswalk parse(String... lines) {
        return SkillCrosswalk.parse(List.of(lines), "x.tsv", SKILLS, 2);
    }

    private static List<String> resourceLines() throws IOException {
        try (InputStream in = SkillCrosswalk.class.getResourceAsStream(SkillCrosswalk.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndIwasOverrideTheirGwa() {
        SkillCrosswalk c = parse("# a comment", "", HEADER, "# GWAs", "4.A.1.a.1\t2.A.1.a 2.A.1.b\tGetting Information",
                "4.A.1.a.1.I08\t2.A.1.c\tResearch issues related to earth sciences.");
        assertThat(c.gwas()).containsExactly(Map.entry("4.A.1.a.1", List.of("2.A.1.a", "2.A.1.b")));
        assertThat(c.iwas()).containsExactly(Map.entry("4.A.1.a.1.I08", List.of("2.A.1.c")));
        assertThat(c.skills(new Onet.Dwa("4.A.1.a.1", "4.A.1.a.1.I08", "t", "t"))).containsExactly("2.A.1.c");
        assertThat(c.skills(new Onet.Dwa("4.A.1.a.1", "4.A.1.a.1.I01", "t", "t"))).containsExactly("2.A.1.a", "2.A.1.b");
    }

    @Test
    void badRowsNameTheLineAndWhatIsWrong() {
        String gwa = "4.A.1.a.1\t2.A.1.a\tGetting Information";
        assertThatThrownBy(() -> parse("activity skills title")).isInstanceOf(IllegalStateException.class)
                .hasMessage("x.tsv:1: expected the header 'activity<TAB>skills<TAB>title', found 'activity skills title'");
        assertThatThrownBy(() -> parse("# only a comment")).hasMessage(
                "x.tsv:1: no header 'activity<TAB>skills<TAB>title' and no rows");
        assertThatThrownBy(() -> parse(HEADER, "4.A.1.a.1\t2.A.1.a")).hasMessage(
                "x.tsv:2: 2 tab-separated fields where a row has 3 (activity, skills, title)");
        assertThatThrownBy(() -> parse(HEADER, "4.A.1.a\t2.A.1.a\tt")).hasMessage(
                "x.tsv:2: activity: '4.A.1.a' is not a GWA id (4.A.n.x.n) or an IWA id (4.A.n.x.n.Inn)");
        assertThatThrownBy(() -> parse(HEADER, gwa, "", gwa)).hasMessage(
                "x.tsv:4: activity: '4.A.1.a.1' has a row already");
        assertThatThrownBy(() -> parse(HEADER, "4.A.1.a.1\t2.A.1.a\t ")).hasMessage(
                "x.tsv:2: title: the activity's title is missing");
        assertThatThrownBy(() -> parse(HEADER, "4.A.1.a.1\t2.A.1.a  2.A.1.b\tt")).hasMessage(
                "x.tsv:2: skills: '2.A.1.a  2.A.1.b' is not skill ids separated by one space");
        assertThatThrownBy(() -> parse(HEADER, "4.A.1.a.1\t\tt")).hasMessage(
                "x.tsv:2: skills: '' is not skill ids separated by one space");
        assertThatThrownBy(() -> parse(HEADER, "4.A.1.a.1\t2.A.1.a 2.A.1.b 2.A.1.c\tt")).hasMessage(
                "x.tsv:2: skills: 3 skills where a row names at most 2");
        assertThatThrownBy(() -> parse(HEADER, "4.A.1.a.1\t2.A.1.a 2.B.9.z\tt")).hasMessage(
                "x.tsv:2: skills: '2.B.9.z' is not one of the 3 skills the importer matches tasks to");
        assertThatThrownBy(() -> parse(HEADER, "4.A.1.a.1\t2.A.1.b 2.A.1.b\tt")).hasMessage(
                "x.tsv:2: skills: '2.A.1.b' is named twice");
        assertThatThrownBy(() -> parse(HEADER, gwa, "4.A.1.b.1.I02\t2.A.1.a\tIdentify business opportunities."))
                .hasMessage("x.tsv:3: activity: the IWA '4.A.1.b.1.I02' belongs to the GWA '4.A.1.b.1', which has no row");
    }

    @Test
    void theResourceHasItsHeaderCommentAndEveryTitleIsOnets() throws IOException {
        List<String> lines = resourceLines();
        assertThat(lines.get(0)).startsWith("# ");
        // the header comment says what each column means, before the header line
        List<String> comment = lines.subList(0, lines.indexOf(SkillCrosswalk.HEADER));
        assertThat(comment).allMatch(l -> l.startsWith("#"))
                .anyMatch(l -> l.startsWith("#   activity  ")).anyMatch(l -> l.startsWith("#   skills    "))
                .anyMatch(l -> l.startsWith("#   title     "));
        // the title column is for the reader: it must say what O*NET calls the activity (the slice's DWA Reference)
        Map<String, String> onet = new HashMap<>();
        for (String[] row : Slice.tsv("onet_29_3/DWA Reference.txt")) {
            onet.put(row[0], row[1]);
            onet.put(row[2], row[3]);
        }
        int checked = 0;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length == 3 && onet.containsKey(f[0])) {
                assertThat(f[2]).as(f[0]).isEqualTo(onet.get(f[0]));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60);
    }
}
