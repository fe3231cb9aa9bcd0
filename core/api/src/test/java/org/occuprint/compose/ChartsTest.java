package org.occuprint.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.occuprint.model.Area;
import org.occuprint.model.AreaWage;
import org.occuprint.model.Occupation;
import org.occuprint.model.Percentiles;
import org.occuprint.model.TopCoded;
import org.occuprint.model.Wages;
import org.occuprint.options.Detail;
import org.occuprint.options.RenderOptions;
import org.occuprint.options.SectionId;
import org.occuprint.testing.Fixtures;

/** The charts core composes: what they show, what they say in words, and when they are left out. */
class ChartsTest {
    private static final TopCoded BLS_TOP = new TopCoded(Optional.of(new BigDecimal("239200")),
            Optional.of(new BigDecimal("115.00")));

    private static List<Block.Chart> charts(ProfileDocument doc, SectionId id) {
        return doc.section(id).map(s -> s.blocks().stream().filter(b -> b instanceof Block.Chart)
                .map(b -> (Block.Chart) b).toList()).orElse(List.of());
    }

    /** The section's paragraphs, one a line. */
    private static String text(ProfileDocument doc, SectionId id) {
        return doc.section(id).orElseThrow().blocks().stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> ((Block.Paragraph) b).text()).reduce("", (a, b) -> a + b + "\n");
    }

    private static List<String> labels(Block.Chart chart) {
        return chart.drawing().marks().stream().filter(m -> m instanceof Drawing.Label)
                .map(m -> ((Drawing.Label) m).text()).toList();
    }

    private static Occupation withWage(Percentiles hourly, Percentiles annual, Optional<TopCoded> top) {
        AreaWage w = new AreaWage(Area.unitedStates(), Optional.ofNullable(hourly), Optional.ofNullable(annual), top,
                OptionalLong.empty(), Optional.empty());
        return Occupation.builder("11-1011.00", "Chief Executives").wages(new Wages(2024, "BLS OEWS", List.of(w)))
                .build();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theFlagshipsWageChartStatesEveryFigureItDraws() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        List<Block.Chart> wages = charts(doc, SectionId.WAGES);
        assertThat(wages).hasSize(1);
        Block.Chart chart = wages.get(0);
        assertThat(chart.caption()).isEqualTo("Annual wages, 2024: the middle half and the median");
        assertThat(chart.description()).isEqualTo("Annual wages, 2024: the middle half and the median. Median annual "
                + "wage: Riverside–San Bernardino–Ontario $53,460 (middle half $45,800 to $73,010); United States "
                + "$50,250 (middle half $41,600 to $64,070).");
        assertThat(labels(chart)).startsWith("Riverside–San Bernardino–Ontario", "$53,460", "United States", "$50,250")
                .contains("$0", "$80,000", "Median");
        // the chart comes just before the table it draws
        List<Block> blocks = doc.section(SectionId.WAGES).orElseThrow().blocks();
        assertThat(blocks.get(blocks.indexOf(chart) + 1)).isInstanceOf(Block.Table.class);
    }

    @Test
    void theFlagshipsOutlookChartComparesWithAllOccupationsOfThePeriod() {
        List<Block.Chart> outlook = charts(Fixtures.compose(Fixtures.flagship()), SectionId.OUTLOOK);
        assertThat(outlook).extracting(Block.Chart::caption).containsExactly("Projected change in employment, 2024–2034");
        assertThat(outlook.get(0).description()).endsWith("United States 7.1%, all occupations 3.1%.");
        assertThat(labels(outlook.get(0))).contains("7.1%", "3.1%", "0%", "This occupation", "All occupations");
    }

    @Test
    void topCodedWagesAreDrawnOpenEndedAndSaidAsOrMore() {
        Occupation o = withWage(Percentiles.of(d("72.86"), d("115.00"), d("115.00")),
                Percentiles.of(d("151550"), d("239200"), d("239200")), Optional.of(BLS_TOP));
        Block.Chart chart = charts(Fixtures.compose(o, Fixtures.options().toBuilder().areas(List.of()).build()),
                SectionId.WAGES).get(0);
        assertThat(chart.description()).contains("United States $239,200 or more (middle half $151,550 to $239,200 or more)");
        assertThat(labels(chart)).contains("$239,200 or more");
        assertThat(chart.drawing().marks()).anyMatch(m -> m instanceof Drawing.Path)
                .anyMatch(m -> m instanceof Drawing.Line l && l.stroke() == Drawing.Stroke.DASHED);
    }

    @Test
    void hourlyOnlyWagesAreChartedHourly() {
        Occupation o = withWage(Percentiles.of(d("17.5"), d("25.00"), d("44.06")), null, Optional.empty());
        Block.Chart chart = charts(Fixtures.compose(o, Fixtures.options().toBuilder().areas(List.of()).build()),
                SectionId.WAGES).get(0);
        assertThat(chart.caption()).isEqualTo("Hourly wages, 2024: the middle half and the median");
        assertThat(chart.description()).endsWith("Median hourly wage: United States $25.00 (middle half $17.50 to $44.06).");
        assertThat(labels(chart)).contains("$25.00", "$0");
    }

    @Test
    void noWagesNoChartAndAnAreaWithoutFiguresIsNotDrawnAsZero() {
        Occupation none = Occupation.builder("11-1011.00", "Chief Executives").build();
        assertThat(charts(Fixtures.compose(none), SectionId.WAGES)).isEmpty();
        Occupation noMedian = withWage(Percentiles.of(d("30.10"), null, null), Percentiles.of(d("62600"), null, null),
                Optional.empty());
        assertThat(charts(Fixtures.compose(noMedian), SectionId.WAGES)).isEmpty();
    }

    @Test
    void chartsCanBeLeftOutAndTheSummaryKeepsOnlyTheWageChart() {
        RenderOptions off = Fixtures.options().toBuilder().charts(false).build();
        ProfileDocument without = Fixtures.compose(Fixtures.flagship(), off);
        assertThat(charts(without, SectionId.WAGES)).isEmpty();
        assertThat(charts(without, SectionId.OUTLOOK)).isEmpty();
        ProfileDocument summary = Fixtures.compose(Fixtures.flagship(), Fixtures.options().toBuilder()
                .detail(Detail.SUMMARY).build());
        // the short handout keeps the wage chart, instead of the sentences that repeat its medians
        assertThat(charts(summary, SectionId.WAGES)).singleElement()
                .extracting(Block.Chart::description).asString().contains("United States $50,250");
        assertThat(text(summary, SectionId.WAGES)).doesNotContain("The median wage in 2024");
        assertThat(charts(summary, SectionId.OUTLOOK)).isEmpty();
        assertThat(summary.titleBlock().online()).isEmpty();
        ProfileDocument plainSummary = Fixtures.compose(Fixtures.flagship(), off.toBuilder().detail(Detail.SUMMARY).build());
        assertThat(charts(plainSummary, SectionId.WAGES)).isEmpty();
        assertThat(text(plainSummary, SectionId.WAGES)).contains("The median wage in 2024 for Medical Records Specialists"
                + " in the United States was $50,250 a year, or $24.16 an hour.");
    }

    @Test
    void largePrintDrawsLargerLabels() {
        Block.Chart normal = charts(Fixtures.compose(Fixtures.flagship()), SectionId.WAGES).get(0);
        Block.Chart large = charts(Fixtures.compose(Fixtures.flagship(), Fixtures.options().toBuilder()
                .largePrint(true).build()), SectionId.WAGES).get(0);
        float normalSize = ((Drawing.Label) normal.drawing().marks().stream().filter(m -> m instanceof Drawing.Label)
                .findFirst().orElseThrow()).size();
        float largeSize = ((Drawing.Label) large.drawing().marks().stream().filter(m -> m instanceof Drawing.Label)
                .findFirst().orElseThrow()).size();
        assertThat(normalSize).isEqualTo(9f);
        assertThat(largeSize).isEqualTo(18f);
        assertThat(large.drawing().height()).isGreaterThan(normal.drawing().height());
        assertThat(large.drawing().width()).isLessThanOrEqualTo(480f);
    }

    @Test
    void theOnlineProfileFollowsTheTemplateOrIsLeftOut() {
        TitleBlock tb = Fixtures.compose(Fixtures.flagship()).titleBlock();
        assertThat(tb.online()).map(TitleBlock.Online::url)
                .contains("https://www.onetonline.org/link/summary/29-2072.00");
        RenderOptions agency = Fixtures.options().toBuilder()
                .onlineProfile("https://jobs.example.org/careers/{soc}?full={code}").build();
        assertThat(Fixtures.compose(Fixtures.flagship(), agency).titleBlock().online()).map(TitleBlock.Online::url)
                .contains("https://jobs.example.org/careers/29-2072?full=29-2072.00");
        RenderOptions none = Fixtures.options().toBuilder().onlineProfile(null).build();
        assertThat(Fixtures.compose(Fixtures.flagship(), none).titleBlock().online()).isEmpty();
    }
}
