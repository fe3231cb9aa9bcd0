package org.occuprint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.model.Area;
import org.occuprint.model.AreaKind;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.DataSource;
import org.occuprint.model.Industry;
import org.occuprint.model.Interests;
import org.occuprint.model.Link;
import org.occuprint.model.Occupation;
import org.occuprint.model.OccupationRef;
import org.occuprint.model.Outlook;
import org.occuprint.model.Percentiles;
import org.occuprint.model.Skill;
import org.occuprint.model.Task;
import org.occuprint.model.TopCoded;
import org.occuprint.model.Totals;
import org.occuprint.model.Wages;
import org.occuprint.testing.Fixtures;

class ProfileJsonTest {

    /** An occupation with every field set, to check that nothing is lost on the way through JSON. */
    static Occupation everyField() {
        Area metro = new Area("CBSA-40140", "Riverside–San Bernardino–Ontario", AreaKind.METRO);
        return Occupation.builder("13-1023.00", "Purchasing Agents, Except Wholesale, Retail, and Farm Products")
                .alsoCalled(List.of("Buyer", "Procurement Specialist"))
                .specialties(List.of("Contract Specialists"))
                .summary(List.of("First paragraph.", "Second paragraph."))
                .task(Task.of("Purchase supplies.", "Negotiation"))
                .task(Task.of("Keep records."))
                .skills(List.of(Skill.of("Negotiation", "Bringing others together."), new Skill("Math", Optional.empty())))
                .tools(List.of("Calculators"))
                .technology(List.of("Spreadsheet software"))
                .workingConditions(List.of("Office work."))
                .interests(new Interests(List.of("Conventional", "Enterprising"), List.of("Suits organized people.")))
                .wages(new Wages(2024, "BLS OEWS, May 2024", List.of(
                        new AreaWage(Area.unitedStates(),
                                Optional.of(Percentiles.of(new BigDecimal("25.10"), new BigDecimal("33.46"), null)),
                                Optional.of(Percentiles.of(new BigDecimal("52210"), new BigDecimal("69600"), new BigDecimal("239200")))
                                , Optional.of(new TopCoded(Optional.of(new BigDecimal("239200")), Optional.of(new BigDecimal("115.00")))),
                                OptionalLong.of(306640), Optional.of(new OccupationRef("13-1020", "Buyers and Purchasing Agents"))),
                        new AreaWage(metro, Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(),
                                Optional.empty()))))
                .benefits(List.of("Health insurance."))
                .outlook(new Outlook(2024, 2034, "BLS EP 2024-34", List.of(new AreaProjection(Area.unitedStates(),
                        OptionalLong.of(1000), OptionalLong.of(900), OptionalLong.of(-100),
                        Optional.of(new BigDecimal("-10.0")), OptionalLong.of(80), 100,
                        Optional.of(new OccupationRef("13-1020", "Buyers")),
                        Optional.of(new Totals(169956400, 175169900)))), List.of("Outlook text.")))
                .typicalEducation("Bachelor's degree")
                .workExperience("None")
                .onTheJobTraining("Moderate-term on-the-job training")
                .jobZone(4)
                .education(List.of("Education."))
                .licensing(List.of("Licensing."))
                .certification(List.of("Certification."))
                .advancement(List.of("Advancement."))
                .findingWork(List.of("Finding work."))
                .industries(List.of(new Industry("Manufacturing", Optional.of(new BigDecimal("22.5"))),
                        new Industry("Government", Optional.empty())))
                .employerHeadings(List.of("Purchasing departments"))
                .related(List.of(new OccupationRef("13-1021.00", "Buyers and Purchasing Agents, Farm Products")))
                .sources(List.of(new Link("Institute for Supply Management", "https://www.ismworld.org")))
                .dataSources(List.of(new DataSource("O*NET 29.3 Database", "USDOL/ETA", Optional.of("https://www.onetcenter.org"),
                        Optional.of("CC BY 4.0"), List.of("O*NET is a trademark."))))
                .build();
    }

    private static ProfileFormatException failure(String json) {
        try {
            ProfileJson.parse(json, "test.json");
        } catch (ProfileFormatException e) {
            return e;
        }
        throw new AssertionError("expected a format error for " + json);
    }

    private static String minimal(String extra) {
        return "{\"formatVersion\": 1, \"code\": \"29-2072.00\", \"title\": \"Medical Records Specialists\"" + extra + "}";
    }

    @Test
    void everyFieldRoundTrips() {
        Occupation o = everyField();
        String json = ProfileJson.toJson(o, true);
        Occupation back = ProfileJson.parse(json, "mem");
        assertThat(back).isEqualTo(o);
        assertThat(ProfileJson.toJson(back, true)).isEqualTo(json);
        assertThat(ProfileJson.parse(ProfileJson.toJson(o, false), "mem")).isEqualTo(o);
    }

    @Test
    void flagshipRoundTrips() {
        Occupation o = Fixtures.flagship();
        assertThat(ProfileJson.parse(ProfileJson.toJson(o, true), "mem")).isEqualTo(o);
        assertThat(ProfileJson.parse(ProfileJson.toJson(o, false), "mem")).isEqualTo(o);
    }

    @Test
    void socCodeIsDerivedWhenAbsent() {
        assertThat(ProfileJson.parse(minimal(""), "m").socCode()).isEqualTo("29-2072");
    }

    @Test
    void absentAndEmptyListsMeanTheSame() {
        assertThat(ProfileJson.parse(minimal(", \"tasks\": [], \"alsoCalled\": null"), "m"))
                .isEqualTo(ProfileJson.parse(minimal(""), "m"));
    }

    @Test
    void missingRequiredFieldIsNamedWithItsPath() {
        ProfileFormatException e = failure(minimal(", \"tasks\": [{\"task\": \"a\"}, {\"task\": \"b\"}, {\"task\": \"c\"}, {\"skill\": \"Writing\"}]"));
        assertThat(e.problems()).extracting(ProfileProblem::path, ProfileProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tasks[3].task", "required"));
        assertThat(e.getMessage()).startsWith("test.json: tasks[3].task: required");
    }

    @Test
    void unknownFieldIsRejectedByName() {
        ProfileFormatException e = failure(minimal(", \"salary\": 5"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("salary");
            assertThat(p.message()).startsWith("unknown field");
            assertThat(p.line()).isEqualTo(1);
        });
        ProfileFormatException nested = failure(minimal(", \"wages\": {\"year\": 2024, \"source\": \"s\", \"areas\": [{\"area\": {\"id\": \"US\", \"name\": \"United States\", \"kind\": \"NATION\", \"fips\": 0}}]}"));
        assertThat(nested.problems()).extracting(ProfileProblem::path).containsExactly("wages.areas[0].area.fips");
    }

    @Test
    void aByteOrderMarkIsSkipped(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("notepad.json");
        Files.write(file, ("\uFEFF" + minimal("")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ProfileJson.read(file).title()).isEqualTo("Medical Records Specialists");
        assertThat(ProfileJson.parse("\uFEFF" + minimal(""), "bom.json").code()).isEqualTo("29-2072.00");
    }

    @Test
    void aRelatedCodeIsValidatedLikeTheProfilesOwn() {
        ProfileFormatException e = failure(minimal(",\n \"related\": [{\"code\": \"29-2071.00\", \"title\": \"A\"},"
                + " {\"code\": \"x\", \"title\": \"B\"}]"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("related[1]");
            assertThat(p.message()).contains("'x'", "O*NET-SOC code");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void limitsNameThePathAndTheLimit(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String longText = "a".repeat(ProfileJson.MAX_TEXT + 1);
        assertThat(failure(minimal(", \"summary\": [\"" + longText + "\"]")).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("summary[0]");
                    assertThat(p.message()).isEqualTo("is 10,001 characters long; a text may have at most 10,000");
                });
        String many = String.join(",", java.util.Collections.nCopies(ProfileJson.MAX_ITEMS + 1, "\"t\""));
        assertThat(failure(minimal(", \"tools\": [" + many + "]")).problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("tools");
            assertThat(p.message()).isEqualTo("has 501 items; a list may have at most 500");
        });
        String deep = "[".repeat(ProfileJson.MAX_DEPTH + 5) + "]".repeat(ProfileJson.MAX_DEPTH + 5);
        assertThat(failure(minimal(", \"tools\": " + deep)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("too large: ").contains("nesting"));
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[ProfileJson.MAX_BYTES + 1]);
        assertThatThrownBy(() -> ProfileJson.read(big)).isInstanceOf(ProfileFormatException.class)
                .hasMessageContaining("the file is 2,097,153 bytes; a profile may be at most 2,097,152 (2 MiB)");
        String huge = minimal(", \"summary\": [" + String.join(",", java.util.Collections.nCopies(300,
                "\"" + "b".repeat(8000) + "\"")) + "]");
        assertThat(failure(huge).problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("too large: "));
    }

    @Test
    void wrongTypeIsReportedWithLineAndColumn() {
        String json = "{\n  \"formatVersion\": 1,\n  \"code\": \"29-2072.00\",\n  \"title\": \"T\",\n  \"jobZone\": \"three\"\n}";
        ProfileFormatException e = failure(json);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("jobZone");
            assertThat(p.message()).isEqualTo("expected a whole number, found text");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(14);
        });
        assertThat(e.getMessage()).isEqualTo("test.json: jobZone: expected a whole number, found text (line 5, column 14)");
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        ProfileFormatException e = failure("{\n  \"formatVersion\": 1,\n  \"code\": \"29-2072.00\"\n  \"title\": \"T\"\n}");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEmpty();
            assertThat(p.message()).startsWith("malformed JSON");
            assertThat(p.line()).isEqualTo(4);
        });
    }

    @Test
    void emptyInputAndTrailingContentAreErrors() {
        assertThat(failure("   ").problems()).extracting(ProfileProblem::message).containsExactly("no JSON found (the input is empty)");
        assertThat(failure(minimal("") + " {}").problems()).extracting(ProfileProblem::message)
                .containsExactly("unexpected content after the profile");
    }

    @Test
    void unsupportedFormatVersionIsAnError() {
        ProfileFormatException e = failure("{\"formatVersion\": 2, \"code\": \"29-2072.00\", \"title\": \"T\"}");
        assertThat(e.problems()).extracting(ProfileProblem::message)
                .containsExactly("unsupported format version 2 (this Occuprint reads version 1)");
    }

    @Test
    void invalidValuesAreNamed() {
        ProfileFormatException e = failure("{\"formatVersion\": 1, \"code\": \"29-2072\", \"socCode\": \"29-2071\", \"title\": \"  \","
                + " \"interests\": {\"codes\": [\"Artsy\", \"Social\", \"Social\"]}, \"jobZone\": 7,"
                + " \"industries\": [{\"name\": \"X\", \"percent\": 140}], \"title\": \"again\"}");
        assertThat(e.problems()).extracting(ProfileProblem::path).containsExactly(
                "code", "title", "interests.codes[0]", "interests.codes[2]", "jobZone", "industries[0].percent", "title");
        assertThat(e.problems()).extracting(ProfileProblem::message).contains(
                "'29-2072' is not an O*NET-SOC code (NN-NNNN.NN)", "must not be blank", "field given twice",
                "'Artsy' is not an interest type (one of Realistic, Investigative, Artistic, Social, Enterprising, Conventional)",
                "'Social' is listed twice", "7 is out of range (1 to 5)", "140 must not be more than 100");
    }

    @Test
    void socCodeMustMatchTheCode() {
        ProfileFormatException e = failure("{\"formatVersion\": 1, \"code\": \"29-2072.00\", \"socCode\": \"29-2071\", \"title\": \"T\"}");
        assertThat(e.problems()).extracting(ProfileProblem::toString)
                .containsExactly("socCode: '29-2071' does not match the code '29-2072.00' (line 1, column 55)");
    }

    @Test
    void areaErrorsAndDuplicateAreasAreReported() {
        String areas = "[{\"area\": {\"id\": \"California\", \"name\": \"CA\", \"kind\": \"STATE\"}},"
                + " {\"area\": {\"id\": \"US\", \"name\": \"United States\", \"kind\": \"COUNTRY\"}},"
                + " {\"area\": {\"id\": \"ST-06\", \"name\": \"California\", \"kind\": \"STATE\"}, \"employment\": -1},"
                + " {\"area\": {\"id\": \"ST-06\", \"name\": \"California\", \"kind\": \"STATE\"}, \"employment\": 1.5}]";
        ProfileFormatException e = failure(minimal(", \"wages\": {\"year\": 2024, \"areas\": " + areas + "}"));
        assertThat(e.problems()).extracting(ProfileProblem::path).containsExactly("wages.source", "wages.areas",
                "wages.areas[0].area.id",
                "wages.areas[1].area.kind", "wages.areas[2].employment", "wages.areas[3].employment");
        assertThat(e.problems().get(1).message()).isEqualTo("the area 'ST-06' is listed twice");
    }

    @Test
    void everyProblemIsCollectedAndNoPartialObjectEscapes() {
        ProfileFormatException e = failure("{\"formatVersion\": 1, \"tasks\": [{}, {\"task\": 3}], \"tools\": [\"\", 4]}");
        assertThat(e.problems()).extracting(ProfileProblem::path)
                .containsExactly("code", "title", "tasks[0].task", "tasks[1].task", "tools[0]", "tools[1]");
    }

    @Test
    void validateListsProblemsOfAFile(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, ProfileJson.toJson(everyField(), true));
        assertThat(ProfileJson.validate(good)).isEmpty();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, minimal(", \"tasks\": [{}]"));
        assertThat(ProfileJson.validate(bad)).extracting(ProfileProblem::toString).containsExactly("tasks[0].task: required (line 1, column 94)");
        assertThatThrownBy(() -> ProfileJson.read(bad)).isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith(bad + ": tasks[0].task: required");
    }

    @Test
    void invalidUtf8IsReported(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.json");
        Files.write(f, minimal("").replace("Medical", "M\u00e9dical").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ProfileJson.read(f)).isInstanceOf(ProfileFormatException.class)
                .hasMessageContaining("UTF-8");
    }
}
