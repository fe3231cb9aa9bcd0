package org.occuprint.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.occuprint.compose.Block.Column;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.compose.Block.Table;
import org.occuprint.internal.Text;
import org.occuprint.model.AreaWage;
import org.occuprint.model.Percentiles;
import org.occuprint.model.TopCoded;
import org.occuprint.model.Wages;

/** "Wages": a sentence per area with the median, then one table of percentiles for every area. */
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
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean missing = false;
        for (String id : c.areaIds(wages.areas().stream().map(AreaWage::area).toList())) {
            Optional<AreaWage> found = wages.area(id);
            String name = c.areaName(id);
            String inSentence = c.sentenceName(id);
            if (found.isEmpty() || (found.get().hourly().map(Percentiles::isEmpty).orElse(true)
                    && found.get().annual().map(Percentiles::isEmpty).orElse(true))) {
                out.add(new Paragraph(m.get("wages.notAvailable", inSentence)));
                continue;
            }
            AreaWage a = found.get();
            Optional<TopCoded> top = a.topCoded();
            Optional<String> annualMedian = a.annualMedian().map(v -> f.annual(v, top));
            Optional<String> hourlyMedian = a.hourlyMedian().map(v -> f.hourly(v, top));
            if (annualMedian.isPresent() && hourlyMedian.isPresent()) {
                out.add(new Paragraph(m.get("wages.sentence.both", year, c.title, inSentence, annualMedian.get(), hourlyMedian.get())));
            } else if (annualMedian.isPresent()) {
                out.add(new Paragraph(m.get("wages.sentence.annual", year, c.title, inSentence, annualMedian.get())));
            } else if (hourlyMedian.isPresent()) {
                out.add(new Paragraph(m.get("wages.sentence.hourly", year, c.title, inSentence, hourlyMedian.get())));
            } else {
                out.add(new Paragraph(m.get("wages.notAvailable", inSentence)));
            }
            if (a.annual().isEmpty() && a.hourly().isPresent()) {
                out.add(new Paragraph(m.get("wages.hourlyOnly", inSentence)));
            }
            if (a.hourly().isPresent() && !a.hourly().get().isEmpty()) {
                Percentiles p = a.hourly().get();
                rows.add(row(c, name, m.get("wages.period.hourly"), p, v -> f.hourly(v, top)));
                missing |= p.p25().isEmpty() || p.median().isEmpty() || p.p75().isEmpty();
            }
            if (a.annual().isPresent() && !a.annual().get().isEmpty()) {
                Percentiles p = a.annual().get();
                rows.add(row(c, name, m.get("wages.period.annual"), p, v -> f.annual(v, top)));
                missing |= p.p25().isEmpty() || p.median().isEmpty() || p.p75().isEmpty();
            }
            a.aggregate().ifPresent(g -> notes.add(m.get("wages.note.aggregate", inSentence, Text.line(g.title()), g.code())));
        }
        if (!rows.isEmpty()) {
            List<String> tableNotes = new ArrayList<>();
            if (!c.summary) {
                tableNotes.add(m.get("wages.note.percentiles"));
            }
            if (missing) {
                tableNotes.add(m.get("wages.note.missing"));
            }
            tableNotes.addAll(notes);
            tableNotes.add(m.get("wages.note.source", Text.line(wages.source())));
            out.add(new Table(m.get("wages.caption", year), List.of(
                    new Column(m.get("wages.column.area"), false),
                    new Column(m.get("wages.column.period"), false),
                    new Column(m.get("wages.column.p25"), true),
                    new Column(m.get("wages.column.median"), true),
                    new Column(m.get("wages.column.p75"), true)), rows, true, tableNotes));
        }
        if (!c.summary) {
            out.addAll(Composition.paragraphs(wages.text()));
        }
        return out;
    }

    private static List<String> row(Composition c, String area, String period, Percentiles p,
            Function<BigDecimal, String> format) {
        return List.of(area, period, cell(c, p.p25(), format), cell(c, p.median(), format), cell(c, p.p75(), format));
    }

    private static String cell(Composition c, Optional<BigDecimal> value, Function<BigDecimal, String> format) {
        return value.map(format).orElse(c.notPublished());
    }
}
