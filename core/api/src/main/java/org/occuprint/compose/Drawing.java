package org.occuprint.compose;

import java.util.List;

import org.occuprint.internal.Checks;

/**
 * A picture as a list of simple marks (rectangles, lines, closed paths and text) in points, with the origin at
 * the top left and y growing downwards. Every renderer draws the same marks, so a chart has the same shapes,
 * colours, order and labels in each format; each renderer only maps them onto its own drawing primitives
 * (SVG, PDF vectors, DrawingML).
 *
 * <p>Colours and line weights are named by {@link Fill} and {@link Stroke}, which carry their values, so
 * that no renderer chooses its own. A picture stays readable in black and white: bars of different meaning
 * differ in pattern or lightness as well as in hue, and every figure a reader needs is also a label.
 *
 * @param width  the picture's width in points
 * @param height the picture's height in points
 * @param marks  the marks, in painting order (later marks cover earlier ones)
 * @since 0.5
 */
public record Drawing(float width, float height, List<Mark> marks) {
    public Drawing {
        Checks.argument(width > 0 && height > 0, "A drawing needs a size.");
        marks = Checks.copy(marks, "marks");
    }

    /** A mark of a drawing. */
    public sealed interface Mark permits Rect, Line, Path, Label {
    }

    /**
     * A rectangle.
     *
     * @param x      left edge
     * @param y      top edge
     * @param width  width
     * @param height height
     * @param fill   its inside
     * @param stroke its outline
     */
    public record Rect(float x, float y, float width, float height, Fill fill, Stroke stroke) implements Mark {
        public Rect {
            Checks.argument(width >= 0 && height >= 0, "A rectangle's size must not be negative.");
            Checks.notNull(fill, "fill");
            Checks.notNull(stroke, "stroke");
        }
    }

    /** A straight line from (x1, y1) to (x2, y2). */
    public record Line(float x1, float y1, float x2, float y2, Stroke stroke) implements Mark {
        public Line {
            Checks.notNull(stroke, "stroke");
        }
    }

    /**
     * A closed polygon through the points {@code (points[0], points[1])}, {@code (points[2], points[3])} …,
     * filled; for arrowheads.
     */
    public record Path(List<Float> points, Fill fill) implements Mark {
        public Path {
            points = Checks.copy(points, "points");
            Checks.argument(points.size() >= 6 && points.size() % 2 == 0, "A path needs at least three points.");
            Checks.notNull(fill, "fill");
        }
    }

    /**
     * One line of text.
     *
     * @param x      where the text starts, is centred or ends, by {@code anchor}
     * @param y      the text's baseline
     * @param text   the text
     * @param size   the font size in points
     * @param anchor which point of the text {@code x} is
     * @param bold   bold or regular
     */
    public record Label(float x, float y, String text, float size, Anchor anchor, boolean bold) implements Mark {
        public Label {
            Checks.notBlank(text, "text");
            Checks.argument(size > 0, "A label needs a size.");
            Checks.notNull(anchor, "anchor");
        }
    }

    /** Where a label is anchored. */
    public enum Anchor {
        START, MIDDLE, END
    }

    /** How the inside of a shape is painted. */
    public enum Fill {
        /** Not painted. */
        NONE(null),
        /** White, covering what is behind. */
        WHITE("#ffffff"),
        /** The strong colour: the occupation's own figures. */
        DARK("#1f4e79"),
        /** A light tint of the strong colour: a range. */
        LIGHT("#9dc3e6"),
        /**
         * White, for a comparison figure (all occupations): the drawing hatches it with {@link Stroke#HATCH}
         * lines of its own, so that no renderer needs a pattern.
         */
        HATCHED("#ffffff"),
        /** Text and arrowheads. */
        INK("#1a1a1a");

        private final String rgb;

        Fill(String rgb) {
            this.rgb = rgb;
        }

        /** The colour as {@code #rrggbb}; {@code null} for {@link #NONE}. */
        public String rgb() {
            return rgb;
        }
    }

    /** How a line or an outline is painted. */
    public enum Stroke {
        /** Not painted. */
        NONE(null, 0f, false),
        /** The outline of a bar. */
        OUTLINE("#1f4e79", 0.75f, false),
        /** A heavy mark: the median. */
        MARKER("#1a1a1a", 2.5f, false),
        /** An axis or the zero line. */
        AXIS("#595959", 0.75f, false),
        /** A light grid line at a tick. */
        GRID("#bfbfbf", 0.5f, false),
        /** A line of the diagonal hatching of a {@link Fill#HATCHED} bar. */
        HATCH("#1f4e79", 0.8f, false),
        /** A dashed line: the part of a range beyond a top-coded value. */
        DASHED("#1f4e79", 0.75f, true);

        private final String rgb;
        private final float width;
        private final boolean dashed;

        Stroke(String rgb, float width, boolean dashed) {
            this.rgb = rgb;
            this.width = width;
            this.dashed = dashed;
        }

        /** The colour as {@code #rrggbb}; {@code null} for {@link #NONE}. */
        public String rgb() {
            return rgb;
        }

        /** The line width in points (at the drawing's own size). */
        public float width() {
            return width;
        }

        /** Whether the line is dashed (3 points on, 2 off). */
        public boolean dashed() {
            return dashed;
        }
    }
}
