package org.occuprint.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crosswalk from O*NET work activities to the skills they call on, most direct first: one row per
 * generalized work activity (GWA), plus rows for the intermediate work activities (IWAs) whose skills differ
 * from their GWA's. It is data, not code: {@code skill-crosswalk.tsv} next to this class, whose header says
 * what each column means. Read once per class loader; a bad row stops the importer with the file, line and
 * reason.
 */
final class SkillCrosswalk {
    /** The resource, next to this class. */
    static final String RESOURCE = "skill-crosswalk.tsv";
    static final String HEADER = "activity\tskills\ttitle";
    private static final Pattern GWA = Pattern.compile("4\\.A\\.\\d\\.[a-c]\\.\\d");
    private static final Pattern IWA = Pattern.compile("(4\\.A\\.\\d\\.[a-c]\\.\\d)\\.I\\d\\d");

    private final Map<String, List<String>> gwas;
    private final Map<String, List<String>> iwas;

    private SkillCrosswalk(Map<String, List<String>> gwas, Map<String, List<String>> iwas) {
        this.gwas = Collections.unmodifiableMap(gwas);
        this.iwas = Collections.unmodifiableMap(iwas);
    }

    /**
     * The importer's crosswalk, read from {@link #RESOURCE} on first use.
     *
     * @throws IllegalStateException if a row is bad (the message names the line)
     */
    static SkillCrosswalk standard() {
        return Standard.CROSSWALK;
    }

    private static final class Standard {
        static final SkillCrosswalk CROSSWALK = read();

        private static SkillCrosswalk read() {
            try (InputStream in = SkillCrosswalk.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The importer's " + RESOURCE + " is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return parse(reader.lines().toList(), RESOURCE, SkillMatcher.SKILLS, SkillMatcher.MAX_SKILLS);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the importer's " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Reads a crosswalk's lines (the format of {@link #RESOURCE}).
     *
     * @param source    names the text in messages
     * @param skills    the skill ids a row may name
     * @param maxSkills how many skills a row may name at most
     * @throws IllegalStateException on the first bad line: {@code SOURCE:LINE: reason}
     */
    static SkillCrosswalk parse(List<String> lines, String source, Collection<String> skills, int maxSkills) {
        Map<String, List<String>> gwas = new TreeMap<>();
        Map<String, List<String>> iwas = new TreeMap<>();
        Map<String, Integer> iwaLines = new TreeMap<>();
        boolean header = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw bad(source, n, "expected the header '" + HEADER.replace("\t", "<TAB>") + "', found '" + line
                            + "'");
                }
                header = true;
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw bad(source, n, fields.length + " tab-separated fields where a row has 3 (activity, skills, title)");
            }
            String activity = fields[0];
            Matcher iwa = IWA.matcher(activity);
            boolean isIwa = iwa.matches();
            if (!isIwa && !GWA.matcher(activity).matches()) {
                throw bad(source, n, "activity: '" + activity
                        + "' is not a GWA id (4.A.n.x.n) or an IWA id (4.A.n.x.n.Inn)");
            }
            if (gwas.containsKey(activity) || iwas.containsKey(activity)) {
                throw bad(source, n, "activity: '" + activity + "' has a row already");
            }
            if (fields[2].isBlank()) {
                throw bad(source, n, "title: the activity's title is missing");
            }
            (isIwa ? iwas : gwas).put(activity, skills(fields[1], source, n, skills, maxSkills));
            if (isIwa) {
                iwaLines.put(activity, n);
            }
        }
        if (!header) {
            throw bad(source, lines.size(), "no header '" + HEADER.replace("\t", "<TAB>") + "' and no rows");
        }
        for (Map.Entry<String, Integer> e : iwaLines.entrySet()) {
            Matcher m = IWA.matcher(e.getKey());
            if (m.matches() && !gwas.containsKey(m.group(1))) {
                throw bad(source, e.getValue(), "activity: the IWA '" + e.getKey() + "' belongs to the GWA '"
                        + m.group(1) + "', which has no row");
            }
        }
        return new SkillCrosswalk(gwas, iwas);
    }

    private static List<String> skills(String field, String source, int n, Collection<String> known, int max) {
        if (field.isEmpty() || !field.equals(field.strip()) || field.contains("  ")) {
            throw bad(source, n, "skills: '" + field + "' is not skill ids separated by one space");
        }
        List<String> ids = List.of(field.split(" "));
        if (ids.size() > max) {
            throw bad(source, n, "skills: " + ids.size() + " skills where a row names at most " + max);
        }
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (!known.contains(id)) {
                throw bad(source, n, "skills: '" + id + "' is not one of the " + known.size()
                        + " skills the importer matches tasks to");
            }
            if (!seen.add(id)) {
                throw bad(source, n, "skills: '" + id + "' is named twice");
            }
            out.add(id);
        }
        return List.copyOf(out);
    }

    private static IllegalStateException bad(String source, int line, String reason) {
        return new IllegalStateException(source + ":" + line + ": " + reason);
    }

    /** GWA id → its skills, most direct first; every GWA of the content model. */
    Map<String, List<String>> gwas() {
        return gwas;
    }

    /** IWA id → its skills, for the IWAs whose skills differ from their GWA's. */
    Map<String, List<String>> iwas() {
        return iwas;
    }

    /** The skills a detailed work activity calls on: its IWA's when listed, else its GWA's, else none. */
    List<String> skills(Onet.Dwa dwa) {
        List<String> s = iwas.get(dwa.iwa());
        return s != null ? s : gwas.getOrDefault(dwa.gwa(), List.of());
    }
}
