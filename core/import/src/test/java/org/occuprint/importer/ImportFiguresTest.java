package org.occuprint.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.Industry;
import org.occuprint.model.Occupation;
import org.occuprint.model.OccupationRef;
import org.occuprint.model.Percentiles;
import org.occuprint.model.Totals;

/** The figures of the imported sample occupations equal the raw files' values, and compose into the right words. */
class ImportFiguresTest {
    private static final BigDecimal TOP_ANNUAL = new BigDecimal("239200");
    private static final BigDecimal TOP_HOURLY = new BigDecimal("115.00");

    private static AreaWage wage(String code, String area) {
        return Slice.occupation(code).wages().orElseThrow().area(area).orElseThrow();
    }

    private static AreaProjection projection(String code) {
        return Slice.occupation(code).outlook().orElseThrow().area("US").orElseThrow();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A national cell as the importer must read it: '#' is the threshold, '*' is absent. */
    private static Optional<BigDecimal> cell(String value, BigDecimal threshold) {
        if (value.equals("*")) {
            return Optional.empty();
        }
        return Optional.of(value.equals("#") ? threshold : new BigDecimal(value));
    }

    @Test
    void everyNationalPercentileIsTheRawCellExactly() {
        for (String code : Slice.CODES) {
            Occupation o = Slice.occupation(code);
            Optional<AreaWage> us = o.wages().flatMap(w -> w.area("US"));
            if (code.equals("45-3031.00")) {
                assertThat(us).as(code).isEmpty();
                continue;
            }
            String soc = us.orElseThrow().aggregate().map(OccupationRef::code).orElse(o.socCode());
            Map<String, String> row = Slice.national(soc);
            AreaWage w = us.get();
            if (row.get("ANNUAL").equals("TRUE")) {
                assertThat(w.hourly()).as(code).isEmpty();
            } else {
                Percentiles h = w.hourly().orElseThrow();
                assertThat(h.p25()).as(code).isEqualTo(cell(row.get("H_PCT25"), TOP_HOURLY));
                assertThat(h.median()).as(code).isEqualTo(cell(row.get("H_MEDIAN"), TOP_HOURLY));
                assertThat(h.p75()).as(code).isEqualTo(cell(row.get("H_PCT75"), TOP_HOURLY));
            }
            if (row.get("HOURLY").equals("TRUE")) {
                assertThat(w.annual()).as(code).isEmpty();
            } else {
                Percentiles a = w.annual().orElseThrow();
                assertThat(a.p25()).as(code).isEqualTo(cell(row.get("A_PCT25"), TOP_ANNUAL));
                assertThat(a.median()).as(code).isEqualTo(cell(row.get("A_MEDIAN"), TOP_ANNUAL));
                assertThat(a.p75()).as(code).isEqualTo(cell(row.get("A_PCT75"), TOP_ANNUAL));
            }
            assertThat(w.employment().getAsLong()).as(code).isEqualTo(Long.parseLong(row.get("TOT_EMP")));
        }
    }

    @Test
    void everyProjectionIsTheRawRowInWholeJobs() {
        List<List<String>> ep = Slice.projections();
        for (String code : Slice.CODES) {
            AreaProjection p = projection(code);
            String soc = p.aggregate().map(OccupationRef::code).orElse(code.substring(0, 7));
            List<String> row = ep.stream().filter(r -> r.get(1).equals(soc)).findFirst().orElseThrow();
            assertThat(p.baseEmployment().getAsLong()).as(code).isEqualTo(Slice.thousands(row.get(2)));
            assertThat(p.projectedEmployment().getAsLong()).as(code).isEqualTo(Slice.thousands(row.get(3)));
            assertThat(p.annualOpenings().getAsLong()).as(code).isEqualTo(Slice.thousands(row.get(6)));
            Occupation o = Slice.occupation(code);
            assertThat(o.typicalEducation()).as(code).contains(row.get(8));
            assertThat(o.workExperience()).as(code).contains(row.get(10));
            assertThat(o.onTheJobTraining()).as(code).contains(row.get(12));
        }
    }

    @Test
    void allOccupationsTotalsAreTheExactSumsOfTheProjectionColumns() {
        List<List<String>> ep = Slice.projections();
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal projected = BigDecimal.ZERO;
        for (List<String> r : ep.subList(1, ep.size())) {
            base = base.add(new BigDecimal(r.get(2).replace(",", "")));
            projected = projected.add(new BigDecimal(r.get(3).replace(",", "")));
        }
        assertThat(base).isEqualByComparingTo("169956.4");
        assertThat(projected).isEqualByComparingTo("175169.9");
        for (String code : Slice.CODES) {
            assertThat(projection(code).allOccupations()).as(code).contains(new Totals(169_956_400L, 175_169_900L));
        }
    }

    @Test
    void medicalRecordsSpecialistsCarryTheirOwnFiguresAndEducation() {
        Occupation o = Slice.occupation("29-2072.00");
        AreaWage us = wage("29-2072.00", "US");
        assertThat(us.hourly()).contains(Percentiles.of(d("20"), d("24.16"), d("30.8")));
        assertThat(us.annual()).contains(Percentiles.of(d("41600"), d("50250"), d("64070")));
        assertThat(us.employment()).hasValue(187910);
        assertThat(us.topCoded()).isEmpty();
        assertThat(us.aggregate()).isEmpty();
        AreaWage metro = wage("29-2072.00", "CBSA-40140");
        assertThat(metro.hourly()).contains(Percentiles.of(d("22.02"), d("25.70"), d("35.10")));
        assertThat(metro.annual()).contains(Percentiles.of(d("45800"), d("53460"), d("73010")));
        assertThat(metro.employment()).hasValue(1330);
        AreaProjection p = projection("29-2072.00");
        assertThat(p.baseEmployment()).hasValue(194_800);
        assertThat(p.projectedEmployment()).hasValue(208_600);
        assertThat(p.annualOpenings()).hasValue(14_200);
        assertThat(o.typicalEducation()).contains("Postsecondary nondegree award");
        assertThat(o.workExperience()).contains("None");
        assertThat(o.onTheJobTraining()).contains("None");
        assertThat(o.jobZone()).hasValue(3);
        // BLS's wages for its two areas; EDD's entries (29-2098, where EDD publishes no wage) for the rest of California
        assertThat(o.wages().orElseThrow().areas()).extracting(a -> a.area().id()).contains("ST-06", "CBSA-40140", "US")
                .endsWith("CBSA-40140", "US");
        assertThat(o.wages().orElseThrow().area("ST-06").orElseThrow().annualMedian()).isEmpty();
        assertThat(o.wages().orElseThrow().year()).isEqualTo(2024);
        assertThat(o.outlook().orElseThrow().baseYear()).isEqualTo(2024);
        assertThat(o.outlook().orElseThrow().projectedYear()).isEqualTo(2034);

        String text = Slice.text(o, "CBSA-40140", "US");
        assertThat(text).contains("The median wage in 2024 for Medical Records Specialists in the United States was "
                + "$50,250 a year, or $24.16 an hour.");
        assertThat(text).contains("$20.00", "$30.80", "$53,460");
        assertThat(text).contains("BLS projects employment of Medical Records Specialists in the United States to grow 7.1 percent");
        assertThat(text).contains("About 14,200 openings a year are projected");
    }

    @Test
    void largestIndustriesAreSectorSharesOfTheNationalTotal() {
        assertThat(Slice.occupation("29-2072.00").industries()).containsExactly(
                new Industry("Health Care and Social Assistance", Optional.of(d("65.3"))),
                new Industry("Management of Companies and Enterprises", Optional.of(d("8.7"))),
                new Industry("Administrative and Support and Waste Management and Remediation Services",
                        Optional.of(d("7.6"))),
                new Industry("Professional, Scientific, and Technical Services", Optional.of(d("6.8"))),
                new Industry("Federal, State, and Local Government, excluding State and Local Government Schools and "
                        + "Hospitals and the U.S. Postal Service (OEWS Designation)", Optional.of(d("4.5"))));
    }

    @Test
    void topCodedNationalWagesStoreTheThresholdAndReadAsOrMore() {
        AreaWage us = wage("29-1022.00", "US");
        assertThat(us.hourly()).contains(Percentiles.of(d("113.84"), TOP_HOURLY, TOP_HOURLY));
        assertThat(us.annual()).contains(Percentiles.of(d("236780"), TOP_ANNUAL, TOP_ANNUAL));
        assertThat(us.topCoded()).hasValueSatisfying(t -> {
            assertThat(t.annual()).contains(TOP_ANNUAL);
            assertThat(t.hourly()).contains(TOP_HOURLY);
        });
        String text = Slice.text(Slice.occupation("29-1022.00"), "US");
        assertThat(text).contains("was $239,200 or more a year, or $115.00 or more an hour.");
        assertThat(text).contains("$236,780", "$113.84");
    }

    @Test
    void topCodedAreaWagesComeFromFootnoteFive() {
        AreaWage metro = wage("11-1011.00", "CBSA-40140");
        assertThat(metro.hourly()).contains(Percentiles.of(d("61.13"), d("94.81"), TOP_HOURLY));
        assertThat(metro.annual()).contains(Percentiles.of(d("127160"), d("197190"), TOP_ANNUAL));
        assertThat(metro.topCoded()).isPresent();
        assertThat(Slice.text(Slice.occupation("11-1011.00"), "CBSA-40140")).contains("$239,200 or more", "$115.00 or more");
    }

    @Test
    void hourlyOnlyOccupationsHaveNoAnnualFigures() {
        AreaWage us = wage("27-2011.00", "US");
        assertThat(us.hourly()).contains(Percentiles.of(d("16.94"), d("23.33"), d("41.09")));
        assertThat(us.annual()).isEmpty();
        AreaWage metro = wage("27-2011.00", "CBSA-40140");
        assertThat(metro.hourly()).contains(Percentiles.of(d("21.46"), d("51.99"), d("51.99")));
        assertThat(metro.annual()).isEmpty();
        String text = Slice.text(Slice.occupation("27-2011.00"), "US");
        assertThat(text).contains("The median wage in 2024 for Actors in the United States was $23.33 an hour.");
        assertThat(text).contains("wages for this occupation are published as hourly rates only");
        assertThat(text).doesNotContain("a year, or", "United States Annual");
    }

    @Test
    void annualOnlyOccupationsHaveNoHourlyFigures() {
        AreaWage us = wage("25-2021.00", "US");
        assertThat(us.hourly()).isEmpty();
        assertThat(us.annual()).contains(Percentiles.of(d("50680"), d("62340"), d("79410")));
        assertThat(wage("25-2021.00", "CBSA-40140").hourly()).isEmpty();
        assertThat(Slice.text(Slice.occupation("25-2021.00"), "US"))
                .contains("in the United States was $62,340 a year.");
    }

    @Test
    void occupationMissingFromTheAreaFileHasNoAreaEntryAndReadsAsNotAvailable() {
        Occupation o = Slice.occupation("29-1022.00");
        assertThat(o.wages().orElseThrow().area("CBSA-40140")).isEmpty();
        assertThat(Slice.text(o, "CBSA-40140", "US"))
                .contains("Wage data are not available for Riverside–San Bernardino–Ontario.");
    }

    @Test
    void aggregateCodeFallbackIsNamedOnEveryArea() {
        OccupationRef buyers = new OccupationRef("13-1020", "Buyers and Purchasing Agents");
        assertThat(wage("13-1021.00", "US").aggregate()).contains(buyers);
        assertThat(wage("13-1021.00", "CBSA-40140").aggregate()).contains(buyers);
        assertThat(projection("13-1021.00").aggregate()).contains(buyers);
        assertThat(wage("13-1021.00", "US").annual()).contains(Percentiles.of(d("58670"), d("75650"), d("99190")));
        assertThat(projection("13-1021.00").baseEmployment()).hasValue(522_200);

        OccupationRef counselors = new OccupationRef("21-1018",
                "Substance Abuse, Behavioral Disorder, and Mental Health Counselors");
        assertThat(wage("21-1014.00", "US").aggregate()).contains(counselors);
        assertThat(wage("21-1014.00", "CBSA-40140").aggregate()).contains(counselors);
        assertThat(projection("21-1014.00").aggregate()).contains(counselors);

        String text = Slice.text(Slice.occupation("13-1021.00"), "US");
        assertThat(text).contains("Figures for the United States are those of the broader group Buyers and Purchasing "
                + "Agents (13-1020), because separate figures are not published for this occupation.");
        assertThat(text).contains("because separate projections are not published for this occupation.");
    }

    @Test
    void occupationBelowItsSocCodeCarriesTheSocFiguresAsABroaderGroup() {
        OccupationRef nurses = new OccupationRef("29-1141", "Registered Nurses");
        assertThat(wage("29-1141.01", "US").aggregate()).contains(nurses);
        assertThat(projection("29-1141.01").aggregate()).contains(nurses);
        assertThat(wage("29-1141.01", "US").annual()).isEqualTo(wage("29-1141.00", "US").annual());
        assertThat(wage("29-1141.00", "US").aggregate()).isEmpty();
    }

    @Test
    void occupationWithoutWagesSaysWhyAndHasProjections() {
        Occupation o = Slice.occupation("45-3031.00");
        assertThat(o.wages()).hasValueSatisfying(w -> {
            assertThat(w.areas()).isEmpty();
            assertThat(w.text()).containsExactly(Assembler.NO_WAGES);
        });
        assertThat(o.industries()).isEmpty();
        assertThat(o.outlook()).isPresent();
        assertThat(o.dataSources()).extracting(s -> s.name()).containsExactly("O*NET 29.3 Database",
                "Occupational Employment and Wage Statistics, May 2024", "Employment Projections, 2024–2034");
        assertThat(o.sources()).extracting(s -> s.title()).containsExactly("O*NET OnLine");
    }

    @Test
    void sourcesLinkToOnetOnlineAndTheBlsPageOfTheCodeUsed() {
        assertThat(Slice.occupation("29-2072.00").sources()).extracting(s -> s.url()).containsExactly(
                "https://www.onetonline.org/link/summary/29-2072.00", "https://www.bls.gov/oes/2024/may/oes292072.htm");
        assertThat(Slice.occupation("13-1021.00").sources()).extracting(s -> s.url())
                .contains("https://www.bls.gov/oes/2024/may/oes131020.htm");
    }

    @Test
    void dataSourcesNameTheVintagesAndTheOnetLicence() {
        Occupation o = Slice.occupation("15-1252.00");
        assertThat(o.dataSources()).hasSize(4);
        assertThat(o.dataSources().get(0).name()).isEqualTo("O*NET 29.3 Database");
        assertThat(o.dataSources().get(0).license()).contains("CC BY 4.0");
        assertThat(o.dataSources().get(0).notices()).containsExactly("O*NET® is a trademark of USDOL/ETA.",
                "USDOL/ETA has not approved, endorsed, or tested these modifications.");
        assertThat(o.dataSources().get(1).name()).isEqualTo("Occupational Employment and Wage Statistics, May 2024");
        assertThat(o.dataSources().get(1).license()).isEmpty();
        assertThat(o.dataSources().get(2).name()).isEqualTo("Employment Projections, 2024–2034");
        assertThat(o.dataSources().get(2).license()).isEmpty();
        assertThat(o.dataSources().get(3).name()).isEqualTo("Long-Term Occupational Employment Projections, 2020–2030");
        assertThat(o.dataSources().get(3).publisher()).startsWith("California Employment Development Department");
        assertThat(Slice.text(o)).contains("Used under the CC BY 4.0 license.");
    }
}
