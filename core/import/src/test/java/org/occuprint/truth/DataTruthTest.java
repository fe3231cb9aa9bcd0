package org.occuprint.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
import org.occuprint.model.Occupation;
import org.occuprint.model.OccupationRef;
import org.occuprint.options.SectionId;
import org.occuprint.testing.Fixtures;

/**
 * The data-truth check: every occupation of the embedded data set is composed, and every printed wage,
 * employment, change, percent, openings and education value is compared with the raw public file it comes
 * from, read here with a reader of its own (none of the importer's code). Also fails on "About 0", "0
 * openings", "N/A", "null" and on an introduction with nothing after it.
 *
 * <p>The raw files are the BLS Employment Projections 2024–34 table and the OEWS May 2024 national and
 * Riverside files. They are read from the repository's sibling {@code shared/data} folder when it is there,
 * else from the byte-identical gzip copies in this package's resources (checked against the folder whenever
 * both exist), so that the check runs on any machine.
 */
class DataTruthTest {
    private static final String EP = "bls_ep_2024_2034/Employment Projections.csv";
    private static final String NATIONAL = "bls_oews_2024_national/national_M2024_dl.tsv";
    private static final String RIVERSIDE = "bls_oews_2024_riverside_msa/riverside_oews_M2024_normalized.tsv";
    private static final String RIVERSIDE_ID = "CBSA-40140";
    private static final BigDecimal SAME_BAND = new BigDecimal("0.5");
    private static final Pattern FORBIDDEN = Pattern.compile("About 0\\b|(?<![\\d,.])0 openings|N/A|\\bnull\\b|\\$0(?![\\d.,])");

    /** One row of the projections table, as written (thousands, one decimal). */
    record EpRow(String base, String projected, String change, String percent, String openings, String education,
            String experience, String training) {
    }

    /** One occupation's 25th percentile, median and 75th percentile for a period, as written. */
    record WageRow(List<String> hourly, List<String> annual, boolean hourlyPublished, boolean annualPublished) {
    }

    private static final Map<String, EpRow> ep = new HashMap<>();
    private static final Map<String, WageRow> national = new HashMap<>();
    private static final Map<String, WageRow> riverside = new HashMap<>();
    private static BigDecimal allOccupationsPercent;
    private static final List<String> mismatches = new ArrayList<>();
    private static int occupations;
    private static int figures;

    @BeforeAll
    static void readRawFilesAndCompareEveryOccupation() throws IOException {
        readProjections();
        readNational();
        readRiverside();
        DataSet data = DataSet.embedded();
        for (String code : data.codes()) {
            Occupation o = data.find(code).orElseThrow();
            ProfileDocument doc = Fixtures.compose(o);
            occupations++;
            checkWages(o, doc);
            checkOutlook(o, doc);
            checkEducation(o, doc);
            // "$0" starts a wage chart's scale; the wording is checked without the charts
            checkWording(o, Fixtures.compose(o, Fixtures.options().toBuilder().charts(false).build()));
        }
    }

    @Test
    void everyPrintedFigureIsThePublishedOne() {
        assertThat(occupations).isEqualTo(923);
        assertThat(figures).as("figures compared").isGreaterThan(20_000);
        if (!mismatches.isEmpty()) {
            fail(String.format(Locale.ROOT, "%d mismatches in %d occupations (%d figures compared); the first 60:%n%s",
                    mismatches.size(), occupations, figures,
                    String.join("\n", mismatches.subList(0, Math.min(60, mismatches.size())))));
        }
        System.out.printf(Locale.ROOT, "data truth: %d occupations, %d printed figures compared, %d mismatches%n",
                occupations, figures, mismatches.size());
    }

    @Test
    void theAllOccupationsRateIsTheOneBlsPublishes() {
        // BLS, Employment Projections 2024–2034 news release: total employment grows 3.1 percent.
        assertThat(allOccupationsPercent).isEqualByComparingTo("3.1");
    }

    @Test
    void theCommittedCopiesAreTheSharedFiles() throws IOException {
        Path shared = sharedData();
        for (String name : List.of(EP, NATIONAL, RIVERSIDE)) {
            if (Files.isRegularFile(shared.resolve(name))) {
                try (InputStream copy = copy(name)) {
                    assertThat(copy.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(shared.resolve(name)));
                }
            }
        }
    }

    // ---- the comparisons --------------------------------------------------------------------------------

    private static void checkWages(Occupation o, ProfileDocument doc) {
        List<Block> blocks = section(doc, SectionId.WAGES);
        List<Block.Table> table = blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .toList();
        String soc = o.socCode();
        for (String areaId : List.of("US", RIVERSIDE_ID)) {
            Map<String, WageRow> raw = areaId.equals("US") ? national : riverside;
            Optional<AreaWage> printed = o.wages().flatMap(w -> w.area(areaId));
            Optional<String> aggregate = printed.flatMap(AreaWage::aggregate).map(OccupationRef::code);
            String key = aggregate.filter(a -> !a.equals(soc)).orElse(soc);
            WageRow row = raw.get(key);
            if (aggregate.isPresent() && !aggregate.get().equals(soc) && raw.containsKey(soc)) {
                mismatch(o, areaId + " wages", "aggregate " + aggregate.get(), "own row " + soc);
            }
            if (row == null) {
                if (printed.isPresent()) {
                    mismatch(o, areaId + " wages", "figures of " + key, "no row");
                }
                continue;
            }
            if (printed.isEmpty()) {
                if (row.hourlyPublished() || row.annualPublished()) {
                    mismatch(o, areaId + " wages", "none", "row " + key);
                }
                continue;
            }
            String name = printed.get().area().name();
            compareRow(o, table, name, "Hourly", row.hourly(), row.hourlyPublished(), true);
            compareRow(o, table, name, "Annual", row.annual(), row.annualPublished(), false);
        }
        if (o.wages().map(w -> w.areas().isEmpty()).orElse(true)) {
            String text = Fixtures.text(doc);
            if (national.containsKey(soc)) {
                mismatch(o, "wages", "none", "national row " + soc);
            } else if (!text.contains("publishes no wage estimate for " + o.title())) {
                mismatch(o, "wages", "silent", "a sentence saying that no estimate is published");
            }
        }
    }

    private static void compareRow(Occupation o, List<Block.Table> tables, String area, String period,
            List<String> raw, boolean published, boolean hourly) {
        Optional<List<String>> printed = tables.stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.get(0).equals(area) && r.get(1).equals(period)).findFirst();
        boolean any = published && raw.stream().anyMatch(v -> !v.isEmpty() && !v.equals("*"));
        if (!any) {
            printed.ifPresent(r -> mismatch(o, area + " " + period, String.join(" | ", r), "not published"));
            return;
        }
        if (printed.isEmpty()) {
            mismatch(o, area + " " + period, "no row", String.join(" | ", raw));
            return;
        }
        for (int i = 0; i < 3; i++) {
            compare(o, area + " " + period + " " + List.of("p25", "median", "p75").get(i), printed.get().get(i + 2),
                    wageCell(raw.get(i), hourly));
        }
    }

    private static String wageCell(String raw, boolean hourly) {
        if (raw.isEmpty() || raw.equals("*")) {
            return "—";
        }
        if (raw.equals("#")) {
            return hourly ? "$115.00 or more" : "$239,200 or more";
        }
        BigDecimal v = new BigDecimal(raw);
        NumberFormat nf = NumberFormat.getCurrencyInstance(Locale.US);
        int decimals = hourly || v.stripTrailingZeros().scale() > 0 ? 2 : 0;
        nf.setMinimumFractionDigits(decimals);
        nf.setMaximumFractionDigits(decimals);
        return nf.format(v);
    }

    private static void checkOutlook(Occupation o, ProfileDocument doc) {
        Optional<AreaProjection> us = o.outlook().flatMap(ol -> ol.area("US"));
        String soc = o.socCode();
        Optional<String> aggregate = us.flatMap(AreaProjection::aggregate).map(OccupationRef::code);
        String key = aggregate.filter(a -> !a.equals(soc)).orElse(soc);
        if (aggregate.isPresent() && !aggregate.get().equals(soc) && ep.containsKey(soc)) {
            mismatch(o, "projections", "aggregate " + aggregate.get(), "own row " + soc);
        }
        EpRow row = ep.get(key);
        List<Block> blocks = section(doc, SectionId.OUTLOOK);
        String text = paragraphs(blocks);
        if (row == null) {
            if (us.isPresent()) {
                mismatch(o, "projections", "figures of " + key, "no row");
            } else if (!text.contains("Employment projections are not available for")) {
                mismatch(o, "projections", "silent", "a sentence saying that none are available");
            }
            return;
        }
        Optional<List<String>> printed = blocks.stream().filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).flatMap(t -> t.rows().stream())
                .filter(r -> r.get(0).equals("United States")).findFirst();
        if (printed.isEmpty()) {
            mismatch(o, "projections", "no United States row", row.toString());
            return;
        }
        List<String> r = printed.get();
        compare(o, "employment 2024", r.get(1), count(row.base()));
        compare(o, "employment 2034", r.get(2), count(row.projected()));
        compare(o, "numeric change", r.get(3), count(row.change()));
        BigDecimal pct = new BigDecimal(row.percent());
        compare(o, "percent change", r.get(4), oneDecimal(pct) + "%");
        compare(o, "openings", r.get(5), count(row.openings()));
        String sentence = pct.signum() > 0 ? " to grow " + oneDecimal(pct) + " percent from 2024 to 2034."
                : pct.signum() < 0 ? " to decline " + oneDecimal(pct.abs()) + " percent from 2024 to 2034."
                : " to stay about the same from 2024 to 2034.";
        contains(o, "growth sentence", text, sentence);
        BigDecimal diff = pct.subtract(allOccupationsPercent);
        String verdict = diff.abs().compareTo(SAME_BAND) < 0 ? "about the same as" : diff.signum() > 0 ? "faster than"
                : "slower than";
        contains(o, "comparison", text, pct.signum() < 0 ? "Employment of all occupations is projected to grow 3.1 percent."
                : "That is " + verdict + " the 3.1 percent projected for all occupations.");
        BigDecimal openings = new BigDecimal(row.openings());
        String openingsSentence = openings.signum() == 0 ? "Fewer than 50 openings a year are projected"
                : "About " + count(row.openings()) + " openings a year are projected";
        contains(o, "openings sentence", text, openingsSentence);
        boolean bright = diff.compareTo(SAME_BAND) >= 0 || openings.multiply(BigDecimal.TEN).compareTo(BigDecimal.valueOf(100)) >= 0;
        boolean printedBright = doc.titleBlock().lines().stream().anyMatch(l -> l.startsWith("Bright Outlook occupation"));
        figures++;
        if (bright != printedBright) {
            mismatch(o, "Bright Outlook", Boolean.toString(printedBright), Boolean.toString(bright));
        }
        if (bright != text.contains("Bright Outlook occupation")) {
            mismatch(o, "Bright Outlook in the outlook section", Boolean.toString(!bright), Boolean.toString(bright));
        }
        if (aggregate.isPresent()) {
            contains(o, "aggregate note", tableNotes(blocks), "(" + aggregate.get() + ")");
        }
    }

    private static void checkEducation(Occupation o, ProfileDocument doc) {
        Optional<String> aggregate = o.outlook().flatMap(ol -> ol.area("US")).flatMap(AreaProjection::aggregate)
                .map(OccupationRef::code);
        EpRow row = ep.get(aggregate.filter(a -> !a.equals(o.socCode())).orElse(o.socCode()));
        String text = paragraphs(section(doc, SectionId.EDUCATION));
        if (row == null) {
            contains(o, "education", text, "are not available");
            return;
        }
        contains(o, "typical education", text, "Typical education needed to enter: " + row.education() + ".");
        contains(o, "work experience", text, "Work experience in a related occupation: " + row.experience() + ".");
        contains(o, "training", text, "Typical on-the-job training once hired: " + row.training() + ".");
        if (aggregate.isPresent()) {
            contains(o, "education aggregate note", text, "are those of the broader group");
        }
    }

    private static void checkWording(Occupation o, ProfileDocument doc) {
        String text = Fixtures.text(doc);
        var m = FORBIDDEN.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            mismatch(o, "wording", text.substring(from, Math.min(text.length(), m.end() + 20)).replace('\n', ' '),
                    "no '" + m.group() + "'");
        }
        for (Section s : doc.sections()) {
            List<Block> b = s.blocks();
            for (int i = 0; i < b.size(); i++) {
                if (b.get(i) instanceof Block.Paragraph p && p.text().endsWith(":")) {
                    boolean followed = i + 1 < b.size() && (b.get(i + 1) instanceof Block.BulletList
                            || b.get(i + 1) instanceof Block.Table || b.get(i + 1) instanceof Block.LinkList);
                    if (!followed) {
                        mismatch(o, s.anchor() + " introduction", p.text(), "a list or table after it");
                    }
                }
            }
            if (b.isEmpty()) {
                mismatch(o, s.anchor(), "an empty section", "content");
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

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

    private static String paragraphs(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                sb.append(p.text()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String tableNotes(List<Block> blocks) {
        return String.join("\n", blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .flatMap(t -> t.notes().stream()).toList());
    }

    /** A count published in thousands with one decimal, as printed: "Fewer than 50" for a rounded zero. */
    private static String count(String thousands) {
        BigDecimal v = new BigDecimal(thousands.replace(",", "")).multiply(BigDecimal.valueOf(1000));
        if (v.signum() == 0) {
            return "Fewer than 50";
        }
        return NumberFormat.getIntegerInstance(Locale.US).format(v.longValueExact());
    }

    private static String oneDecimal(BigDecimal v) {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.US);
        nf.setMinimumFractionDigits(1);
        nf.setMaximumFractionDigits(1);
        return nf.format(v);
    }

    // ---- the raw files, read here ----------------------------------------------------------------------

    private static Path sharedData() {
        return Fixtures.root().resolve("../shared/data").normalize();
    }

    private static InputStream copy(String name) throws IOException {
        String file = name.substring(name.lastIndexOf('/') + 1) + ".gz";
        InputStream in = DataTruthTest.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + file);
        }
        return new GZIPInputStream(in);
    }

    private static Reader open(String name) throws IOException {
        Path shared = sharedData().resolve(name);
        InputStream in = Files.isRegularFile(shared) ? Files.newInputStream(shared) : copy(name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static void readProjections() throws IOException {
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal projected = BigDecimal.ZERO;
        try (Reader r = open(EP)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                EpRow row = new EpRow(rec.get("Employment 2024"), rec.get("Employment 2034"),
                        rec.get("Employment Change, 2024-2034"), rec.get("Employment Percent Change, 2024-2034"),
                        rec.get("Occupational Openings, 2024-2034 Annual Average"),
                        rec.get("Typical Entry-Level Education"), rec.get("Work Experience in a Related Occupation"),
                        rec.get("Typical on-the-job Training"));
                ep.put(rec.get("Occupation Code"), row);
                base = base.add(new BigDecimal(row.base().replace(",", "")));
                projected = projected.add(new BigDecimal(row.projected().replace(",", "")));
            }
        }
        allOccupationsPercent = projected.subtract(base).multiply(BigDecimal.valueOf(100))
                .divide(base, 1, RoundingMode.HALF_UP);
    }

    private static List<String[]> tsv(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(open(name))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    private static void readNational() throws IOException {
        List<String[]> rows = tsv(NATIONAL);
        List<String> header = List.of(rows.get(0));
        for (String[] f : rows.subList(1, rows.size())) {
            if (!f[header.indexOf("O_GROUP")].equals("detailed")) {
                continue;
            }
            List<String> hourly = List.of(f[header.indexOf("H_PCT25")], f[header.indexOf("H_MEDIAN")], f[header.indexOf("H_PCT75")]);
            List<String> annual = List.of(f[header.indexOf("A_PCT25")], f[header.indexOf("A_MEDIAN")], f[header.indexOf("A_PCT75")]);
            boolean annualOnly = f[header.indexOf("ANNUAL")].equalsIgnoreCase("TRUE");
            boolean hourlyOnly = f[header.indexOf("HOURLY")].equalsIgnoreCase("TRUE");
            national.put(f[header.indexOf("OCC_CODE")], new WageRow(hourly, annual, !annualOnly, !hourlyOnly));
        }
    }

    private static void readRiverside() throws IOException {
        List<String[]> rows = tsv(RIVERSIDE);
        List<String> header = List.of(rows.get(0));
        for (String[] f : rows.subList(1, rows.size())) {
            String notes = f[header.indexOf("footnotes")];
            List<String> hourly = new ArrayList<>();
            List<String> annual = new ArrayList<>();
            for (String col : List.of("pct25", "median", "pct75")) {
                hourly.add(cell(f[header.indexOf("h_" + col)], notes, "h_" + col));
                annual.add(cell(f[header.indexOf("a_" + col)], notes, "a_" + col));
            }
            boolean hourlyPublished = !notes.contains("h_median:4");
            boolean annualPublished = !notes.contains("a_median:4");
            riverside.put(f[header.indexOf("soc_code")], new WageRow(hourly, annual, hourlyPublished, annualPublished));
        }
    }

    /** A Riverside cell with its footnote: 5 (at or above the top code) reads as the national file's {@code #}. */
    private static String cell(String value, String notes, String column) {
        if (value.isEmpty() && List.of(notes.split(";")).contains(column + ":5")) {
            return "#";
        }
        return value;
    }
}
