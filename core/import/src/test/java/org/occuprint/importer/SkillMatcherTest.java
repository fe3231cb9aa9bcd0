package org.occuprint.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The task-to-skill crosswalk is consistent, and the word evidence behaves. */
class SkillMatcherTest {
    @Test
    void crosswalkNamesOnlyKnownSkillsAndEveryWorkActivity() {
        Map<String, List<String>> gwas = SkillCrosswalk.standard().gwas();
        Map<String, List<String>> iwas = SkillCrosswalk.standard().iwas();
        assertThat(SkillMatcher.SKILLS).hasSize(35).doesNotHaveDuplicates();
        assertThat(gwas).hasSize(41);
        assertThat(iwas).hasSize(158);
        for (Map.Entry<String, List<String>> e : gwas.entrySet()) {
            assertThat(e.getKey()).matches("4\\.A\\.\\d\\.[a-c]\\.\\d");
            assertThat(e.getValue()).as(e.getKey()).isNotEmpty().hasSizeLessThanOrEqualTo(4).doesNotHaveDuplicates();
            assertThat(SkillMatcher.SKILLS).as(e.getKey()).containsAll(e.getValue());
        }
        for (Map.Entry<String, List<String>> e : iwas.entrySet()) {
            String gwa = e.getKey().substring(0, e.getKey().indexOf(".I"));
            assertThat(gwas).as(e.getKey()).containsKey(gwa);
            assertThat(e.getValue()).as(e.getKey()).isNotEmpty().hasSizeLessThanOrEqualTo(4).doesNotHaveDuplicates();
            assertThat(SkillMatcher.SKILLS).as(e.getKey()).containsAll(e.getValue());
        }
        for (String[] row : Slice.tsv("onet_29_3/DWA Reference.txt").subList(1, 10)) {
            assertThat(gwas).containsKey(row[0]);
        }
    }

    @Test
    void aDwaTakesItsIwasSkillsWhenListedElseItsGwas() {
        SkillCrosswalk crosswalk = SkillCrosswalk.standard();
        // "Prescribe medical treatments or devices" is filed under Monitoring and Controlling Resources
        assertThat(crosswalk.skills(new Onet.Dwa("4.A.4.c.3", "4.A.4.c.3.I06",
                "Prescribe medical treatments or devices.", "Prescribe medications.")))
                .containsExactly("2.B.4.e", "2.A.2.a", "2.A.1.f");
        assertThat(crosswalk.skills(new Onet.Dwa("4.A.4.c.3", "4.A.4.c.3.I99", "x", "x")))
                .containsExactly("2.B.5.b", "2.B.5.c", "2.A.2.d");
        assertThat(crosswalk.skills(new Onet.Dwa("4.A.9.z.9", "4.A.9.z.9.I01", "x", "x")))
                .isEmpty();
    }

    @Test
    void wordsAreLowerCasedStemmedAndStopWordsDropped() {
        assertThat(SkillMatcher.terms("Prepare budgets for approval, and monitoring the Finances"))
                .containsExactly("prepar", "budget", "approv", "monitor", "financ");
        assertThat(SkillMatcher.stem("financial")).isEqualTo(SkillMatcher.stem("finances"));
        assertThat(SkillMatcher.stem("instructing")).isEqualTo(SkillMatcher.stem("instruction"));
    }

    @Test
    void unimportantOrSuppressedSkillsAreNoCandidates() {
        Map<String, Onet.SkillRating> ratings = Map.of(
                "2.A.1.a", new Onet.SkillRating(3.5, 4.0, false),
                "2.A.1.b", new Onet.SkillRating(4.0, 3.0, false),
                "2.A.1.c", new Onet.SkillRating(2.9, 3.0, false),
                "2.A.1.d", new Onet.SkillRating(Double.NaN, 3.0, false),
                "2.A.1.e", new Onet.SkillRating(4.5, 3.0, true));
        assertThat(SkillMatcher.important(ratings)).containsExactly("2.A.1.b", "2.A.1.a");
        assertThat(SkillMatcher.important(Map.of())).isEmpty();
    }

    @Test
    void abbreviatedAlsoCalledTitlesAreShortenedButAcronymsStay() {
        assertThat(Assembler.unabbreviated("Medical Records Technician (Medical Records Tech)"))
                .isEqualTo("Medical Records Technician");
        assertThat(Assembler.unabbreviated("Registered Health Information Technician (RHIT)"))
                .isEqualTo("Registered Health Information Technician (RHIT)");
        assertThat(Assembler.unabbreviated("Emergency Department RN (Emergency Department Registered Nurse)"))
                .isEqualTo("Emergency Department RN (Emergency Department Registered Nurse)");
        assertThat(Assembler.key("Registered Nurse")).isEqualTo(Assembler.key("registered nurses"));
    }
}
