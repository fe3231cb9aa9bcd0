package org.occuprint.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where BLS publishes figures for a broader code instead of a detailed SOC 2018 occupation, the codes to try
 * instead: first a named aggregate, then the SOC broad group (the code with its last digit 0, for example
 * {@code 13-1020} for {@code 13-1021}). A candidate is used only when the national OEWS file publishes it at
 * the detailed level, so a plain broad-group total is never taken for an occupation's figures.
 */
final class SocAggregates {
    /**
     * BLS OEWS and Employment Projections codes that combine SOC 2018 detailed occupations and whose code is
     * not the broad group's (from the BLS lists of OEWS/EP aggregations for SOC 2018).
     */
    static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("21-1011", "21-1018"), Map.entry("21-1014", "21-1018"),
            Map.entry("25-2055", "25-2052"), Map.entry("25-2056", "25-2052"),
            Map.entry("25-9042", "25-9045"), Map.entry("25-9043", "25-9045"),
            Map.entry("51-2022", "51-2028"), Map.entry("51-2023", "51-2028"),
            Map.entry("53-1042", "53-1047"), Map.entry("53-1043", "53-1047"), Map.entry("53-1044", "53-1047"));

    /**
     * The further OEWS aggregations (SOC 2018 detailed occupations combined, as in the BLS list of OEWS
     * aggregations) that state projections such as EDD's 2020–2030 ones publish instead of their members;
     * member → aggregate. Each was checked against the aggregate's title in the EDD file.
     */
    static final Map<String, String> STATE = Map.ofEntries(
            Map.entry("11-9072", "11-9198"), Map.entry("11-9179", "11-9198"), Map.entry("11-9199", "11-9198"),
            Map.entry("13-1082", "13-1198"), Map.entry("13-1199", "13-1198"), Map.entry("13-2051", "13-2098"),
            Map.entry("13-2054", "13-2098"), Map.entry("13-2099", "13-2098"), Map.entry("15-1242", "15-1245"),
            Map.entry("15-1243", "15-1245"), Map.entry("15-1252", "15-1256"), Map.entry("15-1253", "15-1256"),
            Map.entry("15-1254", "15-1257"), Map.entry("15-1255", "15-1257"), Map.entry("15-2051", "15-2098"),
            Map.entry("15-2099", "15-2098"), Map.entry("17-3028", "17-3098"), Map.entry("17-3029", "17-3098"),
            Map.entry("19-3033", "19-3031"), Map.entry("19-3034", "19-3031"), Map.entry("19-4043", "19-4045"),
            Map.entry("19-4044", "19-4045"), Map.entry("27-4015", "27-4098"), Map.entry("27-4099", "27-4098"),
            Map.entry("29-1229", "29-1228"), Map.entry("29-1241", "29-1228"), Map.entry("29-1242", "29-1248"),
            Map.entry("29-1243", "29-1248"), Map.entry("29-1291", "29-1298"), Map.entry("29-1299", "29-1298"),
            Map.entry("29-2036", "29-2098"), Map.entry("29-2072", "29-2098"), Map.entry("29-2099", "29-2098"),
            Map.entry("29-9021", "29-9098"), Map.entry("29-9093", "29-9098"), Map.entry("29-9099", "29-9098"),
            Map.entry("33-9094", "33-9098"), Map.entry("33-9099", "33-9098"), Map.entry("39-1014", "39-1098"),
            Map.entry("39-1022", "39-1098"), Map.entry("39-4012", "39-9098"), Map.entry("39-9099", "39-9098"),
            Map.entry("47-5023", "47-5097"), Map.entry("47-5032", "47-5097"), Map.entry("53-3053", "53-3058"),
            Map.entry("53-3054", "53-3058"), Map.entry("53-6032", "53-6098"), Map.entry("53-6099", "53-6098"));

    private SocAggregates() {
    }

    /**
     * The codes to try, in order, when state projections have no figures for {@code soc}: a named aggregate
     * (BLS's or the further state one), then the broad group.
     */
    static List<String> stateCandidates(String soc) {
        List<String> out = new ArrayList<>(3);
        String state = STATE.get(soc);
        if (state != null) {
            out.add(state);
        }
        for (String c : candidates(soc)) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The codes to try, in order, when {@code soc} itself has no figures. */
    static List<String> candidates(String soc) {
        List<String> out = new ArrayList<>(2);
        String named = NAMED.get(soc);
        if (named != null) {
            out.add(named);
        }
        String broad = soc.substring(0, 6) + "0";
        if (!broad.equals(soc) && !out.contains(broad)) {
            out.add(broad);
        }
        return out;
    }
}
