package org.occuprint.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.occuprint.compose.Drawing.Anchor;
import org.occuprint.compose.Drawing.Fill;
import org.occuprint.compose.Drawing.Label;
import org.occuprint.compose.Drawing.Line;
import org.occuprint.compose.Drawing.Mark;
import org.occuprint.compose.Drawing.Path;
import org.occuprint.compose.Drawing.Rect;
import org.occuprint.compose.Drawing.Stroke;

/**
 * The charts of a handout, laid out once for every format: a wage-range chart (the middle half of wages with
 * the median marked, per area, on one scale) and an outlook chart (projected percent change per area beside
 * the rate for all occupations). Each comes with a text alternative that states every figure it shows.
 *
 * <p>Layout: area names in a column at the left (broken into lines when long), bars in the plot to their
 * right, a scale with tick labels under the plot, and a key under the scale. Sizes follow the print size:
 * 9-point labels, 18-point in large print.
 */
final class Charts {
    /** The width of every chart, in points: narrower than the text of Letter and A4 pages. */
    static final float WIDTH = 480f;

    private final Composition c;
    private final float size;

    Charts(Composition c) {
        this.c = c;
        this.size = c.options.largePrint() ? 18f : 9f;
    }

    /**
     * The wages of one area for the chart.
     *
     * @param area    the area's name
     * @param p25     the 25th percentile
     * @param median  the median
     * @param p75     the 75th percentile
     * @param topCode the top-coding threshold of this pay period, if any
     * @param format  how the section writes a wage of this pay period ("$239,200 or more" when top-coded)
     */
    record WageBar(String area, Optional<BigDecimal> p25, Optional<BigDecimal> median, Optional<BigDecimal> p75,
            Optional<BigDecimal> topCode, Function<BigDecimal, String> format) {
        boolean topCoded(BigDecimal v) {
            return topCode.map(t -> v.compareTo(t) >= 0).orElse(false);
        }

        boolean hasRange() {
            return p25.isPresent() && p75.isPresent();
        }
    }

    /**
     * The wage-range chart; empty when no bar has a figure to draw.
     *
     * @param caption the chart's caption
     * @param annual  whether the wages are annual (else hourly)
     */
    Optional<Block.Chart> wages(String caption, boolean annual, List<WageBar> all) {
        Messages m = c.m;
        List<WageBar> bars = all.stream().filter(b -> b.median().isPresent() || b.hasRange()).toList();
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        double max = 0;
        boolean anyTopCoded = false;
        String openLabel = "";
        for (WageBar b : bars) {
            for (Optional<BigDecimal> v : List.of(b.p25(), b.median(), b.p75())) {
                if (v.isPresent()) {
                    max = Math.max(max, v.get().doubleValue());
                    if (b.topCoded(v.get())) {
                        anyTopCoded = true;
                        openLabel = b.format().apply(v.get());
                    }
                }
            }
        }
        Scale scale = Scale.of(0, max);
        float gap = size * 0.6f;
        float arrow = anyTopCoded ? size * 1.6f : 0;
        float openRoom = anyTopCoded ? ChartText.width(openLabel, size, false) + gap : 0;
        Column names = column(bars.stream().map(WageBar::area).toList());
        float x0 = names.width + gap;
        boolean cents = !annual && scale.step < 1;
        // the last tick's label is centred on the end of the scale: keep it on the drawing
        String lastTick = c.figures.money(BigDecimal.valueOf(scale.max), cents ? 2 : 0);
        float x1 = Math.min(WIDTH - arrow - openRoom - size, WIDTH - ChartText.width(lastTick, size, false) / 2 - 1);
        float line = size * 1.25f;
        float barHeight = size * 1.2f;
        List<Mark> grid = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        float y = size * 0.4f;
        List<String> spoken = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            WageBar b = bars.get(i);
            List<String> nameLines = names.lines.get(i);
            // a row: the median's label, then the bar; the name is centred on the bar
            float labelBaseline = y + size;
            float barTop = labelBaseline + size * 0.6f;
            float rowBottom = Math.max(barTop + barHeight, barTop + barHeight / 2 + nameLines.size() * line / 2);
            nameColumn(marks, nameLines, names.width, barTop + barHeight / 2, line);
            if (b.hasRange()) {
                BigDecimal lo = b.p25().get();
                BigDecimal hi = b.p75().get();
                float left = scale.x(lo.doubleValue(), x0, x1);
                float right = scale.x(hi.doubleValue(), x0, x1);
                marks.add(new Rect(left, barTop, Math.max(right - left, 0.5f), barHeight, Fill.LIGHT, Stroke.OUTLINE));
                if (b.topCoded(hi)) {
                    openEnd(marks, right, barTop, barHeight, arrow);
                    if (!b.median().map(b::topCoded).orElse(false)) {
                        marks.add(new Label(right + arrow + gap / 2, barTop + barHeight / 2 + size * 0.35f,
                                b.format().apply(hi), size, Anchor.START, false));
                    }
                }
            }
            if (b.median().isPresent()) {
                BigDecimal med = b.median().get();
                float x = scale.x(med.doubleValue(), x0, x1);
                marks.add(new Line(x, barTop - size * 0.15f, x, barTop + barHeight + size * 0.15f, Stroke.MARKER));
                if (b.topCoded(med) && !b.hasRange()) {
                    openEnd(marks, x, barTop, barHeight, arrow);
                }
                String text = b.format().apply(med);
                float w = ChartText.width(text, size, true);
                // centred over the mark, kept inside the plot
                float cx = Math.max(x0 + w / 2, Math.min(x, WIDTH - w / 2));
                marks.add(new Label(cx, labelBaseline, text, size, Anchor.MIDDLE, true));
            }
            spoken.add(spokenWage(b));
            y = rowBottom + size * 0.6f;
        }
        float plotBottom = y;
        for (double t : scale.ticks) {
            float x = scale.x(t, x0, x1);
            grid.add(new Line(x, 0, x, plotBottom, t == 0 ? Stroke.AXIS : Stroke.GRID));
        }
        marks.add(new Line(x0, plotBottom, x1, plotBottom, Stroke.AXIS));
        float tickBaseline = plotBottom + size * 1.3f;
        ticks(marks, scale, x0, x1, plotBottom);
        for (double t : scale.ticks) {
            marks.add(new Label(scale.x(t, x0, x1), tickBaseline, c.figures.money(BigDecimal.valueOf(t), cents ? 2 : 0),
                    size, Anchor.MIDDLE, false));
        }
        float height = key(marks, x0, tickBaseline + size * 0.9f, List.of(
                new KeyItem(Fill.LIGHT, m.get("chart.wages.key.range")), new KeyItem(null, m.get("chart.wages.key.median"))));
        List<Mark> all2 = new ArrayList<>(grid);
        all2.addAll(marks);
        String description = m.get(annual ? "chart.wages.alt.annual" : "chart.wages.alt.hourly", caption,
                String.join("; ", spoken));
        return Optional.of(new Block.Chart(caption, description, new Drawing(WIDTH, height, all2)));
    }

    private String spokenWage(WageBar b) {
        Messages m = c.m;
        String median = b.median().map(b.format()).orElse(null);
        if (b.hasRange()) {
            String lo = b.format().apply(b.p25().get());
            String hi = b.format().apply(b.p75().get());
            return median != null ? m.get("chart.wages.alt.area", b.area(), median, lo, hi)
                    : m.get("chart.wages.alt.area.range", b.area(), lo, hi);
        }
        return m.get("chart.wages.alt.area.median", b.area(), median);
    }

    /** A dashed continuation with an arrowhead: the range goes on beyond the top-coded value. */
    private void openEnd(List<Mark> marks, float x, float top, float height, float arrow) {
        float mid = top + height / 2;
        float tip = x + arrow;
        marks.add(new Line(x, mid, tip - size * 0.5f, mid, Stroke.DASHED));
        marks.add(new Path(List.of(tip - size * 0.6f, mid - size * 0.4f, tip, mid, tip - size * 0.6f, mid + size * 0.4f),
                Fill.INK));
    }

    /**
     * One period's projections for the chart.
     *
     * @param area  the area's name
     * @param pct   the occupation's projected percent change, as published
     * @param all   the all-occupations percent change of the same area and period, if published
     */
    record OutlookBar(String area, BigDecimal pct, Optional<BigDecimal> all) {
    }

    /** The outlook chart; empty when there is nothing to draw. */
    Optional<Block.Chart> outlook(String caption, List<OutlookBar> bars) {
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        Messages m = c.m;
        double lo = 0;
        double hi = 0;
        boolean anyAll = false;
        for (OutlookBar b : bars) {
            lo = Math.min(lo, b.pct().doubleValue());
            hi = Math.max(hi, b.pct().doubleValue());
            if (b.all().isPresent()) {
                anyAll = true;
                lo = Math.min(lo, b.all().get().doubleValue());
                hi = Math.max(hi, b.all().get().doubleValue());
            }
        }
        Scale scale = Scale.of(lo, hi);
        float gap = size * 0.6f;
        Column names = column(bars.stream().map(OutlookBar::area).toList());
        // room for a value label beside the longest bar on either side
        float valueRoom = ChartText.width("-00.0%", size, true) + gap;
        float x0 = names.width + gap + (scale.min < 0 ? valueRoom : 0);
        String lastTick = percent(BigDecimal.valueOf(scale.max), scale.step < 1);
        float x1 = WIDTH - Math.max(valueRoom, ChartText.width(lastTick, size, false) / 2 + 1);
        float barHeight = size * 1.15f;
        float line = size * 1.25f;
        List<Mark> grid = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        float zero = scale.x(0, x0, x1);
        float y = size * 0.4f;
        for (int i = 0; i < bars.size(); i++) {
            OutlookBar b = bars.get(i);
            int count = b.all().isPresent() ? 2 : 1;
            float groupHeight = count * barHeight + (count - 1) * size * 0.2f;
            List<String> nameLines = names.lines.get(i);
            float nameHeight = nameLines.size() * line;
            float top = y + Math.max(0, (nameHeight - groupHeight) / 2);
            nameColumn(marks, nameLines, names.width, top + groupHeight / 2, line);
            bar(marks, b.pct(), zero, scale.x(b.pct().doubleValue(), x0, x1), top, barHeight, Fill.DARK, gap);
            if (b.all().isPresent()) {
                float t2 = top + barHeight + size * 0.2f;
                bar(marks, b.all().get(), zero, scale.x(b.all().get().doubleValue(), x0, x1), t2, barHeight,
                        Fill.HATCHED, gap);
                spoken.add(m.get("chart.outlook.alt.area", b.area(), percent(b.pct()), percent(b.all().get())));
            } else {
                spoken.add(m.get("chart.outlook.alt.area.alone", b.area(), percent(b.pct())));
            }
            y += Math.max(nameHeight, groupHeight) + size * 0.9f;
        }
        float plotBottom = y;
        for (double t : scale.ticks) {
            float x = scale.x(t, x0, x1);
            grid.add(new Line(x, 0, x, plotBottom, Stroke.GRID));
        }
        marks.add(new Line(zero, 0, zero, plotBottom, Stroke.AXIS));
        marks.add(new Line(x0, plotBottom, x1, plotBottom, Stroke.AXIS));
        float tickBaseline = plotBottom + size * 1.3f;
        ticks(marks, scale, x0, x1, plotBottom);
        for (double t : scale.ticks) {
            marks.add(new Label(scale.x(t, x0, x1), tickBaseline, percent(BigDecimal.valueOf(t), scale.step < 1), size,
                    Anchor.MIDDLE, false));
        }
        List<KeyItem> items = new ArrayList<>(List.of(new KeyItem(Fill.DARK, m.get("chart.outlook.key.occupation"))));
        if (anyAll) {
            items.add(new KeyItem(Fill.HATCHED, m.get("chart.outlook.key.all")));
        }
        float height = key(marks, names.width + gap, tickBaseline + size * 0.9f, items);
        List<Mark> drawn = new ArrayList<>(grid);
        drawn.addAll(marks);
        String description = m.get("chart.outlook.alt", caption, String.join("; ", spoken));
        return Optional.of(new Block.Chart(caption, description, new Drawing(WIDTH, height, drawn)));
    }

    /** An entry of a chart's key: a swatch of the fill, or the median's mark when the fill is {@code null}. */
    private record KeyItem(Fill fill, String text) {
    }

    /**
     * The key under the scale: entries side by side from {@code left}, an entry that does not fit starting a
     * new line at the drawing's left edge. Returns the drawing's height below the key.
     */
    private float key(List<Mark> marks, float left, float top, List<KeyItem> items) {
        float swatch = size * 1.6f;
        float x = left;
        float y = top;
        for (KeyItem item : items) {
            float w = swatch + size * 0.4f + ChartText.width(item.text(), size, false);
            if (x > left && x + w > WIDTH) {
                x = 0;
                y += size * 1.6f;
            } else if (x == left && left + w > WIDTH) {
                x = 0;
            }
            if (item.fill() == null) {
                marks.add(new Line(x + swatch / 2, y - size * 0.15f, x + swatch / 2, y + size * 1.15f, Stroke.MARKER));
            } else {
                rect(marks, x, y, swatch, size, item.fill());
            }
            marks.add(new Label(x + swatch + size * 0.4f, y + size * 0.85f, item.text(), size, Anchor.START, false));
            x += w + size * 1.5f;
        }
        return y + size * 1.5f;
    }

    /**
     * The scale's tick marks under the plot, all of them before their labels: drawn one after another with the
     * axis's stroke, a format can draw them with the axis as one shape (DOCX does).
     */
    private void ticks(List<Mark> marks, Scale scale, float x0, float x1, float plotBottom) {
        for (double t : scale.ticks) {
            float x = scale.x(t, x0, x1);
            marks.add(new Line(x, plotBottom, x, plotBottom + size * 0.3f, Stroke.AXIS));
        }
    }

    /** A bar from the zero line to {@code x}, with its value written beyond its end. */
    private void bar(List<Mark> marks, BigDecimal value, float zero, float x, float top, float height, Fill fill,
            float gap) {
        float left = Math.min(zero, x);
        float width = Math.abs(x - zero);
        rect(marks, left, top, Math.max(width, 0.5f), height, fill);
        boolean negative = value.signum() < 0;
        marks.add(new Label(negative ? left - gap / 2 : left + width + gap / 2, top + height / 2 + size * 0.35f,
                percent(value), size, negative ? Anchor.END : Anchor.START, fill == Fill.DARK));
    }

    /** A bar with its outline; a {@link Fill#HATCHED} one gets its hatching, clipped to the bar. */
    private static void rect(List<Mark> marks, float x, float y, float w, float h, Fill fill) {
        marks.add(new Rect(x, y, w, h, fill, Stroke.NONE));
        if (fill == Fill.HATCHED) {
            // lines x + y = k, 3.5 points apart across the bar, from bottom left to top right
            float step = 3.5f * (float) Math.sqrt(2);
            float right = x + w;
            float bottom = y + h;
            for (float k = x + y + step / 2; k < right + bottom; k += step) {
                float sx = Math.max(x, k - bottom);
                float ex = Math.min(right, k - y);
                if (ex - sx > 0.2f) {
                    marks.add(new Line(sx, k - sx, ex, k - ex, Stroke.HATCH));
                }
            }
        }
        marks.add(new Rect(x, y, w, h, Fill.NONE, Stroke.OUTLINE));
    }

    private String percent(BigDecimal value) {
        return c.m.get("outlook.percent", c.figures.oneDecimal(value));
    }

    private String percent(BigDecimal value, boolean decimals) {
        return decimals ? percent(value) : c.m.get("outlook.percent", c.figures.count(value.longValue()));
    }

    /** Area names broken into lines, and the width of the column that holds them. */
    private record Column(float width, List<List<String>> lines) {
    }

    private Column column(List<String> areas) {
        float max = WIDTH * 0.36f;
        List<List<String>> lines = new ArrayList<>();
        float width = 0;
        for (String a : areas) {
            List<String> l = ChartText.wrap(a, size, max);
            lines.add(l);
            for (String s : l) {
                width = Math.max(width, ChartText.width(s, size, false));
            }
        }
        return new Column(Math.min(width, max), lines);
    }

    /** An area's name, right-aligned at {@code right}, its lines centred on {@code middle}. */
    private void nameColumn(List<Mark> marks, List<String> lines, float right, float middle, float line) {
        float first = middle - (lines.size() - 1) * line / 2 + size * 0.35f;
        for (int i = 0; i < lines.size(); i++) {
            marks.add(new Label(right, first + i * line, lines.get(i), size, Anchor.END, false));
        }
    }

    /** A linear scale with round ticks covering {@code [min, max]}. */
    static final class Scale {
        final double min;
        final double max;
        final double step;
        final List<Double> ticks = new ArrayList<>();

        private Scale(double min, double max, double step) {
            this.min = min;
            this.max = max;
            this.step = step;
            for (int i = 0; ; i++) {
                double t = min + i * step;
                if (t > max + step / 1000) {
                    break;
                }
                ticks.add(Math.abs(t) < step / 1000 ? 0 : t);
            }
        }

        /** A scale from a round value at or below {@code lo} to one at or above {@code hi}, in 3 to 6 steps. */
        static Scale of(double lo, double hi) {
            double span = hi - lo;
            if (span <= 0) {
                span = Math.max(Math.abs(hi), 1);
            }
            double raw = span / 4;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = magnitude * 10;
            for (double f : new double[] {1, 2, 2.5, 5, 10}) {
                if (raw <= f * magnitude) {
                    step = f * magnitude;
                    break;
                }
            }
            double min = Math.floor(lo / step) * step;
            double max = Math.ceil(hi / step) * step;
            if (max <= min) {
                max = min + step;
            }
            return new Scale(min, max, step);
        }

        float x(double v, float x0, float x1) {
            return (float) (x0 + (v - min) / (max - min) * (x1 - x0));
        }
    }
}
