package org.occuprint.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.occuprint.compose.ProfileComposer;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;
import org.occuprint.testing.Fixtures;

/**
 * The committed slice of the raw data (test resources, see raw/README.txt) and helpers to read it the simple
 * way, independently of the importer, so tests can compare the importer's figures with the files.
 */
final class Slice {
    static final List<String> CODES = List.of("11-1011.00", "13-1021.00", "15-1252.00", "21-1014.00", "25-2021.00",
            "27-2011.00", "29-1022.00", "29-1141.00", "29-1141.01", "29-2072.00", "45-3031.00");

    private static Map<String, Occupation> imported;

    private Slice() {
    }

    /** The raw slice folder, laid out like the shared data folder. */
    static Path raw() {
        URL url = Slice.class.getResource("raw/README.txt");
        if (url == null) {
            throw new IllegalStateException("The raw slice is missing from the test resources");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request for the slice in {@code raw}, without overlays. */
    static ImportRequest.Builder request(Path raw, Path out) {
        return ImportRequest.builder()
                .onet(raw.resolve("onet_29_3"))
                .oewsNational(raw.resolve("bls_oews_2024_national/national_M2024_dl.tsv"))
                .oewsArea("CBSA-40140", raw.resolve("bls_oews_2024_riverside_msa/riverside_oews_M2024_normalized.tsv"))
                .oewsSectors(raw.resolve("bls_oews_2024_national/natsector_M2024_dl.tsv.gz"))
                .projections(raw.resolve("bls_ep_2024_2034/Employment Projections.csv"))
                .stateProjections(raw.resolve("ca_edd_ltop_2020_2030/Long-Term_Occupational_Employment_Projections_2020_2030.csv.gz"))
                .out(out);
    }

    /** The slice imported without overlays (once per test run), by code. */
    static synchronized Map<String, Occupation> imported() {
        if (imported == null) {
            Map<String, Occupation> map = new LinkedHashMap<>();
            for (Occupation o : new DataImporter().read(request(raw(), Path.of("unused.jsonl")).build())) {
                map.put(o.code(), o);
            }
            imported = java.util.Collections.unmodifiableMap(map);
        }
        return imported;
    }

    static Occupation occupation(String code) {
        Occupation o = imported().get(code);
        if (o == null) {
            throw new IllegalArgumentException("No " + code + " in the slice import");
        }
        return o;
    }

    /** Every word a composed handout says, printed on the golden date, with the given area order. */
    static String text(Occupation o, String... areas) {
        RenderOptions options = RenderOptions.builder().printedOn(LocalDate.of(2022, 5, 21)).areas(List.of(areas)).build();
        return Fixtures.text(new ProfileComposer().compose(o, options));
    }

    // ---- plain readers ----------------------------------------------------------------------------------

    /** The rows of a tab-separated slice file (no quoted fields in the rows tests read), header first. */
    static List<String[]> tsv(String relative) {
        try (InputStream in = Files.newInputStream(raw().resolve(relative))) {
            InputStream s = relative.endsWith(".gz") ? new GZIPInputStream(in) : in;
            String text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of a tab-separated file as column name → value, by a key column's value (and an optional filter). */
    static Map<String, String> row(String relative, String keyColumn, String key) {
        List<String[]> rows = tsv(relative);
        String[] header = rows.get(0);
        int k = List.of(header).indexOf(keyColumn);
        return rows.stream().skip(1).filter(r -> r[k].equals(key)).findFirst().map(r -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i], r[i]);
            }
            return m;
        }).orElseThrow(() -> new IllegalArgumentException("No row " + key + " in " + relative));
    }

    /** The national OEWS detailed row of a SOC code. */
    static Map<String, String> national(String soc) {
        List<String[]> rows = tsv("bls_oews_2024_national/national_M2024_dl.tsv");
        String[] header = rows.get(0);
        for (String[] r : rows) {
            if (r[8].equals(soc) && r[10].equals("detailed")) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i], r[i]);
                }
                return m;
            }
        }
        throw new IllegalArgumentException("No national row for " + soc);
    }

    /** The projections CSV's records (its own simple parser: quoted fields, commas, CRLF). */
    static List<List<String>> projections() {
        try {
            String text = Files.readString(raw().resolve("bls_ep_2024_2034/Employment Projections.csv"));
            List<List<String>> out = new ArrayList<>();
            for (String line : text.split("\r\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> fields = new ArrayList<>();
                StringBuilder f = new StringBuilder();
                boolean quoted = false;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (c == ',' && !quoted) {
                        fields.add(f.toString());
                        f.setLength(0);
                    } else {
                        f.append(c);
                    }
                }
                fields.add(f.toString());
                out.add(fields);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A projections value in thousands as a whole count: "1,579.80" → 1579800. */
    static long thousands(String cell) {
        return new BigDecimal(cell.replace(",", "")).movePointRight(3).longValueExact();
    }

    /** Copies the slice into {@code dir} (for tests that break a file). */
    static void copyTo(Path dir) {
        Path from = raw();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
