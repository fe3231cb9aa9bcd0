package org.occuprint.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.occuprint.compose.Block.Column;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.compose.Block.Table;
import org.occuprint.internal.Text;
import org.occuprint.model.AreaWage;
import org.occuprint.model.OccupationRef;
import org.occuprint.model.Percentiles;
import org.occuprint.model.TopCoded;
import org.occuprint.model.WageVintage;
import org.occuprint.model.Wages;

/**
 * "Wages": a sentence per area with the median, then a table of percentiles: one for each vintage (the
 * section's own year and source, and each other publisher's) so figures of different periods never share a
 * table unmarked.
 */
final class WageSection {
    private WageSection() {
    }

    static List<Block> compose(Composition c) {
        Messages m = c.m;
        Optional<Wages> w = c.o.wages();
        if (w.isEmpty()) {
            return List.of(new Paragraph(m.get("wages.none", c.title)));
        }
        if (w.get().areas().isEmpty()) {
            List<Block> none = new ArrayList<>();
            none.add(new Paragraph(m.get("wages.none.source", Text.line(w.get().source()), c.title)));
            none.addAll(Composition.paragraphs(w.get().text()));
            return none;
        }
        Figures f = c.figures;
        Wages wages = w.get();
        String year = Integer.toString(wages.year());
        List<Block> out = new ArrayList<>();
        // one table per vintage, in the order the areas come: a state agency's medians never share a table
        // with the national survey's
        Map<Optional<WageVintage>, Group> groups = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        for (String id : c.areaIds(wages.areas().stream().map(AreaWage::area).toList())) {
            Optional<AreaWage> found = wages.area(id);
            String name = c.areaName(id);
            String inSentence = c.sentenceName(id);
            if (found.isPresent() && found.get().vintage().isPresent() && found.get().annualMedian().isEmpty()
                    && found.get().hourlyMedian().isEmpty()) {
                AreaWage a = found.get();
                String what = a.aggregate().map(g -> Text.line(g.title())).orElse(c.title);
                out.add(new Paragraph(m.get("wages.notPublished.by", Text.line(a.vintage().get().publisher()), what, inSentence)));
                continue;
            }
            if (found.isEmpty() || (found.get().hourly().map(Percentiles::isEmpty).orElse(true)
                    && found.get().annual().map(Percentiles::isEmpty).orElse(true))) {
                out.add(new Paragraph(m.get("wages.notAvailable", inSentence)));
                continue;
            }
            AreaWage a = found.get();
            shown.add(id);
            Group group = groups.computeIfAbsent(a.vintage(), v -> new Group());
            Optional<TopCoded> top = a.topCoded();
            Optional<String> annualMedian = a.annualMedian().map(v -> f.annual(v, top));
            Optional<String> hourlyMedian = a.hourlyMedian().map(v -> f.hourly(v, top));
            String kind = annualMedian.isPresent() && hourlyMedian.isPresent() ? "both"
                    : annualMedian.isPresent() ? "annual" : hourlyMedian.isPresent() ? "hourly" : null;
            if (kind == null) {
                out.add(new Paragraph(m.get("wages.notAvailable", inSentence)));
            } else if (!(c.summary && c.charts)) {
                // (the summary's chart labels each median, and its table has them all: no sentence repeats them)
                String median = annualMedian.orElse(hourlyMedian.orElse(""));
                String hourly = hourlyMedian.orElse("");
                out.add(new Paragraph(a.vintage()
                        .map(v -> m.get("wages.sentence.vintage." + kind, Text.line(v.period()), c.title, inSentence,
                                median, hourly))
                        .orElseGet(() -> m.get("wages.sentence." + kind, year, c.title, inSentence, median, hourly))));
            }
            if (a.annual().isEmpty() && a.hourly().isPresent()) {
                out.add(new Paragraph(m.get("wages.hourlyOnly", inSentence)));
            }
            if (a.hourly().isPresent() && !a.hourly().get().isEmpty()) {
                group.rows.add(new Row(name, m.get("wages.period.hourly"), a.hourly().get(), v -> f.hourly(v, top)));
            }
            if (a.annual().isPresent() && !a.annual().get().isEmpty()) {
                group.rows.add(new Row(name, m.get("wages.period.annual"), a.annual().get(), v -> f.annual(v, top)));
            }
            a.aggregate().ifPresent(g -> group.aggregates.computeIfAbsent(g, k -> new ArrayList<>()).add(inSentence));
            group.shown.add(new Shown(name, a));
        }
        List<String> counties = c.countiesNotes(shown);
        for (Map.Entry<Optional<WageVintage>, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            if (g.rows.isEmpty()) {
                continue;
            }
            // a publisher of medians only gets a table of medians, not two columns of dashes
            boolean spread = g.rows.stream().anyMatch(r -> r.p.p25().isPresent() || r.p.p75().isPresent());
            boolean missing = g.rows.stream().anyMatch(r -> r.p.median().isEmpty()
                    || (spread && (r.p.p25().isEmpty() || r.p.p75().isEmpty())));
            List<String> tableNotes = new ArrayList<>();
            if (!c.summary && spread) {
                tableNotes.add(m.get("wages.note.percentiles"));
            }
            if (missing) {
                tableNotes.add(m.get("wages.note.missing"));
            }
            tableNotes.addAll(c.aggregateNotes("wages.note.aggregate", g.aggregates));
            tableNotes.addAll(counties); // under the first table only
            counties = List.of();
            String source = e.getKey().map(v -> v.source()).orElse(wages.source());
            tableNotes.add(m.get("wages.note.source", Text.line(source)));
            List<Column> columns = new ArrayList<>(List.of(new Column(m.get("wages.column.area"), false),
                    new Column(m.get("wages.column.period"), false)));
            if (spread) {
                columns.add(new Column(m.get("wages.column.p25"), true));
            }
            columns.add(new Column(m.get("wages.column.median"), true));
            if (spread) {
                columns.add(new Column(m.get("wages.column.p75"), true));
            }
            List<List<String>> rows = new ArrayList<>();
            for (Row r : g.rows) {
                List<String> cells = new ArrayList<>(List.of(r.area, r.period));
                if (spread) {
                    cells.add(cell(c, r.p.p25(), r.format));
                }
                cells.add(cell(c, r.p.median(), r.format));
                if (spread) {
                    cells.add(cell(c, r.p.p75(), r.format));
                }
                rows.add(cells);
            }
            String caption = e.getKey().map(v -> m.get("wages.caption.vintage", Text.line(v.period())))
                    .orElse(m.get("wages.caption", year));
            if (c.charts) {
                String when = e.getKey().map(v -> Text.line(v.period())).orElse(year);
                chart(c, when, g.shown).ifPresent(out::add);
            }
            out.add(new Table(caption, columns, rows, true, tableNotes));
        }
        if (!c.summary) {
            out.addAll(Composition.paragraphs(wages.text()));
        }
        return out;
    }

    /** The rows of one table and the notes they need. */
    private static final class Group {
        final List<Row> rows = new ArrayList<>();
        final Map<OccupationRef, List<String>> aggregates = new LinkedHashMap<>();
        final List<Shown> shown = new ArrayList<>();
    }

    private record Row(String area, String period, Percentiles p, Function<BigDecimal, String> format) {
    }

    /** An area of a table, for its chart. */
    private record Shown(String name, AreaWage wage) {
    }

    /**
     * The chart above a table: annual wages when every area of the table has them, else hourly (the
     * occupations paid by the hour), so that all the bars share one scale.
     */
    private static Optional<Block.Chart> chart(Composition c, String when, List<Shown> shown) {
        boolean annual = shown.stream().allMatch(s -> s.wage.annual().map(p -> !p.isEmpty()).orElse(false));
        List<Charts.WageBar> bars = new ArrayList<>();
        for (Shown s : shown) {
            Optional<Percentiles> p = annual ? s.wage.annual() : s.wage.hourly();
            if (p.isEmpty() || p.get().isEmpty()) {
                continue; // an area with annual figures only, in a chart of hourly ones: left out, not drawn as zero
            }
            Optional<TopCoded> top = s.wage.topCoded();
            Optional<BigDecimal> threshold = top.flatMap(t -> annual ? t.annual() : t.hourly());
            Function<BigDecimal, String> format = annual ? v -> c.figures.annual(v, top) : v -> c.figures.hourly(v, top);
            bars.add(new Charts.WageBar(s.name, p.get().p25(), p.get().median(), p.get().p75(), threshold, format));
        }
        String caption = c.m.get(annual ? "chart.wages.caption.annual" : "chart.wages.caption.hourly", when);
        return new Charts(c).wages(caption, annual, bars);
    }

    private static String cell(Composition c, Optional<BigDecimal> value, Function<BigDecimal, String> format) {
        return value.map(format).orElse(c.notPublished());
    }
}
