package org.occuprint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occuprint.io.ProfileFormatException;
import org.occuprint.model.KnownAreas;
import org.occuprint.model.Occupation;

/** Reading data sets lazily, finding, listing and searching, on the committed default data set and small ones. */
class DataSetTest {
    private static DataSet data;

    @BeforeAll
    static void load() {
        data = DataSet.embedded();
    }

    private static DataSet of(String jsonl) {
        return DataSet.read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "test.jsonl");
    }

    private static List<String> codes(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::code).toList();
    }

    @Test
    void defaultDataSetHasEveryOccupationWithTasks() {
        assertThat(data.size()).isEqualTo(923).isGreaterThanOrEqualTo(900);
        assertThat(data.codes()).hasSize(923).isSorted().doesNotHaveDuplicates();
        assertThat(data.find("29-1141.00")).map(Occupation::title).contains("Registered Nurses");
        assertThat(data.find("99-9999.00")).isEmpty();
        assertThat(data.contains("29-2072.00")).isTrue();
        // the nation, California and EDD's 32 projection areas (29 metropolitan areas and divisions, 3 regions)
        assertThat(data.areaIds()).hasSize(34).contains("US", "ST-06", "CBSA-40140", "CBSA-31084", "RG-CA-NORTH-COAST")
                .allMatch(id -> KnownAreas.find(id).isPresent());
    }

    @Test
    void everyOccupationOfTheDefaultDataSetComposesWithoutPlaceholders() {
        org.occuprint.compose.ProfileComposer composer = new org.occuprint.compose.ProfileComposer();
        org.occuprint.options.RenderOptions options = org.occuprint.options.RenderOptions.builder()
                .printedOn(java.time.LocalDate.of(2022, 5, 21)).areas(List.of("CBSA-40140", "US")).build();
        // "$0" starts a wage chart's scale: no wage may read "$0" where the charts are left out
        org.occuprint.options.RenderOptions noCharts = options.toBuilder().charts(false).build();
        data.occupations().forEach(o -> {
            String text = org.occuprint.testing.Fixtures.text(composer.compose(o, options));
            assertThat(text).as(o.code()).doesNotContain("N/A", "null", "NaN", "Infinity");
            assertThat(org.occuprint.testing.Fixtures.text(composer.compose(o, noCharts))).as(o.code())
                    .doesNotContain("$0 ");
        });
    }

    @Test
    void flagshipInTheDataSetKeepsItsNarrative() {
        Occupation o = data.find("29-2072.00").orElseThrow();
        assertThat(o.summary().get(0)).startsWith("Medical records specialists look after the health information");
        assertThat(o.outlook().orElseThrow().area("US").orElseThrow().baseEmployment()).hasValue(194_800);
    }

    @Test
    void summariesCarryCodeTitleAndAlsoCalled() {
        assertThat(data.summaries()).hasSize(923);
        OccupationSummary s = data.summary("29-1141.00").orElseThrow();
        Occupation o = data.find("29-1141.00").orElseThrow();
        assertThat(s).isEqualTo(new OccupationSummary(o.code(), o.title(), o.alsoCalled()));
    }

    @Test
    void searchForNurseFindsRegisteredNursesFirst() {
        List<SearchHit> hits = data.search("nurse");
        assertThat(codes(hits).subList(0, 3)).contains("29-1141.00");
        assertThat(hits.get(0).code()).isEqualTo("29-1141.00");
        assertThat(hits.get(0).match()).isEqualTo(SearchHit.Match.TITLE_WORDS);
        assertThat(codes(hits)).contains("29-1171.00", "29-2061.00");
    }

    @Test
    void searchIgnoresCaseAccentsAndPunctuation() {
        List<SearchHit> cafe = data.search("cafe");
        assertThat(cafe).isNotEmpty();
        assertThat(data.search("CAFÉ")).isEqualTo(cafe);
        assertThat(data.search("Café")).isEqualTo(cafe);
        assertThat(data.search("  registered   NURSES! ").get(0)).satisfies(h -> {
            assertThat(h.code()).isEqualTo("29-1141.00");
            assertThat(h.match()).isEqualTo(SearchHit.Match.TITLE);
        });
        assertThat(SearchIndex.fold("Crème Brûlée, Chef-de-Cuisine")).isEqualTo("creme brulee chef de cuisine");
    }

    @Test
    void searchRanksCodesThenTitlesThenAlsoCalledTitles() {
        assertThat(data.search("29-1141.00")).extracting(SearchHit::code, SearchHit::match)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("29-1141.00", SearchHit.Match.CODE));
        assertThat(codes(data.search("29-1141"))).startsWith("29-1141.00", "29-1141.01");
        assertThat(codes(data.search("29-11"))).allMatch(c -> c.startsWith("29-11")).isSorted();
        List<SearchHit> charge = data.search("charge nurse");
        assertThat(charge.get(0).code()).isEqualTo("29-1141.00");
        assertThat(charge.get(0).match()).isEqualTo(SearchHit.Match.ALSO_CALLED);
        assertThat(charge.get(0).matched()).isEqualTo("Charge Nurse");
        List<SearchHit> hits = data.search("software");
        assertThat(hits).extracting(SearchHit::match).isSortedAccordingTo(Enum::compareTo);
        assertThat(codes(hits)).contains("15-1252.00");
        assertThat(data.search("")).hasSize(923).allMatch(h -> h.match() == SearchHit.Match.ALL);
        assertThat(data.search("zzzzqqq")).isEmpty();
    }

    @Test
    void profilesAreParsedOnlyWhenAskedFor() {
        String good = "{\"formatVersion\":1,\"code\":\"11-1011.00\",\"title\":\"Chief Executives\"}";
        String broken = "{\"formatVersion\":1,\"code\":\"11-1021.00\",\"title\":\"General\",\"colour\":\"red\"}";
        DataSet d = of(good + "\n" + broken + "\n");
        assertThat(d.codes()).containsExactly("11-1011.00", "11-1021.00");
        assertThat(d.find("11-1011.00")).isPresent();
        assertThatThrownBy(() -> d.find("11-1021.00")).isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith("test.jsonl:2: colour: unknown field");
        assertThatThrownBy(() -> d.occupations().toList()).isInstanceOf(ProfileFormatException.class);
    }

    @Test
    void linesInAnyFieldOrderAndBlankLinesAreRead() {
        DataSet d = of("\n{\"title\": \"Chief Executives\", \"alsoCalled\": [\"CEO\"], \"formatVersion\": 1, "
                + "\"code\": \"11-1011.00\"}\r\n\r\n{\"code\":\"29-2072.00\",\"formatVersion\":1,\"title\":\"Medical Records Specialists\"}");
        assertThat(d.codes()).containsExactly("11-1011.00", "29-2072.00");
        assertThat(d.summaries()).containsExactly(new OccupationSummary("11-1011.00", "Chief Executives", List.of("CEO")),
                new OccupationSummary("29-2072.00", "Medical Records Specialists", List.of()));
        assertThat(d.occupations().map(Occupation::title)).containsExactly("Chief Executives", "Medical Records Specialists");
        assertThat(d.areaIds()).isEmpty();
    }

    @Test
    void lineWithoutACodeOrARepeatedCodeStopsTheLoad() {
        assertThatThrownBy(() -> of("{\"formatVersion\":1,\"title\":\"X\"}\n")).isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith("test.jsonl:1: code: required");
        assertThatThrownBy(() -> of("{\"formatVersion\":1,\"code\":\"11-1011.00\",\"title\":\"A\"}\n"
                + "{\"formatVersion\":1,\"code\":\"11-1011.00\",\"title\":\"B\"}\n"))
                .isInstanceOf(ProfileFormatException.class)
                .hasMessage("test.jsonl:2: code: the code '11-1011.00' is also on line 1");
        assertThatThrownBy(() -> of("not json\n")).isInstanceOf(ProfileFormatException.class)
                .hasMessageStartingWith("test.jsonl:1: ");
    }

    @Test
    void dataSetsLoadFromFilesStreamsAndResources() {
        DataSet resource = DataSet.fromResource(DataSetTest.class, "small.jsonl");
        assertThat(resource.codes()).containsExactly("29-2072.00");
        assertThat(resource.source()).isEqualTo("small.jsonl");
        assertThatThrownBy(() -> DataSet.fromResource(DataSetTest.class, "nothing.jsonl"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("nothing.jsonl");
        assertThatThrownBy(() -> DataSet.load(Path.of("no/such/data.jsonl.gz")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no/such/data.jsonl.gz");
    }
}
