package org.occuprint.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses the occupation's important skills and matches each task to one of them. O*NET has no table that
 * links tasks to skills; this bridges them with what it does have (the method is described in
 * {@code docs/data-import.md}):
 *
 * <ol>
 *   <li>Candidates are the skills the occupation rates at least "important" (importance 3.0 or more on the
 *       1–5 scale, not suppressed, not marked not relevant). No ratings, no candidates: no skill is made up.
 *   <li>Activity evidence: each task links to detailed work activities (DWAs), each of which belongs to an
 *       intermediate work activity (IWA) and one of the 41 generalized work activities (GWAs). A fixed crosswalk
 *       ({@link SkillCrosswalk}, the resource {@code skill-crosswalk.tsv}) names the skills each GWA calls on, in
 *       order, with exceptions for IWAs that differ from their GWA; the skill listed first scores 1.0, then 0.75,
 *       0.5, 0.35, averaged over the task's DWAs.
 *   <li>Word evidence: TF-IDF cosine similarity between the task (its statement, DWA titles and IWA titles)
 *       and the skill (its name twice, definition and level anchors), with a small stemmer; IDF over the skills.
 *   <li>Score = (activity + 2 × word evidence) × importance / 5; the best-scoring candidate wins when its
 *       evidence (activity + 2 × word) is at least 0.3, else the task gets no skill. Ties go to the more
 *       important skill, then the lower element id.
 * </ol>
 */
final class SkillMatcher {
    /** The importance that O*NET OnLine calls "important" (50 on its 0–100 scale). */
    static final double IMPORTANT = 3.0;
    static final double WORD_WEIGHT = 2.0;
    static final double MIN_EVIDENCE = 0.3;
    /** What the skills a work activity names score, in the crosswalk's order. */
    private static final double[] RANK_WEIGHTS = {1.0, 0.75, 0.5, 0.35};
    /** How many skills a row of the crosswalk may name. */
    static final int MAX_SKILLS = RANK_WEIGHTS.length;

    /** The skills, by element id. */
    static final List<String> SKILLS = List.of("2.A.1.a", "2.A.1.b", "2.A.1.c", "2.A.1.d", "2.A.1.e", "2.A.1.f",
            "2.A.2.a", "2.A.2.b", "2.A.2.c", "2.A.2.d", "2.B.1.a", "2.B.1.b", "2.B.1.c", "2.B.1.d", "2.B.1.e",
            "2.B.1.f", "2.B.2.i", "2.B.3.a", "2.B.3.b", "2.B.3.c", "2.B.3.d", "2.B.3.e", "2.B.3.g", "2.B.3.h",
            "2.B.3.j", "2.B.3.k", "2.B.3.l", "2.B.3.m", "2.B.4.e", "2.B.4.g", "2.B.4.h", "2.B.5.a", "2.B.5.b",
            "2.B.5.c", "2.B.5.d");

    private static final Set<String> STOP_WORDS = Set.of("and", "the", "for", "with", "from", "into", "such", "other",
            "others", "using", "use", "used", "are", "this", "that", "these", "those", "their", "its", "any", "all",
            "not", "but", "can", "may", "own", "how", "what", "who", "which", "when", "where", "about", "also", "etc",
            "one", "you", "your", "them", "they", "has", "have", "was", "were", "will", "need", "needed", "work",
            "job", "jobs", "task", "tasks");
    private static final List<String> SUFFIXES = sortedByLength(List.of("ational", "izations", "ization", "ations",
            "ation", "ators", "ator", "iveness", "ements", "ement", "ments", "ment", "ities", "ity", "ings", "ing",
            "ers", "er", "ies", "ied", "ions", "ion", "ives", "ive", "ially", "ial", "ally", "al", "ly", "ed", "es",
            "s", "e", "ances", "ance", "ences", "ence", "ics", "ic", "ists", "ist", "ous", "able", "ible", "ures", "ure"));

    private final SkillCrosswalk crosswalk = SkillCrosswalk.standard();
    private final Map<String, Double> idf = new TreeMap<>();
    private final Map<String, Map<String, Double>> skillVectors = new TreeMap<>();

    /**
     * @param onet         the skill names, definitions and level anchors come from its content model
     * @param contentModel the content model file, named when a skill is missing from it
     */
    SkillMatcher(Onet onet, Path contentModel) {
        Map<String, Map<String, Double>> counts = new TreeMap<>();
        for (String id : SKILLS) {
            Onet.Element e = onet.element(id).orElseThrow(() -> new ImportException(contentModel, 0,
                    "has no element '" + id + "' (a skill the importer matches tasks to)"));
            Map<String, Double> c = new TreeMap<>();
            add(c, e.name(), 2.0);
            add(c, e.description(), 1.0);
            for (String anchor : onet.anchors.getOrDefault(id, List.of())) {
                add(c, anchor, 1.0);
            }
            counts.put(id, c);
        }
        Map<String, Integer> df = new TreeMap<>();
        for (Map<String, Double> c : counts.values()) {
            for (String term : c.keySet()) {
                df.merge(term, 1, Integer::sum);
            }
        }
        int n = counts.size();
        df.forEach((term, d) -> idf.put(term, Math.log((n + 1.0) / (d + 1.0))));
        counts.forEach((id, c) -> skillVectors.put(id, weigh(c)));
    }

    private static List<String> sortedByLength(List<String> suffixes) {
        List<String> s = new ArrayList<>(suffixes);
        s.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(s);
    }

    /** The skills rated at least important for an occupation, most important first (then higher level, then id). */
    static List<String> important(Map<String, Onet.SkillRating> ratings) {
        List<String> ids = new ArrayList<>();
        ratings.forEach((id, r) -> {
            if (!Double.isNaN(r.importance()) && r.importance() >= IMPORTANT && !r.notRelevant()) {
                ids.add(id);
            }
        });
        ids.sort(Comparator.<String>comparingDouble(id -> -ratings.get(id).importance())
                .thenComparingDouble(id -> {
                    double lv = ratings.get(id).level();
                    return Double.isNaN(lv) ? 0 : -lv;
                })
                .thenComparing(Comparator.naturalOrder()));
        return ids;
    }

    /**
     * The skill for one task, among {@code candidates} (element ids, each rated in {@code ratings}), or empty
     * when the evidence is too weak.
     */
    Optional<String> match(String task, List<Onet.Dwa> dwas, List<String> candidates,
            Map<String, Onet.SkillRating> ratings) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> words = new TreeMap<>();
        add(words, task, 1.0);
        Map<String, Double> activity = new TreeMap<>();
        for (Onet.Dwa d : dwas) {
            add(words, d.title(), 1.0);
            add(words, d.iwaTitle(), 1.0);
            List<String> skills = crosswalk.skills(d);
            for (int i = 0; i < skills.size(); i++) {
                activity.merge(skills.get(i), RANK_WEIGHTS[i] / dwas.size(), Double::sum);
            }
        }
        Map<String, Double> taskVector = weigh(words);
        String best = null;
        double bestScore = 0;
        double bestEvidence = 0;
        for (String id : candidates) {
            double evidence = activity.getOrDefault(id, 0.0) + WORD_WEIGHT * cosine(taskVector, skillVectors.get(id));
            double score = evidence * ratings.get(id).importance() / 5.0;
            if (best == null || score > bestScore || (score == bestScore && better(id, best, ratings))) {
                best = id;
                bestScore = score;
                bestEvidence = evidence;
            }
        }
        return bestEvidence >= MIN_EVIDENCE ? Optional.ofNullable(best) : Optional.empty();
    }

    private static boolean better(String id, String than, Map<String, Onet.SkillRating> ratings) {
        int c = Double.compare(ratings.get(id).importance(), ratings.get(than).importance());
        return c > 0 || (c == 0 && id.compareTo(than) < 0);
    }

    private Map<String, Double> weigh(Map<String, Double> counts) {
        Map<String, Double> v = new TreeMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            Double w = idf.get(e.getKey());
            if (w != null && w > 0) {
                double x = e.getValue() * w;
                v.put(e.getKey(), x);
                norm += x * x;
            }
        }
        if (norm > 0) {
            double n = Math.sqrt(norm);
            v.replaceAll((k, x) -> x / n);
        }
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double sum = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double y = b.get(e.getKey());
            if (y != null) {
                sum += e.getValue() * y;
            }
        }
        return sum;
    }

    private static void add(Map<String, Double> counts, String text, double weight) {
        for (String t : terms(text)) {
            counts.merge(t, weight, Double::sum);
        }
    }

    /** The stemmed content words of a text. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && isLetter(lower.charAt(i))) {
                i++;
            }
            if (i - start > 2) {
                String word = lower.substring(start, i);
                if (!STOP_WORDS.contains(word)) {
                    out.add(stem(word));
                }
            }
        }
        return out;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** Strips up to two common English suffixes, keeping a stem of at least four letters. */
    static String stem(String word) {
        String w = word;
        for (int pass = 0; pass < 2; pass++) {
            for (String suffix : SUFFIXES) {
                if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                    w = w.substring(0, w.length() - suffix.length());
                    break;
                }
            }
        }
        return w;
    }
}
