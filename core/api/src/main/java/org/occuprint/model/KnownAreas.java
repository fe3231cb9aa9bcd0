package org.occuprint.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Areas Occuprint knows by id without any data: the nation, the states and territories (by FIPS code) and
 * the metropolitan areas, divisions and regions of its default data set (by CBSA or division code; regions
 * as {@code RG-CA-NORTH-COAST}), each with its state and the counties it covers. Used to name an area that a
 * profile has no figures for, to say once which counties an area covers, and to check area ids given on the
 * command line. The list is {@code org/occuprint/model/areas.tsv}; {@code docs/profile-format.md} documents
 * the ids.
 *
 * @since 0.1
 */
public final class KnownAreas {
    private static final Map<String, Area> AREAS = new LinkedHashMap<>();
    private static final Map<String, String> STATES = new HashMap<>();
    private static final Map<String, String> COVERS = new HashMap<>();

    static {
        load();
    }

    private KnownAreas() {
    }

    private static void load() {
        try (InputStream in = KnownAreas.class.getResourceAsStream("areas.tsv")) {
            if (in == null) {
                throw new IllegalStateException("Resource org/occuprint/model/areas.tsv is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                AREAS.put(f[0], new Area(f[0], f[2], AreaKind.valueOf(f[1])));
                String state = f.length > 3 && !f[3].isEmpty() ? f[3] : f[0].startsWith("ST-") ? f[0].substring(3) : null;
                if (state != null) {
                    STATES.put(f[0], state);
                }
                if (f.length > 4 && !f[4].isEmpty()) {
                    COVERS.put(f[0], f[4]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The two-digit FIPS code of the state an area lies in ({@code "06"} for California and its metropolitan
     * areas); empty for the nation and for areas not known.
     *
     * @since 0.3
     */
    public static Optional<String> stateOf(String id) {
        return Optional.ofNullable(STATES.get(id));
    }

    /**
     * The counties an area covers, as a handout names them once ("Riverside and San Bernardino Counties");
     * empty for the nation, the states and areas not known.
     *
     * @since 0.3
     */
    public static Optional<String> counties(String id) {
        return Optional.ofNullable(COVERS.get(id));
    }

    /**
     * The state with this postal abbreviation ({@code CA}), FIPS code ({@code 06}), id ({@code ST-06}) or name,
     * ignoring case.
     *
     * @since 0.3
     */
    public static Optional<Area> state(String nameOrCode) {
        String s = nameOrCode.trim();
        String fips = POSTAL.get(s.toUpperCase(Locale.ROOT));
        for (Area a : AREAS.values()) {
            if (a.kind() == AreaKind.STATE && (a.id().equalsIgnoreCase(s) || a.id().equals("ST-" + s)
                    || a.name().equalsIgnoreCase(s) || a.id().equals("ST-" + fips))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The ids among {@code candidates} closest to {@code id} in spelling (fewest one-character edits, then
     * in the given order), at most {@code max}; for naming what an unknown id was likely meant to be.
     *
     * @since 0.3
     */
    public static List<String> closest(String id, Collection<String> candidates, int max) {
        String wanted = id.toUpperCase(Locale.ROOT);
        List<String> all = new ArrayList<>(candidates);
        List<Integer> distance = all.stream().map(c -> edits(wanted, c.toUpperCase(Locale.ROOT))).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(distance::get));
        return order.stream().limit(max).map(all::get).toList();
    }

    private static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Postal abbreviations of the states and territories, to their FIPS codes. */
    private static final Map<String, String> POSTAL = Map.ofEntries(
            Map.entry("AL", "01"), Map.entry("AK", "02"), Map.entry("AZ", "04"), Map.entry("AR", "05"),
            Map.entry("CA", "06"), Map.entry("CO", "08"), Map.entry("CT", "09"), Map.entry("DE", "10"),
            Map.entry("DC", "11"), Map.entry("FL", "12"), Map.entry("GA", "13"), Map.entry("HI", "15"),
            Map.entry("ID", "16"), Map.entry("IL", "17"), Map.entry("IN", "18"), Map.entry("IA", "19"),
            Map.entry("KS", "20"), Map.entry("KY", "21"), Map.entry("LA", "22"), Map.entry("ME", "23"),
            Map.entry("MD", "24"), Map.entry("MA", "25"), Map.entry("MI", "26"), Map.entry("MN", "27"),
            Map.entry("MS", "28"), Map.entry("MO", "29"), Map.entry("MT", "30"), Map.entry("NE", "31"),
            Map.entry("NV", "32"), Map.entry("NH", "33"), Map.entry("NJ", "34"), Map.entry("NM", "35"),
            Map.entry("NY", "36"), Map.entry("NC", "37"), Map.entry("ND", "38"), Map.entry("OH", "39"),
            Map.entry("OK", "40"), Map.entry("OR", "41"), Map.entry("PA", "42"), Map.entry("RI", "44"),
            Map.entry("SC", "45"), Map.entry("SD", "46"), Map.entry("TN", "47"), Map.entry("TX", "48"),
            Map.entry("UT", "49"), Map.entry("VT", "50"), Map.entry("VA", "51"), Map.entry("WA", "53"),
            Map.entry("WV", "54"), Map.entry("WI", "55"), Map.entry("WY", "56"), Map.entry("AS", "60"),
            Map.entry("GU", "66"), Map.entry("MP", "69"), Map.entry("PR", "72"), Map.entry("VI", "78"));

    /** The known area with this id. */
    public static Optional<Area> find(String id) {
        return Optional.ofNullable(AREAS.get(id));
    }

    /** All known areas. */
    public static List<Area> all() {
        return AREAS.values().stream().sorted(Comparator.comparing(Area::id)).toList();
    }
}
