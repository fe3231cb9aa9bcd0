package org.occuprint.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.occuprint.model.KnownAreas;
import org.occuprint.model.Occupation;
import org.occuprint.model.Totals;

/**
 * California EDD's Long-Term Occupational Employment Projections (2020–2030) for the state and its 32
 * projection areas: for each area and SOC code, employment, change, percent change and openings over the
 * ten years as EDD publishes them (whole jobs, rounded by EDD to tens), and EDD's median hourly and annual
 * wage where it publishes one ({@code 0.00} means not published).
 */
final class EddProjections {
    static final int BASE_YEAR = 2020;
    static final int PROJECTED_YEAR = 2030;
    static final int YEARS = PROJECTED_YEAR - BASE_YEAR;
    /** EDD rounds its counts to tens. */
    static final long COUNT_UNIT = 10;

    static final String AREA = "Area Name (County Names)";
    static final String PERIOD = "Period";
    static final String LEVEL = "SOC Level";
    static final String CODE = "Standard Occupational Classification (SOC)";
    static final String TITLE = "Occupational Title";
    static final String BASE = "Base Year Employment Estimate";
    static final String PROJECTED = "Projected Year Employment Estimate";
    static final String CHANGE = "Numeric Change";
    static final String PERCENT = "Percentage Change";
    static final String OPENINGS = "Total  Job Openings";
    static final String HOURLY = "Median Hourly Wage";
    static final String ANNUAL = "Median Annual Wage";
    static final String TOTAL = "00-0000";

    /**
     * EDD's area names (with their counties) → area ids: the state, the metropolitan areas and divisions by
     * their CBSA or division code (OMB Bulletin No. 15-01), EDD's three multi-county regions as
     * {@code RG-CA-<name>}. The names are EDD's, as in the file.
     */
    static final Map<String, String> AREAS = Map.ofEntries(
            Map.entry("California", "ST-06"),
            Map.entry("Anaheim-Santa Ana-Irvine MD (Orange County)", "CBSA-11244"),
            Map.entry("Bakersfield MSA (Kern County)", "CBSA-12540"),
            Map.entry("Chico MSA (Butte County)", "CBSA-17020"),
            Map.entry("El Centro MSA (Imperial County)", "CBSA-20940"),
            Map.entry("Fresno MSA (Fresno County)", "CBSA-23420"),
            Map.entry("Hanford-Corcoran MSA (Kings County)", "CBSA-25260"),
            Map.entry("Los Angeles-Long Beach-Glendale MD (Los Angeles County)", "CBSA-31084"),
            Map.entry("Madera MSA (Madera County)", "CBSA-31460"),
            Map.entry("Merced MSA (Merced County)", "CBSA-32900"),
            Map.entry("Modesto MSA (Stanislaus County)", "CBSA-33700"),
            Map.entry("Napa MSA (Napa County)", "CBSA-34900"),
            Map.entry("Oakland-Hayward-Berkeley MD (Alameda and Contra Costa Counties)", "CBSA-36084"),
            Map.entry("Oxnard-Thousand Oaks-Ventura MSA (Ventura County)", "CBSA-37100"),
            Map.entry("Redding MSA (Shasta County)", "CBSA-39820"),
            Map.entry("Riverside-San Bernardino-Ontario MSA (Riverside and San Bernardino Counties)", "CBSA-40140"),
            Map.entry("Sacramento--Roseville--Arden-Arcade MSA (El Dorado, Placer, Sacramento, and Yolo Counties)",
                    "CBSA-40900"),
            Map.entry("Salinas MSA (Monterey County)", "CBSA-41500"),
            Map.entry("San Diego-Carlsbad MSA (San Diego County)", "CBSA-41740"),
            Map.entry("San Francisco-Redwood City-South San Francisco MD (San Francisco and San Mateo Counties)",
                    "CBSA-41884"),
            Map.entry("San Jose-Sunnyvale-Santa Clara MSA (San Benito and Santa Clara Counties)", "CBSA-41940"),
            Map.entry("San Luis Obispo-Paso Robles-Arroyo Grande MSA (San Luis Obispo County)", "CBSA-42020"),
            Map.entry("San Rafael MD (Marin County)", "CBSA-42034"),
            Map.entry("Santa Cruz-Watsonville MSA (Santa Cruz County)", "CBSA-42100"),
            Map.entry("Santa Maria-Santa Barbara MSA (Santa Barbara County)", "CBSA-42200"),
            Map.entry("Santa Rosa MSA (Sonoma County)", "CBSA-42220"),
            Map.entry("Stockton-Lodi MSA (San Joaquin County)", "CBSA-44700"),
            Map.entry("Vallejo-Fairfield MSA (Solano County)", "CBSA-46700"),
            Map.entry("Visalia-Porterville MSA (Tulare County)", "CBSA-47300"),
            Map.entry("Yuba City MSA (Sutter and Yuba Counties)", "CBSA-49700"),
            Map.entry("Eastern Sierra-Mother Lode Region (Alpine, Amador, Calaveras, Inyo, Mariposa, Mono, and "
                    + "Tuolumne Counties)", "RG-CA-EASTERN-SIERRA-MOTHER-LODE"),
            Map.entry("North Coast Region (Del Norte, Humboldt, Lake, and Mendocino Counties)", "RG-CA-NORTH-COAST"),
            Map.entry("North Valley-Northern Mountains Region (Colusa, Glenn, Lassen, Modoc, Nevada, Plumas, Sierra, "
                    + "Siskiyou, Tehama, and Trinity Counties)", "RG-CA-NORTH-VALLEY-NORTHERN-MOUNTAINS"));

    /**
     * One occupation's figures in one area, as published: counts in jobs, openings over the whole ten years,
     * the medians empty when EDD publishes none.
     */
    record Row(String title, int level, long base, long projected, long change, BigDecimal percent,
            long openings, Optional<BigDecimal> hourlyMedian, Optional<BigDecimal> annualMedian) {
        /**
         * Openings in an average year: the ten-year total divided by ten, exact (EDD's totals are multiples of
         * ten); empty when the division is not exact or the published total is negative (a few rows of tiny
         * declining occupations, where EDD's openings are exits plus transfers plus a negative change).
         */
        Optional<Long> annualOpenings() {
            return openings >= 0 && openings % YEARS == 0 ? Optional.of(openings / YEARS) : Optional.empty();
        }
    }

    /** Area id → SOC code → row, areas in file order. */
    final Map<String, Map<String, Row>> areas;
    /** Area id → employment of all occupations. */
    final Map<String, Totals> totals;

    private EddProjections(Map<String, Map<String, Row>> areas, Map<String, Totals> totals) {
        this.areas = areas;
        this.totals = totals;
    }

    static EddProjections read(Path file) {
        Map<String, Map<String, Row>> areas = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        Map<String, Totals> totals = new HashMap<>();
        List<String> columns = List.of(AREA, PERIOD, LEVEL, CODE, TITLE, BASE, PROJECTED, CHANGE, PERCENT, OPENINGS,
                HOURLY, ANNUAL);
        RawTable.read(file, ',', columns, r -> {
            String name = r.text(AREA);
            String id = AREAS.get(name);
            if (id == null || KnownAreas.find(id).isEmpty()) {
                throw r.error(AREA, name, "is not an EDD projection area this importer knows");
            }
            String period = r.get(PERIOD);
            if (!period.equals(BASE_YEAR + "-" + PROJECTED_YEAR)) {
                throw r.error(PERIOD, period, "is not the period " + BASE_YEAR + "-" + PROJECTED_YEAR);
            }
            String soc = r.get(CODE);
            if (!Occupation.SOC_PATTERN.matcher(soc).matches()) {
                throw r.error(CODE, soc, "is not a SOC code (NN-NNNN)");
            }
            Long first = lines.putIfAbsent(id + " " + soc, r.line());
            if (first != null) {
                throw r.error(CODE, soc, "is listed twice for " + name + " (first on line " + first + ")");
            }
            int level = (int) count(r, LEVEL);
            long base = count(r, BASE);
            long projected = count(r, PROJECTED);
            // printed as published, even where it is not the difference of the rounded counts (EDD's own
            // all-occupations row for the North Coast Region: 108,860 → 116,620, change 7,660)
            long change = signedCount(r, CHANGE);
            BigDecimal percent = Numbers.signed(r.get(PERCENT));
            if (percent == null || percent.compareTo(BigDecimal.valueOf(-100)) < 0) {
                throw r.error(PERCENT, r.get(PERCENT), "is not a percentage");
            }
            Row row = new Row(r.text(TITLE).strip(), level, base, projected, change, percent, signedCount(r, OPENINGS),
                    wage(r, HOURLY), wage(r, ANNUAL));
            if (soc.equals(TOTAL)) {
                if (base <= 0) {
                    throw r.error(BASE, r.get(BASE), "must be positive for all occupations");
                }
                totals.put(id, new Totals(base, projected, Optional.of(percent)));
            }
            areas.computeIfAbsent(id, k -> new TreeMap<>()).put(soc, row);
        });
        if (areas.isEmpty()) {
            throw new ImportException(file, 0, "has no rows");
        }
        for (String id : areas.keySet()) {
            if (!totals.containsKey(id)) {
                throw new ImportException(file, 0, "has no " + TOTAL + " (all occupations) row for area " + id);
            }
        }
        return new EddProjections(areas, totals);
    }

    private static long count(RawTable.Row r, String column) {
        String s = r.get(column);
        if (!s.matches("\\d{1,12}")) {
            throw r.error(column, s, "is not a whole number");
        }
        return Long.parseLong(s);
    }

    private static long signedCount(RawTable.Row r, String column) {
        String s = r.get(column);
        if (!s.matches("-?\\d{1,12}")) {
            throw r.error(column, s, "is not a whole number");
        }
        return Long.parseLong(s);
    }

    /** A median wage; empty for EDD's {@code 0.00} (not published). */
    private static Optional<BigDecimal> wage(RawTable.Row r, String column) {
        String s = r.get(column);
        if (!Numbers.isPlainDecimal(s)) {
            throw r.error(column, s, "is not a wage");
        }
        BigDecimal v = new BigDecimal(s).stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.signum() == 0 ? Optional.empty() : Optional.of(v);
    }
}
