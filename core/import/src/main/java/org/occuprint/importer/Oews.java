package org.occuprint.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

import org.occuprint.model.Percentiles;
import org.occuprint.model.TopCoded;

/**
 * BLS Occupational Employment and Wage Statistics tables: the national cross-industry file, an area file in
 * the normalized form (one row per SOC code, footnote codes in a column) and the national sector file.
 */
final class Oews {
    /** The May 2024 top-coding thresholds: BLS shows "#" for a wage at or above them. */
    static final BigDecimal TOP_ANNUAL = new BigDecimal("239200");
    static final BigDecimal TOP_HOURLY = new BigDecimal("115.00");
    static final TopCoded TOP_CODED = new TopCoded(Optional.of(TOP_ANNUAL), Optional.of(TOP_HOURLY));

    private static final List<String> HOURLY = List.of("H_PCT25", "H_MEDIAN", "H_PCT75");
    private static final List<String> ANNUAL = List.of("A_PCT25", "A_MEDIAN", "A_PCT75");
    private static final List<String> AREA_HOURLY = List.of("h_pct25", "h_median", "h_pct75");
    private static final List<String> AREA_ANNUAL = List.of("a_pct25", "a_median", "a_pct75");
    private static final Set<String> FOOTNOTES = Set.of("4", "5", "8");
    private static final Set<String> AREA_FIELDS = Set.of("tot_emp", "emp_prse", "h_mean", "a_mean", "mean_prse",
            "h_pct10", "h_pct25", "h_median", "h_pct75", "h_pct90", "a_pct10", "a_pct25", "a_median", "a_pct75",
            "a_pct90", "jobs_1000", "loc_quotient");

    /**
     * One occupation's published estimates in one area.
     *
     * @param title      the BLS title
     * @param hourly     hourly percentiles; empty when not published (annual only) or all suppressed
     * @param annual     annual percentiles; empty when not published (hourly only) or all suppressed
     * @param topCoded   whether one of the percentiles is shown as the top-coding threshold
     * @param employment employment, when published
     */
    record Estimate(String title, Optional<Percentiles> hourly, Optional<Percentiles> annual, boolean topCoded,
            OptionalLong employment) {
    }

    /** One sector's employment of one occupation. */
    record Sector(String naics, String title, long employment) {
    }

    private Oews() {
    }

    /** The national cross-industry file: detailed-level rows (O_GROUP "detailed") by SOC code. */
    static Map<String, Estimate> national(Path file) {
        Map<String, Estimate> out = new TreeMap<>();
        Map<String, Long> lines = new HashMap<>();
        List<String> columns = new ArrayList<>(List.of("NAICS", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP",
                "ANNUAL", "HOURLY"));
        columns.addAll(HOURLY);
        columns.addAll(ANNUAL);
        RawTable.read(file, '\t', columns, r -> {
            if (!r.get("NAICS").equals("000000")) {
                throw r.error("NAICS", r.get("NAICS"), "is not 000000 (this is not the national cross-industry file)");
            }
            if (!r.get("O_GROUP").equals("detailed")) {
                return;
            }
            String soc = r.soc("OCC_CODE");
            Long first = lines.putIfAbsent(soc, r.line());
            if (first != null) {
                throw r.error("OCC_CODE", soc, "has a second detailed row (the first is on line " + first + ")");
            }
            boolean annualOnly = flag(r, "ANNUAL");
            boolean hourlyOnly = flag(r, "HOURLY");
            if (annualOnly && hourlyOnly) {
                throw r.error("both ANNUAL and HOURLY are TRUE");
            }
            boolean[] top = new boolean[1];
            Optional<Percentiles> hourly = annualOnly ? Optional.empty() : percentiles(r, HOURLY, TOP_HOURLY, top);
            Optional<Percentiles> annual = hourlyOnly ? Optional.empty() : percentiles(r, ANNUAL, TOP_ANNUAL, top);
            out.put(soc, new Estimate(r.text("OCC_TITLE"), hourly, annual, top[0], employment(r, "TOT_EMP")));
        });
        return out;
    }

    private static boolean flag(RawTable.Row r, String column) {
        String v = r.get(column);
        if (v.isEmpty()) {
            return false;
        }
        if (v.equals("TRUE")) {
            return true;
        }
        throw r.error(column, v, "is not TRUE or empty");
    }

    private static Optional<Percentiles> percentiles(RawTable.Row r, List<String> columns, BigDecimal threshold,
            boolean[] top) {
        BigDecimal[] v = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            String s = r.get(columns.get(i));
            if (s.equals("#")) {
                v[i] = threshold;
                top[0] = true;
            } else if (!s.equals("*")) {
                v[i] = wage(r, columns.get(i), s);
            }
        }
        Percentiles p = Percentiles.of(v[0], v[1], v[2]);
        return p.isEmpty() ? Optional.empty() : Optional.of(p);
    }

    private static BigDecimal wage(RawTable.Row r, String column, String s) {
        if (!Numbers.isPlainDecimal(s)) {
            throw r.error(column, s, "is not a wage (a number, '*' not available or '#' top-coded)");
        }
        return new BigDecimal(s);
    }

    private static OptionalLong employment(RawTable.Row r, String column) {
        String s = r.get(column);
        if (s.equals("**")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(count(r, column, s));
    }

    private static long count(RawTable.Row r, String column, String s) {
        BigDecimal d = Numbers.isPlainDecimal(s) ? new BigDecimal(s) : null;
        if (d == null || d.stripTrailingZeros().scale() > 0) {
            throw r.error(column, s, "is not an employment count (a whole number, or '**' not available)");
        }
        return d.longValueExact();
    }

    /**
     * An area file in the normalized form: soc_code, occupation_title, tot_emp, the wage percentiles, and a
     * footnotes column of {@code field:code} pairs (4 = only hourly or only annual wages are published, 5 =
     * the wage is at or above the top-coding threshold, 8 = the estimate is not released).
     */
    static Map<String, Estimate> area(Path file) {
        Map<String, Estimate> out = new TreeMap<>();
        Map<String, Long> lines = new HashMap<>();
        List<String> columns = new ArrayList<>(List.of("soc_code", "occupation_title", "tot_emp", "footnotes"));
        columns.addAll(AREA_HOURLY);
        columns.addAll(AREA_ANNUAL);
        RawTable.read(file, '\t', columns, r -> {
            String soc = r.soc("soc_code");
            Long first = lines.putIfAbsent(soc, r.line());
            if (first != null) {
                throw r.error("soc_code", soc, "is listed twice (first on line " + first + ")");
            }
            Map<String, String> notes = footnotes(r);
            for (Map.Entry<String, String> n : notes.entrySet()) {
                if (columns.contains(n.getKey()) && !r.get(n.getKey()).isEmpty()) {
                    throw r.error("footnotes", r.get("footnotes"), "marks '" + n.getKey()
                            + "', which has a value ('" + r.get(n.getKey()) + "')");
                }
            }
            boolean[] top = new boolean[1];
            Optional<Percentiles> hourly = areaPercentiles(r, AREA_HOURLY, notes, TOP_HOURLY, top);
            Optional<Percentiles> annual = areaPercentiles(r, AREA_ANNUAL, notes, TOP_ANNUAL, top);
            String emp = r.get("tot_emp");
            OptionalLong employment = emp.isEmpty() ? OptionalLong.empty() : OptionalLong.of(count(r, "tot_emp", emp));
            out.put(soc, new Estimate(r.text("occupation_title"), hourly, annual, top[0], employment));
        });
        return out;
    }

    private static Map<String, String> footnotes(RawTable.Row r) {
        String s = r.get("footnotes");
        Map<String, String> out = new LinkedHashMap<>();
        if (s.isEmpty()) {
            return out;
        }
        for (String part : s.split(";", -1)) {
            int colon = part.indexOf(':');
            String field = colon < 0 ? "" : part.substring(0, colon);
            String code = colon < 0 ? "" : part.substring(colon + 1);
            if (field.isEmpty() || !FOOTNOTES.contains(code)) {
                throw r.error("footnotes", s, "has '" + part + "', not field:code with code 4, 5 or 8");
            }
            if (!AREA_FIELDS.contains(field)) {
                throw r.error("footnotes", s, "names an unknown field '" + field + "'");
            }
            out.put(field, code);
        }
        return out;
    }

    private static Optional<Percentiles> areaPercentiles(RawTable.Row r, List<String> columns,
            Map<String, String> notes, BigDecimal threshold, boolean[] top) {
        BigDecimal[] v = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            String column = columns.get(i);
            String note = notes.get(column);
            if ("4".equals(note)) {
                return Optional.empty();
            }
            if ("5".equals(note)) {
                v[i] = threshold;
                top[0] = true;
            } else if (!r.get(column).isEmpty()) {
                v[i] = wage(r, column, r.get(column));
            }
        }
        Percentiles p = Percentiles.of(v[0], v[1], v[2]);
        return p.isEmpty() ? Optional.empty() : Optional.of(p);
    }

    /** The national sector file: each detailed occupation's employment by NAICS sector, in file order. */
    static Map<String, List<Sector>> sectors(Path file) {
        Map<String, List<Sector>> out = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
        RawTable.read(file, '\t', List.of("NAICS", "NAICS_TITLE", "I_GROUP", "OCC_CODE", "O_GROUP", "TOT_EMP"), r -> {
            if (!r.get("I_GROUP").equals("sector")) {
                throw r.error("I_GROUP", r.get("I_GROUP"), "is not 'sector' (this is not the national sector file)");
            }
            if (!r.get("O_GROUP").equals("detailed")) {
                return;
            }
            String soc = r.soc("OCC_CODE");
            String naics = r.text("NAICS");
            Long first = lines.putIfAbsent(soc + " " + naics, r.line());
            if (first != null) {
                throw r.error("OCC_CODE", soc, "has a second row for sector " + naics + " (the first is on line "
                        + first + ")");
            }
            OptionalLong employment = employment(r, "TOT_EMP");
            if (employment.isPresent()) {
                out.computeIfAbsent(soc, k -> new ArrayList<>())
                        .add(new Sector(naics, r.text("NAICS_TITLE"), employment.getAsLong()));
            }
        });
        return out;
    }
}
