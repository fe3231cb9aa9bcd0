package org.occuprint.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occuprint.compose.Block;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.data.DataSet;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.KnownAreas;
import org.occuprint.model.Occupation;
import org.occuprint.model.OccupationRef;
import org.occuprint.options.SectionId;
import org.occuprint.testing.Fixtures;

/**
 * The data-truth check for California: every occupation of the embedded data set is composed for California,
 * every one of EDD's 32 projection areas and the nation, and every printed EDD figure (employment 2020 and
 * 2030, numeric and percent change, openings each year, the growth sentence and its comparison with all
 * occupations, the median hourly and annual wage) is compared with EDD's file, read here with a reader of its
 * own. An area EDD publishes nothing for must say so in a sentence; a figure never stands where EDD
 * publishes the occupation's own row under an aggregate.
 *
 * <p>The file is read from the sibling {@code shared/data} folder when it is there, else from the
 * byte-identical copy in this package's resources.
 */
class EddTruthTest {
    private static final String FILE = "ca_edd_ltop_2020_2030/Long-Term_Occupational_Employment_Projections_2020_2030.csv.gz";
    private static final BigDecimal SAME_BAND = new BigDecimal("0.5");

    /** EDD's area names → the ids the handouts use, written here from the names, not taken from the importer. */
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    /** One row as written. */
    record Row(String level, String title, String base, String projected, String change, String percent,
            String openings, String hourly, String annual) {
    }

    /** Area id → SOC code → row. */
    private static final Map<String, Map<String, Row>> raw = new HashMap<>();
    private static final List<String> mismatches = new ArrayList<>();
    private static int occupations;
    private static int figures;
    private static int rowsChecked;

    @BeforeAll
    static void readTheFileAndCompareEveryOccupation() throws IOException {
        read();
        List<String> areas = new ArrayList<>(raw.keySet());
        areas.add("US");
        DataSet data = DataSet.embedded();
        for (String code : data.codes()) {
            Occupation o = data.find(code).orElseThrow();
            ProfileDocument doc = Fixtures.compose(o, Fixtures.options().toBuilder().areas(areas).build());
            occupations++;
            for (String area : raw.keySet()) {
                check(o, doc, area);
            }
        }
    }

    @Test
    void everyPrintedEddFigureIsThePublishedOne() {
        assertThat(occupations).isEqualTo(923);
        assertThat(raw).as("areas in the file").hasSize(33);
        assertThat(rowsChecked).as("occupation-area rows printed from EDD").isGreaterThan(10_000);
        if (!mismatches.isEmpty()) {
            fail(String.format(Locale.ROOT, "%d mismatches in %d occupations (%d figures compared); the first 60:%n%s",
                    mismatches.size(), occupations, figures,
                    String.join("\n", mismatches.subList(0, Math.min(60, mismatches.size())))));
        }
        System.out.printf(Locale.ROOT, "EDD data truth: %d occupations × %d areas, %d rows, %d printed figures"
                + " compared, %d mismatches%n", occupations, raw.size(), rowsChecked, figures, mismatches.size());
    }

    @Test
    void registeredNursesInCaliforniaReadAsEddPublishesThem() {
        Occupation rn = DataSet.embedded().find("29-1141.00").orElseThrow();
        String text = org.occuprint.testing.DocumentText.of(Fixtures.compose(rn, Fixtures.options().toBuilder()
                .areas(List.of("ST-06", "US")).build()));
        assertThat(text).contains("| California | 323,900 | 358,900 | 35,000 | 10.8% | 21,197 |")
                .contains("The median wage for Registered Nurses in California was $129,851 a year, or $62.43 an hour")
                .contains("Projected employment, 2020–2030 (California EDD)")
                .contains("Projected employment, 2024–2034 (BLS)")
                .contains("pandemic year");
    }

    @Test
    void everyAreaOfTheFileHasAKnownIdWithCounties() {
        for (String id : raw.keySet()) {
            assertThat(KnownAreas.find(id)).as(id).isPresent();
            if (!id.equals("ST-06")) {
                assertThat(KnownAreas.counties(id)).as(id).isPresent();
                assertThat(KnownAreas.stateOf(id)).as(id).contains("06");
            }
        }
    }

    @Test
    void theCommittedCopyIsTheSharedFile() throws IOException {
        Path shared = Fixtures.root().resolve("../shared/data").normalize().resolve(FILE);
        if (Files.isRegularFile(shared)) {
            try (InputStream copy = EddTruthTest.class.getResourceAsStream(Path.of(FILE).getFileName().toString())) {
                assertThat(copy.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
            }
        }
    }

    // ---- the comparisons --------------------------------------------------------------------------------

    private static void check(Occupation o, ProfileDocument doc, String areaId) {
        Map<String, Row> table = raw.get(areaId);
        String soc = o.socCode();
        String name = KnownAreas.find(areaId).orElseThrow().name();
        Optional<AreaProjection> printed = o.outlook().flatMap(ol -> ol.area(areaId));
        Optional<String> aggregate = printed.flatMap(AreaProjection::aggregate).map(OccupationRef::code)
                .filter(a -> !a.equals(soc));
        Row own = table.get(soc);
        boolean ownPublished = own != null && own.level().equals("4");
        List<Block> outlook = section(doc, SectionId.OUTLOOK);
        String outlookText = paragraphs(outlook);
        List<Block> wages = section(doc, SectionId.WAGES);
        String wageText = paragraphs(wages);
        if (aggregate.isPresent() && ownPublished) {
            mismatch(o, areaId, "aggregate " + aggregate.get(), "own row " + soc);
            return;
        }
        Row row = aggregate.isPresent() ? table.get(aggregate.get()) : ownPublished ? own : null;
        if (aggregate.isPresent() && (row == null || !row.level().equals("4")
                || !aggregate.get().substring(0, 2).equals(soc.substring(0, 2)))) {
            mismatch(o, areaId, "aggregate " + aggregate.get(), "a detailed row of the same major group");
            return;
        }
        if (row == null) {
            if (printed.isPresent()) {
                mismatch(o, areaId, "figures", "no row for " + soc);
            }
            contains(o, areaId + " gap sentence", outlookText, "Employment projections are not available for " + name + ".");
            if (o.wages().map(w -> w.areas().isEmpty()).orElse(true)) {
                // no source has a wage for it anywhere: one sentence says so for all areas
                contains(o, areaId + " wage gap sentence", wageText, "publishes no wage estimate for " + o.title());
            } else if (!areaId.equals("CBSA-40140")) {
                contains(o, areaId + " wage gap sentence", wageText, "Wage data are not available for " + name + ".");
            }
            return;
        }
        rowsChecked++;
        Optional<List<String>> cells = tables(outlook).stream().filter(t -> t.caption().contains("California EDD"))
                .flatMap(t -> t.rows().stream()).filter(r -> r.get(0).equals(name)).findFirst();
        if (cells.isEmpty()) {
            mismatch(o, areaId, "no row in the EDD table", row.toString());
            return;
        }
        List<String> c = cells.get();
        compare(o, areaId + " employment 2020", c.get(1), count(row.base()));
        compare(o, areaId + " employment 2030", c.get(2), count(row.projected()));
        compare(o, areaId + " numeric change", c.get(3), count(row.change()));
        BigDecimal pct = new BigDecimal(row.percent());
        compare(o, areaId + " percent change", c.get(4), oneDecimal(pct) + "%");
        long openings = Long.parseLong(row.openings());
        compare(o, areaId + " openings each year", c.get(5), openings < 0 ? "—" : count(Long.toString(openings / 10)));
        String verb = pct.signum() > 0 ? "to grow " + oneDecimal(pct) + " percent" : pct.signum() < 0
                ? "to decline " + oneDecimal(pct.abs()) + " percent" : "to stay about the same";
        contains(o, areaId + " growth sentence", outlookText, "California EDD projects employment of " + o.title()
                + " in " + name + " " + verb + " from 2020 to 2030.");
        BigDecimal all = new BigDecimal(table.get("00-0000").percent());
        BigDecimal diff = pct.subtract(all);
        String verdict = diff.abs().compareTo(SAME_BAND) < 0 ? "about the same as" : diff.signum() > 0 ? "faster than"
                : "slower than";
        if (pct.signum() >= 0) {
            contains(o, areaId + " comparison", outlookText, "to 2030. That is " + verdict + " the " + oneDecimal(all)
                    + " percent projected for all occupations.");
        }
        contains(o, areaId + " pandemic note", notes(outlook), "pandemic year");
        if (aggregate.isPresent()) {
            contains(o, areaId + " aggregate note", notes(outlook), "(" + aggregate.get() + ")");
        }
        if (areaId.equals("CBSA-40140")) {
            return; // BLS's survey gives this area's wages
        }
        Optional<AreaWage> wage = o.wages().flatMap(w -> w.area(areaId));
        boolean annual = new BigDecimal(row.annual()).signum() != 0;
        boolean hourly = new BigDecimal(row.hourly()).signum() != 0;
        if (!annual && !hourly) {
            String what = wage.flatMap(AreaWage::aggregate).map(OccupationRef::title).orElse(o.title());
            contains(o, areaId + " no-wage sentence", wageText, "California EDD publishes no wage for " + what + " in "
                    + name + ".");
            return;
        }
        List<List<String>> wageRows = tables(wages).stream().filter(t -> t.caption().contains("EDD"))
                .flatMap(t -> t.rows().stream()).filter(r -> r.get(0).equals(name)).toList();
        if (annual) {
            String v = dollars(row.annual(), false);
            compare(o, areaId + " annual median", cell(wageRows, "Annual"), v);
            contains(o, areaId + " wage sentence", wageText, o.title() + " in " + name + " was " + v + " a year");
        }
        if (hourly) {
            compare(o, areaId + " hourly median", cell(wageRows, "Hourly"), dollars(row.hourly(), true));
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static String cell(List<List<String>> rows, String period) {
        return rows.stream().filter(r -> r.get(1).equals(period)).map(r -> r.get(r.size() - 1)).findFirst()
                .orElse("no " + period + " row");
    }

    private static String dollars(String raw, boolean hourly) {
        BigDecimal v = new BigDecimal(raw);
        NumberFormat nf = NumberFormat.getCurrencyInstance(Locale.US);
        int decimals = hourly || v.stripTrailingZeros().scale() > 0 ? 2 : 0;
        nf.setMinimumFractionDigits(decimals);
        nf.setMaximumFractionDigits(decimals);
        return nf.format(v);
    }

    /** A count as printed: EDD rounds to tens, so a published 0 is "Fewer than 5". */
    private static String count(String raw) {
        long v = Long.parseLong(raw);
        return v == 0 ? "Fewer than 5" : NumberFormat.getIntegerInstance(Locale.US).format(v);
    }

    private static String oneDecimal(BigDecimal v) {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.US);
        nf.setMinimumFractionDigits(1);
        nf.setMaximumFractionDigits(1);
        return nf.format(v);
    }

    private static void compare(Occupation o, String field, String printed, String published) {
        figures++;
        if (!printed.equals(published)) {
            mismatch(o, field, printed, published);
        }
    }

    private static void contains(Occupation o, String field, String text, String expected) {
        figures++;
        if (!text.contains(expected)) {
            mismatch(o, field, text.length() > 300 ? text.substring(0, 300) + "…" : text, expected);
        }
    }

    private static void mismatch(Occupation o, String field, String printed, String published) {
        mismatches.add(o.code() + " " + field + ": printed '" + printed + "', published '" + published + "'");
    }

    private static List<Block> section(ProfileDocument doc, SectionId id) {
        return doc.section(id).map(Section::blocks).orElse(List.of());
    }

    private static List<Block.Table> tables(List<Block> blocks) {
        return blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
    }

    private static String notes(List<Block> blocks) {
        return String.join("\n", tables(blocks).stream().flatMap(t -> t.notes().stream()).toList());
    }

    private static String paragraphs(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                sb.append(p.text()).append('\n');
            }
        }
        return sb.toString();
    }

    // ---- the file, read here ----------------------------------------------------------------------------

    private static void read() throws IOException {
        Path shared = Fixtures.root().resolve("../shared/data").normalize().resolve(FILE);
        InputStream in = Files.isRegularFile(shared) ? Files.newInputStream(shared)
                : EddTruthTest.class.getResourceAsStream(Path.of(FILE).getFileName().toString());
        try (Reader r = new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String area = rec.get("Area Name (County Names)");
                String id = IDS.get(area.replaceAll(" \\(.*", "").replaceAll(" (MSA|MD)$", ""));
                if (id == null) {
                    throw new IllegalStateException("no id for the area " + area);
                }
                raw.computeIfAbsent(id, k -> new HashMap<>()).put(rec.get("Standard Occupational Classification (SOC)"),
                        new Row(rec.get("SOC Level"), rec.get("Occupational Title"),
                                rec.get("Base Year Employment Estimate"), rec.get("Projected Year Employment Estimate"),
                                rec.get("Numeric Change"), rec.get("Percentage Change"), rec.get("Total  Job Openings"),
                                rec.get("Median Hourly Wage"), rec.get("Median Annual Wage")));
            }
        }
    }

    static {
        // CBSA and metropolitan division codes of OMB Bulletin No. 15-01, by the title EDD gives each area
        String[][] ids = {{"California", "ST-06"}, {"Anaheim-Santa Ana-Irvine", "CBSA-11244"},
            {"Bakersfield", "CBSA-12540"}, {"Chico", "CBSA-17020"}, {"El Centro", "CBSA-20940"},
            {"Fresno", "CBSA-23420"}, {"Hanford-Corcoran", "CBSA-25260"},
            {"Los Angeles-Long Beach-Glendale", "CBSA-31084"}, {"Madera", "CBSA-31460"}, {"Merced", "CBSA-32900"},
            {"Modesto", "CBSA-33700"}, {"Napa", "CBSA-34900"}, {"Oakland-Hayward-Berkeley", "CBSA-36084"},
            {"Oxnard-Thousand Oaks-Ventura", "CBSA-37100"}, {"Redding", "CBSA-39820"},
            {"Riverside-San Bernardino-Ontario", "CBSA-40140"}, {"Sacramento--Roseville--Arden-Arcade", "CBSA-40900"},
            {"Salinas", "CBSA-41500"}, {"San Diego-Carlsbad", "CBSA-41740"},
            {"San Francisco-Redwood City-South San Francisco", "CBSA-41884"},
            {"San Jose-Sunnyvale-Santa Clara", "CBSA-41940"},
            {"San Luis Obispo-Paso Robles-Arroyo Grande", "CBSA-42020"}, {"San Rafael", "CBSA-42034"},
            {"Santa Cruz-Watsonville", "CBSA-42100"}, {"Santa Maria-Santa Barbara", "CBSA-42200"},
            {"Santa Rosa", "CBSA-42220"}, {"Stockton-Lodi", "CBSA-44700"}, {"Vallejo-Fairfield", "CBSA-46700"},
            {"Visalia-Porterville", "CBSA-47300"}, {"Yuba City", "CBSA-49700"},
            {"Eastern Sierra-Mother Lode Region", "RG-CA-EASTERN-SIERRA-MOTHER-LODE"},
            {"North Coast Region", "RG-CA-NORTH-COAST"},
            {"North Valley-Northern Mountains Region", "RG-CA-NORTH-VALLEY-NORTHERN-MOUNTAINS"}};
        for (String[] p : ids) {
            IDS.put(p[0], p[1]);
        }
    }
}
