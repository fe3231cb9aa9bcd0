package org.occuprint.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Search over summaries: folded titles, ranked as {@link DataSet#search(String)} describes. */
final class SearchIndex {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CODE = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");
    private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    private static final Pattern CODE_START = Pattern.compile("\\d{2}(-\\d{0,4}(\\.\\d{0,2})?)?");

    private record Entry(OccupationSummary summary, Folded title, List<Folded> also) {
    }

    private record Folded(String text, String folded, String[] words) {
        static Folded of(String text) {
            String f = fold(text);
            return new Folded(text, f, f.isEmpty() ? new String[0] : f.split(" "));
        }
    }

    private record Ranked(SearchHit hit, int extra) {
    }

    private final List<Entry> entries = new ArrayList<>();

    SearchIndex(List<OccupationSummary> summaries) {
        for (OccupationSummary s : summaries) {
            entries.add(new Entry(s, Folded.of(s.title()), s.alsoCalled().stream().map(Folded::of).toList()));
        }
    }

    /** Lower case, accents and other marks removed (NFD), every run of non-letters and non-digits one space. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        String noMarks = MARKS.matcher(d).replaceAll("");
        return NOT_WORD.matcher(noMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    List<SearchHit> search(String query) {
        String q = query.strip();
        List<Ranked> out = new ArrayList<>();
        if (q.isEmpty()) {
            for (Entry e : entries) {
                out.add(new Ranked(hit(e, SearchHit.Match.ALL, e.summary().title()), 0));
            }
        } else if (CODE.matcher(q).matches() || SOC.matcher(q).matches() || CODE_START.matcher(q).matches()) {
            for (Entry e : entries) {
                if (e.summary().code().startsWith(q)) {
                    out.add(new Ranked(hit(e, SearchHit.Match.CODE, e.summary().code()), 0));
                }
            }
        } else {
            Folded fq = Folded.of(q);
            if (fq.words().length > 0) {
                for (Entry e : entries) {
                    Ranked r = rank(e, fq);
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
        }
        out.sort(Comparator.<Ranked, SearchHit.Match>comparing(r -> r.hit().match()).thenComparingInt(Ranked::extra)
                .thenComparing(r -> r.hit().code()));
        return out.stream().map(Ranked::hit).toList();
    }

    private static SearchHit hit(Entry e, SearchHit.Match match, String matched) {
        return new SearchHit(e.summary().code(), e.summary().title(), match, matched);
    }

    private static @Nullable Ranked rank(Entry e, Folded q) {
        if (e.title().folded().equals(q.folded())) {
            return new Ranked(hit(e, SearchHit.Match.TITLE, e.summary().title()), 0);
        }
        if (prefixes(q.words(), e.title().words())) {
            return new Ranked(hit(e, SearchHit.Match.TITLE_WORDS, e.summary().title()),
                    e.title().words().length - q.words().length);
        }
        @Nullable Ranked best = null;
        for (Folded a : e.also()) {
            Ranked r = null;
            if (a.folded().equals(q.folded())) {
                r = new Ranked(hit(e, SearchHit.Match.ALSO_CALLED, a.text()), 0);
            } else if (prefixes(q.words(), a.words())) {
                r = new Ranked(hit(e, SearchHit.Match.ALSO_CALLED_WORDS, a.text()), a.words().length - q.words().length);
            }
            if (r != null && (best == null || r.hit().match().compareTo(best.hit().match()) < 0
                    || (r.hit().match() == best.hit().match() && r.extra() < best.extra()))) {
                best = r;
            }
        }
        if (best != null) {
            return best;
        }
        if (q.folded().length() >= 3) {
            if (e.title().folded().contains(q.folded())) {
                return new Ranked(hit(e, SearchHit.Match.TEXT, e.summary().title()), e.title().words().length);
            }
            for (Folded a : e.also()) {
                if (a.folded().contains(q.folded())) {
                    return new Ranked(hit(e, SearchHit.Match.TEXT, a.text()), a.words().length);
                }
            }
        }
        return null;
    }

    /** Whether every query word starts a different word of the text. */
    private static boolean prefixes(String[] query, String[] text) {
        if (query.length > text.length) {
            return false;
        }
        boolean[] used = new boolean[text.length];
        for (String w : query) {
            boolean found = false;
            for (int i = 0; i < text.length && !found; i++) {
                if (!used[i] && text[i].startsWith(w)) {
                    used[i] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
