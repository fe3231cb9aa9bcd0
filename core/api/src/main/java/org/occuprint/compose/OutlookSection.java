package org.occuprint.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.occuprint.compose.Block.Column;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.compose.Block.Table;
import org.occuprint.internal.Text;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.Outlook;
import org.occuprint.model.Totals;

/** "Outlook": growth sentences per area against all occupations, openings, and one projections table. */
final class OutlookSection {
    /** Percentage points within which growth counts as "about the same" as all occupations. */
    private static final BigDecimal SAME_GROWTH_BAND = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OutlookSection() {
    }

    static List<Block> compose(Composition c) {
        Optional<Outlook> ol = c.o.outlook();
        if (ol.isEmpty() || (ol.get().areas().isEmpty() && Text.items(ol.get().text()).isEmpty())) {
            return List.of();
        }
        Messages m = c.m;
        Figures f = c.figures;
        Outlook outlook = ol.get();
        String base = Integer.toString(outlook.baseYear());
        String projected = Integer.toString(outlook.projectedYear());
        List<Block> out = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!outlook.areas().isEmpty()) {
            for (String id : c.areaIds(outlook.areas().stream().map(AreaProjection::area).toList())) {
                Optional<AreaProjection> found = outlook.area(id);
                String name = c.areaName(id);
                String inSentence = c.sentenceName(id);
                if (found.isEmpty() || (found.get().baseEmployment().isEmpty()
                        && found.get().projectedEmployment().isEmpty() && found.get().annualOpenings().isEmpty())) {
                    out.add(new Paragraph(m.get("outlook.notAvailable", inSentence)));
                    continue;
                }
                AreaProjection a = found.get();
                Optional<BigDecimal> pct = percentChange(a.baseEmployment(), a.projectedEmployment());
                pct.ifPresent(p -> out.add(new Paragraph(growthSentence(c, inSentence, p, base, projected, a.allOccupations()))));
                if (!c.summary) {
                    a.annualOpenings().ifPresent(n -> out.add(new Paragraph(m.get("outlook.openings", f.count(n)))));
                }
                OptionalLong change = a.change();
                rows.add(List.of(name,
                        count(c, a.baseEmployment()),
                        count(c, a.projectedEmployment()),
                        count(c, change),
                        pct.map(p -> m.get("outlook.percent", f.oneDecimal(p))).orElse(c.notPublished()),
                        count(c, a.annualOpenings())));
                a.aggregate().ifPresent(g -> notes.add(m.get("outlook.note.aggregate", inSentence, Text.line(g.title()), g.code())));
            }
        }
        if (!rows.isEmpty()) {
            List<String> tableNotes = new ArrayList<>(notes);
            tableNotes.add(m.get("outlook.note.source", Text.line(outlook.source())));
            out.add(new Table(m.get("outlook.caption", base, projected), List.of(
                    new Column(m.get("outlook.column.area"), false),
                    new Column(m.get("outlook.column.base", base), true),
                    new Column(m.get("outlook.column.projected", projected), true),
                    new Column(m.get("outlook.column.change"), true),
                    new Column(m.get("outlook.column.percent"), true),
                    new Column(m.get("outlook.column.openings"), true)), rows, true, tableNotes));
        }
        if (!c.summary) {
            out.addAll(Composition.paragraphs(outlook.text()));
        }
        return out;
    }

    private static String count(Composition c, OptionalLong value) {
        return value.isPresent() ? c.figures.count(value.getAsLong()) : c.notPublished();
    }

    private static Optional<BigDecimal> percentChange(OptionalLong base, OptionalLong projected) {
        if (base.isEmpty() || projected.isEmpty() || base.getAsLong() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(projected.getAsLong() - base.getAsLong()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(base.getAsLong()), 6, RoundingMode.HALF_UP));
    }

    private static String growthSentence(Composition c, String area, BigDecimal pct, String base, String projected,
            Optional<Totals> all) {
        Messages m = c.m;
        Figures f = c.figures;
        BigDecimal shown = pct.setScale(1, RoundingMode.HALF_UP);
        String sentence;
        if (shown.signum() > 0) {
            sentence = m.get("outlook.sentence.grow", area, c.title, f.oneDecimal(shown), base, projected);
        } else if (shown.signum() < 0) {
            sentence = m.get("outlook.sentence.decline", area, c.title, f.oneDecimal(shown.abs()), base, projected);
        } else {
            sentence = m.get("outlook.sentence.flat", area, c.title, base, projected);
        }
        if (all.isPresent()) {
            Optional<BigDecimal> allPct = percentChange(OptionalLong.of(all.get().baseEmployment()),
                    OptionalLong.of(all.get().projectedEmployment()));
            if (allPct.isPresent()) {
                BigDecimal diff = pct.subtract(allPct.get());
                String key = diff.abs().compareTo(SAME_GROWTH_BAND) < 0 ? "outlook.compare.same"
                        : diff.signum() > 0 ? "outlook.compare.faster" : "outlook.compare.slower";
                sentence = sentence + " " + m.get(key, f.oneDecimal(allPct.get()));
            }
        }
        return sentence;
    }
}
