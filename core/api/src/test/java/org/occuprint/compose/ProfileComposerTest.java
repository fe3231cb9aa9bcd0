package org.occuprint.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.occuprint.model.Area;
import org.occuprint.model.AreaKind;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.Occupation;
import org.occuprint.model.OccupationRef;
import org.occuprint.model.Outlook;
import org.occuprint.model.Percentiles;
import org.occuprint.model.Task;
import org.occuprint.model.TopCoded;
import org.occuprint.model.Totals;
import org.occuprint.model.Wages;
import org.occuprint.options.Detail;
import org.occuprint.options.InvalidOptionException;
import org.occuprint.options.RenderOptions;
import org.occuprint.options.SectionId;
import org.occuprint.testing.Fixtures;

class ProfileComposerTest {
    private static final Area METRO = new Area("CBSA-40140", "Riverside–San Bernardino–Ontario", AreaKind.METRO);
    private static final TopCoded BLS_TOP = new TopCoded(Optional.of(new BigDecimal("239200")), Optional.of(new BigDecimal("115.00")));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Occupation.Builder base() {
        return Occupation.builder("11-1011.00", "Chief Executives").summary(List.of("Plan and direct."));
    }

    private static Wages wages(AreaWage... areas) {
        return new Wages(2024, "BLS OEWS May 2024", List.of(areas));
    }

    private static AreaWage wage(Area area, Percentiles hourly, Percentiles annual) {
        return new AreaWage(area, Optional.ofNullable(hourly), Optional.ofNullable(annual), Optional.of(BLS_TOP),
                OptionalLong.of(1000), Optional.empty());
    }

    private static String text(Occupation o) {
        return Fixtures.text(Fixtures.compose(o));
    }

    private static String text(Occupation o, RenderOptions options) {
        return Fixtures.text(Fixtures.compose(o, options));
    }

    @Test
    void sectionWithoutDataIsLeftOutWithItsIntroductionButMissingFiguresAreSaid() {
        ProfileDocument doc = Fixtures.compose(base().build());
        assertThat(doc.sections()).extracting(Section::anchor)
                .containsExactly("summary", "wages", "outlook", "education", "about");
        String t = Fixtures.text(doc);
        assertThat(t).doesNotContain("These skills matter", "do tasks like these", "N/A", "null")
                .contains("No wage estimate is available for Chief Executives.",
                        "Employment projections are not available for Chief Executives.",
                        "The typical education, experience and training for Chief Executives are not available.");
    }

    @Test
    void wagesTheSourceDoesNotPublishAreSaidWithItsReason() {
        Occupation o = base().wages(new Wages(2024, "BLS OEWS May 2024", List.of(), List.of("The survey leaves it out.")))
                .build();
        ProfileDocument doc = Fixtures.compose(o, Fixtures.options().toBuilder().sections(List.of(SectionId.WAGES)).build());
        assertThat(doc.section(SectionId.WAGES).orElseThrow().blocks()).containsExactly(
                new Block.Paragraph("BLS OEWS May 2024 publishes no wage estimate for Chief Executives."),
                new Block.Paragraph("The survey leaves it out."));
    }

    private static Occupation withPublished(long base, long projected, long change, String percent, long openings) {
        return base().outlook(new Outlook(2024, 2034, "BLS EP", List.of(new AreaProjection(Area.unitedStates(),
                OptionalLong.of(base), OptionalLong.of(projected), OptionalLong.of(change), Optional.of(d(percent)),
                OptionalLong.of(openings), 100, Optional.empty(), Optional.of(new Totals(169956400, 175169900)))),
                List.of())).build();
    }

    @Test
    void publishedChangeAndPercentArePrintedNotRecomputed() {
        // 53-7031 Dredge Operators as BLS publishes it: 1.1 and 1.2 thousand, change 0, +1.2 percent.
        String t = text(withPublished(1100, 1200, 0, "1.2", 100));
        assertThat(t).contains("projected to grow 1.2 percent from 2024 to 2034. That is slower than the 3.1 percent")
                .contains("United States 1,100 1,200 Fewer than 50 1.2% 100")
                .contains("“Fewer than 50” marks a count that rounds to zero at the source, which publishes counts to the nearest 100.")
                .doesNotContain("9.1");
        // 51-7032 Patternmakers, Wood: 0.5 and 0.4 thousand, published -5 percent.
        assertThat(text(withPublished(500, 400, 0, "-5", 0))).contains("decline 5.0 percent", "-5.0%",
                        "Employment of all occupations is projected to grow 3.1 percent.")
                .contains("Fewer than 50 openings a year are projected").doesNotContain("About 0", "20.0");
    }

    @Test
    void brightOutlookIsPrintedNearTheTitleAndInTheOutlook() {
        Occupation growing = withPublished(194800, 208600, 13800, "7.1", 14200);
        ProfileDocument doc = Fixtures.compose(growing);
        String words = "Bright Outlook occupation: nationally, employment is projected to grow faster than average"
                + " from 2024 to 2034, with 100,000 or more job openings.";
        assertThat(doc.titleBlock().lines()).contains(words);
        assertThat(doc.section(SectionId.OUTLOOK).orElseThrow().blocks().get(0)).isEqualTo(new Block.Paragraph(words));
        assertThat(OutlookTerms.bright(growing)).containsExactly(OutlookTerms.Bright.RAPID_GROWTH,
                OutlookTerms.Bright.MANY_OPENINGS);
        assertThat(OutlookTerms.bright(withPublished(1000000, 1010000, 10000, "1.0", 10000)))
                .containsExactly(OutlookTerms.Bright.MANY_OPENINGS);
        assertThat(OutlookTerms.bright(withPublished(1000000, 1010000, 10000, "1.0", 9900))).isEmpty();
        assertThat(OutlookTerms.bright(withPublished(1000, 1040, 0, "3.6", 100)))
                .containsExactly(OutlookTerms.Bright.RAPID_GROWTH);
        assertThat(OutlookTerms.bright(withPublished(1000, 1035, 0, "3.5", 100))).isEmpty();
        assertThat(text(withPublished(1000, 1035, 0, "3.5", 100))).doesNotContain("Bright Outlook");
    }

    @Test
    void broaderGroupFiguresOfPreparationAndIndustriesAreNamed() {
        Occupation o = base().typicalEducation("Bachelor's degree")
                .preparationGroup(new OccupationRef("11-1010", "Chief Executives group"))
                .industries(List.of(new org.occuprint.model.Industry("Finance", Optional.of(d("20.0")))))
                .industriesGroup(new OccupationRef("11-1010", "Chief Executives group")).build();
        assertThat(text(o)).contains("The education, experience and training shown are those of the broader group"
                + " Chief Executives group (11-1010)")
                .contains("Shares are those of the broader group Chief Executives group (11-1010)");
    }

    @Test
    void tasksWithoutSkillsAreAListNotATable() {
        ProfileDocument doc = Fixtures.compose(base().task(Task.of("Direct operations.")).task(Task.of("Set goals.")).build());
        Section tasks = doc.section(SectionId.TASKS).orElseThrow();
        assertThat(tasks.blocks()).hasExactlyElementsOfTypes(Block.Paragraph.class, Block.BulletList.class);
        assertThat(Fixtures.text(doc)).contains("Chief Executives do tasks like these. Direct operations. Set goals.")
                .doesNotContain("Sample skill");
    }

    @Test
    void tasksWithSkillsAreATwoColumnTable() {
        ProfileDocument doc = Fixtures.compose(base().task(Task.of("Direct operations.", "Coordination")).build());
        Block.Table table = (Block.Table) doc.section(SectionId.TASKS).orElseThrow().blocks().get(1);
        assertThat(table.columns()).extracting(Block.Column::header).containsExactly("Task", "Sample skill");
        assertThat(table.rows()).containsExactly(List.of("Direct operations.", "Coordination"));
    }

    @Test
    void bothWagesMakeTheMedianSentenceAndTable() {
        Occupation o = base().wages(wages(wage(Area.unitedStates(), Percentiles.of(d("20"), d("24.16"), d("30.8")),
                Percentiles.of(d("41600"), d("50250"), d("64070"))))).build();
        ProfileDocument doc = Fixtures.compose(o);
        assertThat(Fixtures.text(doc)).contains(
                "The median wage in 2024 for Chief Executives in the United States was $50,250 a year, or $24.16 an hour.");
        Block.Table table = doc.section(SectionId.WAGES).orElseThrow().blocks().stream()
                .filter(Block.Table.class::isInstance).map(Block.Table.class::cast).findFirst().orElseThrow();
        assertThat(table.rows()).containsExactly(
                List.of("United States", "Hourly", "$20.00", "$24.16", "$30.80"),
                List.of("United States", "Annual", "$41,600", "$50,250", "$64,070"));
        assertThat(table.columns()).extracting(Block.Column::numeric).containsExactly(false, false, true, true, true);
        assertThat(table.notes()).contains("Source: BLS OEWS May 2024.");
    }

    @Test
    void hourlyOnlyWagesAreWordedAsHourly() {
        Occupation o = base().wages(wages(wage(Area.unitedStates(), Percentiles.of(d("17.5"), d("25.00"), d("44.06")), null))).build();
        String t = text(o);
        assertThat(t).contains("The median wage in 2024 for Chief Executives in the United States was $25.00 an hour.")
                .contains("wages for this occupation are published as hourly rates only")
                .contains("United States Hourly $17.50 $25.00 $44.06")
                .doesNotContain("Annual", "a year");
    }

    @Test
    void topCodedValuesReadAsOrMore() {
        Occupation o = base().wages(wages(wage(Area.unitedStates(), Percentiles.of(d("72.86"), d("115.00"), d("115.00")),
                Percentiles.of(d("151550"), d("239200"), d("239200"))))).build();
        String t = text(o);
        assertThat(t).contains("was $239,200 or more a year, or $115.00 or more an hour.")
                .contains("United States Annual $151,550 $239,200 or more $239,200 or more");
    }

    @Test
    void areaWithoutMedianGetsAPlainStatement() {
        Occupation o = base().wages(wages(wage(METRO, Percentiles.of(d("30.10"), null, null),
                Percentiles.of(d("62600"), null, null)))).build();
        String t = text(o);
        assertThat(t).contains("Wage data are not available for Riverside–San Bernardino–Ontario.")
                .contains("A dash marks a figure the source does not publish.")
                .doesNotContain("N/A", "$0");
    }

    @Test
    void requestedAreaWithoutDataGetsOneSentenceNotARow() {
        Occupation o = base().wages(wages(wage(Area.unitedStates(), Percentiles.of(d("20"), d("24.16"), d("30.8")), null))).build();
        RenderOptions options = Fixtures.options().toBuilder().areas(List.of("ST-06", "US")).build();
        ProfileDocument doc = Fixtures.compose(o, options);
        assertThat(Fixtures.text(doc)).contains("Wage data are not available for California.");
        Block.Table table = doc.section(SectionId.WAGES).orElseThrow().blocks().stream()
                .filter(Block.Table.class::isInstance).map(Block.Table.class::cast).findFirst().orElseThrow();
        assertThat(table.rows()).extracting(r -> r.get(0)).containsOnly("United States");
    }

    @Test
    void areasFollowTheOrderGiven() {
        Occupation o = Fixtures.flagship();
        String usFirst = text(o, Fixtures.options().toBuilder().areas(List.of("US", "CBSA-40140")).build());
        assertThat(usFirst.indexOf("in the United States was")).isLessThan(usFirst.indexOf("in Riverside–San Bernardino–Ontario was"));
        String metroOnly = text(o, Fixtures.options().toBuilder().areas(List.of("CBSA-40140")).build());
        assertThat(metroOnly).contains("$53,460").doesNotContain("$50,250");
    }

    @Test
    void aggregateFiguresAreNamedInANote() {
        AreaWage a = new AreaWage(Area.unitedStates(), Optional.empty(), Optional.of(Percentiles.of(null, d("69600"), null)),
                Optional.empty(), OptionalLong.empty(), Optional.of(new OccupationRef("13-1020", "Buyers and Purchasing Agents")));
        String t = text(base().wages(wages(a)).build());
        assertThat(t).contains("Figures for the United States are those of the broader group Buyers and Purchasing Agents (13-1020)");
    }

    private static Occupation withGrowth(long base, long projected) {
        return base().outlook(new Outlook(2024, 2034, "BLS EP", List.of(new AreaProjection(Area.unitedStates(),
                OptionalLong.of(base), OptionalLong.of(projected), OptionalLong.empty(), Optional.empty(),
                OptionalLong.of(14200), 1, Optional.empty(), Optional.of(new Totals(169956400, 175169900)))), List.of()))
                .build();
    }

    @Test
    void growthIsDescribedAgainstAllOccupations() {
        assertThat(text(withGrowth(194800, 208600))).contains(
                "In the United States, employment of Chief Executives is projected to grow 7.1 percent from 2024 to 2034."
                        + " That is faster than the 3.1 percent projected for all occupations.")
                .contains("About 14,200 openings a year are projected")
                .contains("United States 194,800 208,600 13,800 7.1% 14,200");
        assertThat(text(withGrowth(100000, 101000))).contains("grow 1.0 percent", "slower than the 3.1 percent");
        assertThat(text(withGrowth(100000, 103000))).contains("grow 3.0 percent", "about the same as the 3.1 percent");
        assertThat(text(withGrowth(100000, 95000))).contains("decline 5.0 percent", "-5,000", "-5.0%");
        assertThat(text(withGrowth(100000, 100000))).contains("stay about the same from 2024 to 2034");
    }

    @Test
    void summaryHandoutKeepsOnlyItsSectionsAndFiveTasks() {
        RenderOptions summary = Fixtures.options().toBuilder().detail(Detail.SUMMARY).build();
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship(), summary);
        assertThat(doc.sections()).extracting(Section::anchor)
                .containsExactly("summary", "tasks", "wages", "outlook", "education", "related", "about");
        Block.Table tasks = (Block.Table) doc.section(SectionId.TASKS).orElseThrow().blocks().get(1);
        assertThat(tasks.rows()).hasSize(TaskSection.SUMMARY_TASKS);
        assertThat(doc.section(SectionId.EDUCATION).orElseThrow().blocks())
                .containsExactly(new Block.Paragraph("Typical education needed to enter: Postsecondary nondegree award."));
    }

    @Test
    void sectionSelectionIsHonoured() {
        RenderOptions only = Fixtures.options().toBuilder().sections(List.of(SectionId.WAGES, SectionId.RELATED)).build();
        assertThat(Fixtures.compose(Fixtures.flagship(), only).sections()).extracting(Section::anchor)
                .containsExactly("wages", "related", "about");
    }

    @Test
    void footerAndMetadataComeFromTheOptions() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship(), Fixtures.options().toBuilder().agency("EDD").build());
        assertThat(doc.footer().printedOn()).isEqualTo("Printed on Saturday, May 21, 2022");
        assertThat(doc.footer().pageLabel(1234, 4321)).isEqualTo("Page 1,234 of 4,321");
        assertThat(doc.info().languageTag()).isEqualTo("en-US");
        assertThat(doc.info().author()).isEqualTo("EDD");
        assertThat(doc.info().keywords()).containsExactly("O*NET-SOC 29-2072.00", "SOC 29-2072", "Medical Records Specialists");
        assertThat(Fixtures.text(doc)).contains("do not constitute an endorsement by EDD.");
    }

    @Test
    void counselorNoteAndOfficeKeepTheirLineBreaks() {
        RenderOptions options = Fixtures.options().toBuilder().note("Call Ana on Monday.\r\n\r\nBring <your> résumé & ID.")
                .office("Riverside Job Center\n(951) 555-0100").build();
        TitleBlock tb = Fixtures.compose(Fixtures.flagship(), options).titleBlock();
        assertThat(tb.note().orElseThrow().lines()).containsExactly("Call Ana on Monday.", "", "Bring <your> résumé & ID.");
        assertThat(tb.officeLines()).containsExactly("Riverside Job Center", "(951) 555-0100");
    }

    @Test
    void controlCharactersAreRemoved() {
        ProfileDocument doc = Fixtures.compose(Fixtures.resource("hostile.json"));
        String t = Fixtures.text(doc);
        assertThat(t).contains("BellNullEscape").contains("Controlchars and next-line").doesNotContainPattern("[\\p{Cc}&&[^\\n]]");
    }

    @Test
    void onlyWebAndMailLinksAreLinkable() {
        assertThat(SourceSection.safeHref("https://www.ahima.org")).contains("https://www.ahima.org");
        assertThat(SourceSection.safeHref("HTTP://Example.org/a b")).contains("http://Example.org/a%20b");
        assertThat(SourceSection.safeHref("mailto:someone@example.org")).contains("mailto:someone@example.org");
        assertThat(SourceSection.safeHref("javascript:alert(1)")).isEmpty();
        assertThat(SourceSection.safeHref("file:///etc/passwd")).isEmpty();
        assertThat(SourceSection.safeHref("data:text/html,x")).isEmpty();
        assertThat(SourceSection.safeHref("https://user@evil.example")).isEmpty();
        assertThat(SourceSection.safeHref("www.ahima.org")).isEmpty();
    }

    @Test
    void unsupportedLocaleIsRefused() {
        RenderOptions french = Fixtures.options().toBuilder().locale(Locale.FRANCE).build();
        assertThatThrownBy(() -> Fixtures.compose(Fixtures.flagship(), french))
                .isInstanceOfSatisfying(InvalidOptionException.class, e -> assertThat(e.field()).contains("locale"))
                .hasMessage("Unsupported locale 'fr-FR' (supported: en-US).");
    }

    @Test
    void flagshipTextHasNoPlaceholders() {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        assertThat(Fixtures.text(doc)).doesNotContain("N/A", "null", "{0}", "{1}", "Optional");
        // "$0" is the start of a chart's scale, never a wage
        String withoutScales = Fixtures.text(Fixtures.compose(Fixtures.flagship(),
                Fixtures.options().toBuilder().charts(false).build()));
        assertThat(withoutScales).doesNotContain("$0 ");
    }
}
