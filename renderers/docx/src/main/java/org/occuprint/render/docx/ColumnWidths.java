package org.occuprint.render.docx;

import java.util.List;

import org.occuprint.compose.Block.Table;

/**
 * Column widths for a fixed-layout table that spans the text width (Word and LibreOffice lay a fixed
 * table out alike, which they do not for auto-fit tables).
 *
 * <p>Each column wants the width of its longest cell, up to {@value #MAX_WANTED} characters. It needs,
 * if the table has room, its body cells unbroken up to {@value #MAX_UNBROKEN} characters (so "United
 * States" stays on one line while a long header wraps), and otherwise at least its longest word, up to
 * {@value #MAX_WORD} characters. Columns first get what they need, then share the rest in proportion to
 * what they still want; when even the longest words do not fit, widths follow the needs.
 */
final class ColumnWidths {
    static final int MAX_WANTED = 60;
    static final int MAX_UNBROKEN = 22;
    static final int MAX_WORD = 16;

    private ColumnWidths() {
    }

    /**
     * The widths in twips, summing to {@code total}.
     *
     * @param charWidth the width of a typical character, in twips
     * @param padding   the cell's left plus right padding, in twips
     */
    static int[] of(Table table, int total, int charWidth, int padding) {
        int n = table.columns().size();
        double[] word = new double[n];
        double[] unbroken = new double[n];
        double[] want = new double[n];
        for (int c = 0; c < n; c++) {
            String header = table.columns().get(c).header();
            int longest = header.length();
            int longestWord = longestWord(header);
            int longestCell = 0;
            for (List<String> row : table.rows()) {
                String cell = row.get(c);
                longest = Math.max(longest, cell.length());
                longestWord = Math.max(longestWord, longestWord(cell));
                longestCell = Math.max(longestCell, cell.length());
            }
            word[c] = Math.min(longestWord, MAX_WORD) * charWidth + padding;
            unbroken[c] = Math.max(word[c], Math.min(longestCell, MAX_UNBROKEN) * charWidth + padding);
            want[c] = Math.max(unbroken[c], Math.min(longest, MAX_WANTED) * charWidth + padding);
        }
        double[] need = sum(unbroken) <= total ? unbroken : word;
        double needSum = sum(need);
        double wantSum = sum(want);
        double[] share = new double[n];
        for (int c = 0; c < n; c++) {
            if (wantSum <= total) {
                share[c] = want[c] * total / wantSum;
            } else if (needSum >= total) {
                share[c] = need[c] * total / needSum;
            } else {
                share[c] = need[c] + (want[c] - need[c]) * (total - needSum) / (wantSum - needSum);
            }
        }
        return rounded(share, total);
    }

    /** Rounds down to whole twips and gives the remainder to the widest column. */
    private static int[] rounded(double[] share, int total) {
        int[] out = new int[share.length];
        int sum = 0;
        int widest = 0;
        for (int c = 0; c < share.length; c++) {
            out[c] = (int) Math.floor(share[c]);
            sum += out[c];
            if (share[c] > share[widest]) {
                widest = c;
            }
        }
        out[widest] += total - sum;
        return out;
    }

    private static int longestWord(String s) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                current = 0;
            } else {
                longest = Math.max(longest, ++current);
            }
        }
        return longest;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
