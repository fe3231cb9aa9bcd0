package org.occuprint.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.occuprint.model.Occupation;
import org.occuprint.model.OccupationRef;
import org.occuprint.model.Skill;
import org.occuprint.model.Task;

/** The O*NET facts of the imported sample occupations: titles, tasks and their skills, lists, links. */
class ImportOnetTest {
    private static final String ONET = "onet_29_3/";

    private static List<String[]> rowsOf(String file, String code) {
        return Slice.tsv(ONET + file).stream().skip(1).filter(r -> r[0].equals(code)).toList();
    }

    @Test
    void onlyOccupationsWithTasksAreImportedInCodeOrder() {
        assertThat(Slice.imported().keySet()).containsExactlyElementsOf(Slice.CODES);
    }

    @Test
    void titleAndSummaryAreTheOccupationDataRow() {
        for (String code : Slice.CODES) {
            Map<String, String> row = Slice.row(ONET + "Occupation Data.txt", "O*NET-SOC Code", code);
            Occupation o = Slice.occupation(code);
            assertThat(o.title()).isEqualTo(row.get("Title"));
            assertThat(o.summary()).containsExactly(row.get("Description"));
            assertThat(o.socCode()).isEqualTo(code.substring(0, 7));
        }
    }

    @Test
    void tasksAreTheOccupationsStatementsCoreFirstAtMostTwenty() {
        for (String code : Slice.CODES) {
            List<String[]> rows = rowsOf("Task Statements.txt", code);
            List<String> tasks = Slice.occupation(code).tasks().stream().map(Task::task).toList();
            Map<String, String> type = rows.stream().collect(Collectors.toMap(r -> r[3], r -> r[4], (a, b) -> a));
            assertThat(tasks).as(code).hasSize(Math.min(20, rows.size()));
            assertThat(type.keySet()).as(code).containsAll(tasks);
            List<Integer> ranks = tasks.stream().map(t -> switch (type.get(t)) {
                case "Core" -> 0;
                case "Supplemental" -> 1;
                default -> 2;
            }).toList();
            assertThat(ranks).as(code).isSorted();
            long core = rows.stream().filter(r -> r[4].equals("Core")).count();
            assertThat(ranks.stream().filter(r -> r == 0).count()).as(code).isEqualTo(Math.min(20, core));
        }
    }

    @Test
    void occupationsWithoutSkillRatingsGetTasksWithoutSkillsAndNoSkills() {
        for (String code : List.of("29-2072.00", "15-1252.00")) {
            assertThat(Slice.tsv(ONET + "Skills.txt.gz").stream().filter(r -> r[0].equals(code))).as(code).isEmpty();
            Occupation o = Slice.occupation(code);
            assertThat(o.tasks()).as(code).isNotEmpty().allSatisfy(t -> assertThat(t.skill()).isEmpty());
            assertThat(o.skills()).as(code).isEmpty();
        }
        String text = Slice.text(Slice.occupation("29-2072.00"));
        assertThat(text).contains("Medical Records Specialists do tasks like these. Assign the patient");
        assertThat(text).doesNotContain("Sample skill", "Each task is shown with a skill");
    }

    /** Skills rated at least 3.0 for importance (not suppressed), by name. */
    private static Set<String> importantSkills(String code) {
        Set<String> out = new HashSet<>();
        for (String[] r : Slice.tsv(ONET + "Skills.txt.gz")) {
            if (r[0].equals(code) && r[4].equals("IM") && r[11].equals("N") && Double.parseDouble(r[6]) >= 3.0) {
                out.add(r[3]);
            }
        }
        return out;
    }

    @Test
    void matchedSkillsAreAlwaysSkillsTheOccupationRatesImportant() {
        for (String code : Slice.CODES) {
            Set<String> important = importantSkills(code);
            for (Task t : Slice.occupation(code).tasks()) {
                t.skill().ifPresent(s -> assertThat(important).as(code + ": " + t.task()).contains(s));
            }
        }
        List<Task> nurse = Slice.occupation("29-1141.00").tasks();
        assertThat(nurse.stream().filter(t -> t.skill().isPresent()).count()).isGreaterThanOrEqualTo(nurse.size() * 3 / 4);
        assertThat(Slice.text(Slice.occupation("29-1141.00"))).contains("Tasks and sample skills", "Sample skill");
    }

    @Test
    void taskSkillsFollowTheWorkActivities() {
        Map<String, Optional<String>> nurse = Slice.occupation("29-1141.00").tasks().stream()
                .collect(Collectors.toMap(Task::task, Task::skill));
        assertThat(nurse.get("Maintain accurate, detailed reports and records.")).contains("Writing");
        assertThat(nurse.get("Record patients' medical information and vital signs.")).contains("Writing");
        assertThat(nurse.get("Consult and coordinate with healthcare team members to assess, plan, implement, or "
                + "evaluate patient care plans.")).contains("Speaking");
        Map<String, Optional<String>> ceo = Slice.occupation("11-1011.00").tasks().stream()
                .collect(Collectors.toMap(Task::task, Task::skill));
        assertThat(ceo.get("Prepare budgets for approval, including those for funding or implementation of programs."))
                .contains("Management of Financial Resources");
        assertThat(ceo.get("Negotiate or approve contracts or agreements with suppliers, distributors, federal or state "
                + "agencies, or other organizational entities.")).contains("Negotiation");
    }

    @Test
    void skillsAreTheImportantOnesMostImportantFirstWithTheirDefinitions() {
        Occupation o = Slice.occupation("29-1141.00");
        Map<String, String> definitions = Slice.tsv(ONET + "Content Model Reference.txt").stream().skip(1)
                .collect(Collectors.toMap(r -> r[1], r -> r[2]));
        Map<String, Double> importance = Slice.tsv(ONET + "Skills.txt.gz").stream()
                .filter(r -> r[0].equals("29-1141.00") && r[4].equals("IM"))
                .collect(Collectors.toMap(r -> r[3], r -> Double.parseDouble(r[6])));
        assertThat(o.skills()).hasSize(10);
        List<Double> values = o.skills().stream().map(s -> -importance.get(s.name())).toList();
        assertThat(values).isSorted();
        for (Skill s : o.skills()) {
            assertThat(s.description()).contains(definitions.get(s.name()));
            assertThat(importance.get(s.name())).isGreaterThanOrEqualTo(3.0);
        }
        assertThat(o.skills().get(0).name()).isEqualTo("Social Perceptiveness");
    }

    @Test
    void alsoCalledPutsReportedTitlesFirstWithoutRepeatingTheTitle() {
        for (String code : Slice.CODES) {
            Occupation o = Slice.occupation(code);
            assertThat(o.alsoCalled()).as(code).isNotEmpty().hasSizeLessThanOrEqualTo(10);
            Set<String> lower = new HashSet<>();
            for (String a : o.alsoCalled()) {
                assertThat(lower.add(a.toLowerCase(Locale.ROOT))).as(code + " repeats " + a).isTrue();
                assertThat(a).as(code).isNotEqualToIgnoringCase(o.title());
            }
        }
        assertThat(Slice.occupation("29-2072.00").alsoCalled()).startsWith("Health Information Technician",
                "Medical Records Clerk", "Medical Records Coordinator", "Registered Health Information Technician (RHIT)")
                .contains("Medical Records Technician", "Health Information Coder")
                .doesNotContain("Medical Records Specialist");
        assertThat(Slice.occupation("29-1141.00").alsoCalled()).startsWith("Charge Nurse")
                .doesNotContain("Registered Nurse");
    }

    @Test
    void technologyPutsHotAndInDemandFirstAndListsAreCapped() {
        Occupation o = Slice.occupation("29-2072.00");
        assertThat(o.technology()).hasSize(12).startsWith("Epic Systems");
        List<String[]> rows = rowsOf("Technology Skills.txt", "29-2072.00");
        Set<String> both = rows.stream().filter(r -> r[5].equals("Y") && r[6].equals("Y")).map(r -> r[2])
                .collect(Collectors.toSet());
        Set<String> hot = rows.stream().filter(r -> r[5].equals("Y")).map(r -> r[2]).collect(Collectors.toSet());
        assertThat(both).hasSize(5);
        assertThat(o.technology().subList(0, 5)).containsExactlyInAnyOrderElementsOf(both);
        assertThat(hot).hasSizeGreaterThan(12).containsAll(o.technology());
        for (String code : Slice.CODES) {
            Occupation x = Slice.occupation(code);
            Set<String> tools = rowsOf("Tools Used.txt", code).stream().map(r -> r[2]).collect(Collectors.toSet());
            assertThat(x.tools()).as(code).hasSizeLessThanOrEqualTo(10);
            assertThat(tools).as(code).containsAll(x.tools());
            assertThat(x.technology()).as(code).hasSizeLessThanOrEqualTo(12).doesNotHaveDuplicates();
        }
    }

    @Test
    void interestsAreTheHighPointsInOrder() {
        assertThat(Slice.occupation("29-2072.00").interests().codes()).containsExactly("Conventional", "Investigative");
        assertThat(Slice.occupation("27-2011.00").interests().codes()).containsExactly("Artistic", "Social", "Enterprising");
    }

    @Test
    void relatedOccupationsAreTheTenFirstByIndexWithTheirTitles() {
        List<String[]> rows = rowsOf("Related Occupations.txt", "29-2072.00");
        List<OccupationRef> expected = rows.stream().sorted((a, b) -> Integer.parseInt(a[5]) - Integer.parseInt(b[5]))
                .limit(10).map(r -> new OccupationRef(r[2], r[3])).toList();
        assertThat(Slice.occupation("29-2072.00").related()).containsExactlyElementsOf(expected);
        assertThat(expected.get(0)).isEqualTo(new OccupationRef("31-9094.00", "Medical Transcriptionists"));
    }

    @Test
    void jobZoneIsTheJobZonesRow() {
        for (String code : Slice.CODES) {
            Map<String, String> row = Slice.row(ONET + "Job Zones.txt", "O*NET-SOC Code", code);
            assertThat(Slice.occupation(code).jobZone()).as(code).hasValue(Integer.parseInt(row.get("Job Zone")));
        }
    }
}
