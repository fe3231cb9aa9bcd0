package org.occuprint.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Widths of text in the sans-serif face every format prints charts in (Liberation Sans, metrically equal
 * to Helvetica and Arial), for laying out labels: how wide a column of area names must be, where a name
 * must break. The widths are the face's published advance widths for printable ASCII, in thousandths of the
 * font size; other characters count as the width of a digit, which is wider than most letters.
 */
final class ChartText {
    private static final int[] REGULAR = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    private static final int[] BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};
    /** Width of anything outside printable ASCII (dashes, accented letters, the euro sign). */
    private static final int OTHER = 556;

    private ChartText() {
    }

    /** The width of {@code text} at {@code size} points. */
    static float width(String text, float size, boolean bold) {
        int[] table = bold ? BOLD : REGULAR;
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            units += ch >= 32 && ch < 127 ? table[ch - 32] : OTHER;
        }
        return units * size / 1000f;
    }

    /**
     * The text broken into lines no wider than {@code max}, at spaces and after dashes; a word wider than
     * {@code max} gets a line of its own.
     */
    static List<String> wrap(String text, float size, float max) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            word.append(ch);
            if (ch == ' ' || ch == '–' || ch == '-' || ch == '/') {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : words) {
            if (!line.isEmpty() && width((line + w).strip(), size, false) > max) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(w);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }
}
