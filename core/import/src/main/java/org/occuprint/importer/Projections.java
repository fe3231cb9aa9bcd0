package org.occuprint.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.occuprint.model.Totals;

/**
 * The BLS Employment Projections occupation table (national, 2024–2034): employment in thousands, converted
 * exactly to whole counts, the published change and percent change as written, plus the typical education and
 * training categories.
 */
final class Projections {
    static final int BASE_YEAR = 2024;
    /** Counts are published in thousands with one decimal: multiples of 100 jobs. */
    static final long COUNT_UNIT = 100;
    static final int PROJECTED_YEAR = 2034;
    static final String TITLE = "Occupation Title";
    static final String CODE = "Occupation Code";
    static final String BASE = "Employment " + BASE_YEAR;
    static final String PROJECTED = "Employment " + PROJECTED_YEAR;
    static final String CHANGE = "Employment Change, " + BASE_YEAR + "-" + PROJECTED_YEAR;
    static final String PERCENT = "Employment Percent Change, " + BASE_YEAR + "-" + PROJECTED_YEAR;
    static final String OPENINGS = "Occupational Openings, " + BASE_YEAR + "-" + PROJECTED_YEAR + " Annual Average";
    static final String EDUCATION = "Typical Entry-Level Education";
    static final String EXPERIENCE = "Work Experience in a Related Occupation";
    static final String TRAINING = "Typical on-the-job Training";

    /** One occupation's projection; counts are whole numbers of jobs. */
    record Row(String title, long base, long projected, long change, BigDecimal percent, long openings,
            Optional<String> education, Optional<String> experience, Optional<String> training) {
    }

    final Map<String, Row> rows = new TreeMap<>();
    /** The sums of the base-year and projected employment columns over every row. */
    final Totals totals;

    private Projections(Totals totals) {
        this.totals = totals;
    }

    static Projections read(Path file) {
        Map<String, Row> rows = new TreeMap<>();
        Map<String, Long> lines = new HashMap<>();
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
        List<String> columns = List.of(TITLE, CODE, BASE, PROJECTED, CHANGE, PERCENT, OPENINGS, EDUCATION, EXPERIENCE,
                TRAINING);
        RawTable.read(file, ',', columns, r -> {
            String soc = r.soc(CODE);
            Long first = lines.putIfAbsent(soc, r.line());
            if (first != null) {
                throw r.error(CODE, soc, "is listed twice (first on line " + first + ")");
            }
            BigDecimal base = thousands(r, BASE);
            BigDecimal projected = thousands(r, PROJECTED);
            BigDecimal change = signed(r, CHANGE, "is not a number (thousands)");
            BigDecimal percent = signed(r, PERCENT, "is not a percentage");
            if (percent.compareTo(BigDecimal.valueOf(-100)) < 0) {
                throw r.error(PERCENT, percent.toPlainString(), "is below -100 percent");
            }
            BigDecimal openings = thousands(r, OPENINGS);
            sums[0] = sums[0].add(base);
            sums[1] = sums[1].add(projected);
            rows.put(soc, new Row(title(r.text(TITLE)), whole(r, BASE, base), whole(r, PROJECTED, projected),
                    whole(r, CHANGE, change), percent, whole(r, OPENINGS, openings), category(r, EDUCATION),
                    category(r, EXPERIENCE), category(r, TRAINING)));
        });
        if (rows.isEmpty()) {
            throw new ImportException(file, 0, "has no occupations");
        }
        Long base = Numbers.thousands(sums[0]);
        Long projected = Numbers.thousands(sums[1]);
        if (base == null || projected == null || base <= 0) {
            throw new ImportException(file, 0, "the employment columns do not add up to whole counts");
        }
        Projections p = new Projections(new Totals(base, projected));
        p.rows.putAll(rows);
        return p;
    }

    private static BigDecimal thousands(RawTable.Row r, String column) {
        String s = r.get(column);
        BigDecimal v = Numbers.grouped(s);
        if (v == null) {
            throw r.error(column, s, "is not a number (thousands)");
        }
        return v;
    }

    private static BigDecimal signed(RawTable.Row r, String column, String reason) {
        String s = r.get(column);
        BigDecimal v = Numbers.signed(s);
        if (v == null) {
            throw r.error(column, s, reason);
        }
        return v;
    }

    private static long whole(RawTable.Row r, String column, BigDecimal thousands) {
        Long v = Numbers.thousands(thousands);
        if (v == null) {
            throw r.error(column, thousands.toPlainString(), "has more than three decimals (thousands)");
        }
        return v;
    }

    private static Optional<String> category(RawTable.Row r, String column) {
        String s = r.get(column).strip();
        return s.isEmpty() || s.equals("N/A") ? Optional.empty() : Optional.of(s);
    }

    /** The occupation title without the list of sample job titles that follows it ("Actors    * Actor ..."). */
    static String title(String cell) {
        int star = cell.indexOf("    *");
        return (star < 0 ? cell : cell.substring(0, star)).strip();
    }
}
