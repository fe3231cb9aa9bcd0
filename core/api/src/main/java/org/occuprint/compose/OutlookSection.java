package org.occuprint.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.occuprint.compose.Block.Column;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.compose.Block.Table;
import org.occuprint.internal.Text;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.OccupationRef;
import org.occuprint.model.Outlook;
import org.occuprint.model.Period;

/**
 * "Outlook": the Bright Outlook line, growth sentences per area against all occupations, openings, and one
 * projections table. Every figure is the published one (see {@link OutlookTerms}); a count the source rounds
 * to zero is worded "fewer than …".
 */
final class OutlookSection {
    private OutlookSection() {
    }

    static List<Block> compose(Composition c) {
        Optional<Outlook> ol = c.o.outlook();
        Messages m = c.m;
        if (ol.isEmpty() || (ol.get().areas().isEmpty() && Text.items(ol.get().text()).isEmpty())) {
            return List.of(new Paragraph(m.get("outlook.none", c.title)));
        }
        Outlook outlook = ol.get();
        String base = Integer.toString(outlook.baseYear());
        String projected = Integer.toString(outlook.projectedYear());
        List<Block> out = new ArrayList<>();
        if (!c.summary) {
            // The summary handout prints it once, under the title, to stay within two pages.
            OutlookTerms.brightOutlookWords(c.o, m).ifPresent(s -> out.add(new Paragraph(s)));
        }
        // one table per period: a state agency's 2020–2030 figures never share a table with the nation's 2024–2034
        Map<Optional<Period>, Group> groups = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        if (!outlook.areas().isEmpty()) {
            for (String id : c.areaIds(outlook.areas().stream().map(AreaProjection::area).toList())) {
                Optional<AreaProjection> found = outlook.area(id);
                String name = c.areaName(id);
                String inSentence = c.sentenceName(id);
                if (found.isEmpty() || found.get().isEmpty()) {
                    out.add(new Paragraph(m.get("outlook.notAvailable", inSentence)));
                    continue;
                }
                AreaProjection a = found.get();
                shown.add(id);
                Group g = groups.computeIfAbsent(a.period(), p -> new Group());
                String areaBase = a.period().map(p -> Integer.toString(p.baseYear())).orElse(base);
                String areaProjected = a.period().map(p -> Integer.toString(p.projectedYear())).orElse(projected);
                Optional<BigDecimal> pct = OutlookTerms.percentChange(a);
                pct.ifPresent(p -> out.add(new Paragraph(growthSentence(c, inSentence, a, p, areaBase, areaProjected))));
                if (!c.summary) {
                    a.annualOpenings().ifPresent(n -> out.add(new Paragraph(openingsSentence(c, a, n))));
                }
                OptionalLong change = OutlookTerms.employmentChange(a);
                if ((change.isPresent() && a.roundedToZero(change.getAsLong()))
                        || (a.annualOpenings().isPresent() && a.roundedToZero(a.annualOpenings().getAsLong()))) {
                    g.smallUnit = Math.max(g.smallUnit, a.countUnit());
                }
                pct.ifPresent(p -> g.bars.add(new Charts.OutlookBar(name, p, OutlookTerms.allOccupationsPercent(a))));
                g.rows.add(List.of(name,
                        count(c, a, a.baseEmployment()),
                        count(c, a, a.projectedEmployment()),
                        count(c, a, change),
                        pct.map(p -> m.get("outlook.percent", c.figures.oneDecimal(p))).orElse(c.notPublished()),
                        count(c, a, a.annualOpenings())));
                a.aggregate().ifPresent(ag -> g.aggregates.computeIfAbsent(ag, k -> new ArrayList<>()).add(inSentence));
            }
        }
        List<String> counties = c.countiesNotes(shown);
        for (Map.Entry<Optional<Period>, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            Optional<Period> period = e.getKey();
            String b = period.map(p -> Integer.toString(p.baseYear())).orElse(base);
            String pr = period.map(p -> Integer.toString(p.projectedYear())).orElse(projected);
            List<String> tableNotes = new ArrayList<>(c.aggregateNotes("outlook.note.aggregate", g.aggregates));
            if (g.smallUnit > 0) {
                tableNotes.add(m.get("outlook.note.rounded", c.figures.count(g.smallUnit / 2), c.figures.count(g.smallUnit)));
            }
            period.ifPresent(p -> tableNotes.addAll(Text.items(p.notes())));
            tableNotes.addAll(counties); // under the first table only
            counties = List.of();
            tableNotes.add(m.get("outlook.note.source", Text.line(period.map(Period::source).orElse(outlook.source()))));
            String caption = period.map(p -> m.get("outlook.caption.publisher", b, pr, Text.line(p.publisher())))
                    .orElse(m.get("outlook.caption", b, pr));
            if (c.charts && !c.summary) {
                // one chart per period, as one table: figures of different periods never share a scale unmarked
                String chartCaption = period.map(p -> m.get("chart.outlook.caption.publisher", b, pr, Text.line(p.publisher())))
                        .orElse(m.get("chart.outlook.caption", b, pr));
                new Charts(c).outlook(chartCaption, g.bars).ifPresent(out::add);
            }
            out.add(new Table(caption, List.of(
                    new Column(m.get("outlook.column.area"), false),
                    new Column(m.get("outlook.column.base", b), true),
                    new Column(m.get("outlook.column.projected", pr), true),
                    new Column(m.get("outlook.column.change"), true),
                    new Column(m.get("outlook.column.percent"), true),
                    new Column(m.get("outlook.column.openings"), true)), g.rows, true, tableNotes));
        }
        if (!c.summary) {
            out.addAll(Composition.paragraphs(outlook.text()));
        }
        return out;
    }

    /** The rows of one table and the notes they need. */
    private static final class Group {
        final List<List<String>> rows = new ArrayList<>();
        final List<Charts.OutlookBar> bars = new ArrayList<>();
        final Map<OccupationRef, List<String>> aggregates = new LinkedHashMap<>();
        long smallUnit;
    }

    /** A count for the table: the number, "Fewer than 50" for a rounded zero, a dash when not published. */
    static String count(Composition c, AreaProjection a, OptionalLong value) {
        if (value.isEmpty()) {
            return c.notPublished();
        }
        long v = value.getAsLong();
        if (a.roundedToZero(v)) {
            return c.m.get("outlook.fewerThan", c.figures.count(a.countUnit() / 2));
        }
        return c.figures.count(v);
    }

    private static String openingsSentence(Composition c, AreaProjection a, long openings) {
        if (a.roundedToZero(openings)) {
            return c.m.get("outlook.openings.few", c.figures.count(a.countUnit() / 2));
        }
        if (openings == 0) {
            return c.m.get("outlook.openings.none");
        }
        return c.m.get("outlook.openings", c.figures.count(openings));
    }

    private static String growthSentence(Composition c, String area, AreaProjection a, BigDecimal pct, String base,
            String projected) {
        Messages m = c.m;
        Figures f = c.figures;
        String sentence;
        // figures of another publisher than the outlook's say whose they are
        String prefix = a.period().map(p -> "outlook.sentence.by.").orElse("outlook.sentence.");
        String publisher = a.period().map(p -> Text.line(p.publisher())).orElse("");
        if (pct.signum() > 0) {
            sentence = m.get(prefix + "grow", area, c.title, f.oneDecimal(pct), base, projected, publisher);
        } else if (pct.signum() < 0) {
            sentence = m.get(prefix + "decline", area, c.title, f.oneDecimal(pct.abs()), base, projected, publisher);
        } else {
            sentence = m.get(prefix + "flat", area, c.title, base, projected, publisher);
        }
        Optional<OutlookTerms.Verdict> verdict = OutlookTerms.verdict(a);
        Optional<BigDecimal> all = OutlookTerms.allOccupationsPercent(a);
        if (verdict.isPresent() && all.isPresent()) {
            // "A decline is slower than growth" is true but reads oddly: say what all occupations do instead.
            String key = pct.signum() < 0 && all.get().signum() > 0 ? "outlook.compare.DECLINE"
                    : "outlook.compare." + verdict.get().name();
            sentence = sentence + " " + m.get(key, f.oneDecimal(all.get()));
        }
        return sentence;
    }
}
