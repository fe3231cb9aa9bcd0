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

    private SocAggregates() {
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
