package org.occuprint.render.docx;

import java.util.List;

import org.occuprint.compose.Block.Table;

/**
 * Column widths for a fixed-layout table that spans the text width (Word and LibreOffice lay a fixed
 * table out alike, which they do not for auto-fit tables).
 *
 * <p>The width is handed out in rounds, each round raising every column towards a larger demand, in
 * proportion to what is missing when the round cannot be paid in full:
 * <ol>
 *   <li>the body's words whole (figures never break);</li>
 *   <li>the header's words whole too (counted {@value #BOLD} times as wide: they are bold, and often
 *       start with a capital, where a figure's characters are all narrow);</li>
 *   <li>body cells on one line, up to {@value #MAX_UNBROKEN} characters ("United States");</li>
 *   <li>the longest cell on one line, up to {@value #MAX_WANTED} characters.</li>
 * </ol>
 * Words count up to {@value #MAX_WORD} characters. What is left after the last round is shared in
 * proportion to the widths; when not even the first round fits, widths follow its demands.
 */
final class ColumnWidths {
    static final int MAX_WANTED = 60;
    static final int MAX_UNBROKEN = 22;
    static final int MAX_WORD = 16;
    static final double BOLD = 1.15;

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
        double[][] rounds = new double[4][n];
        for (int c = 0; c < n; c++) {
            String header = table.columns().get(c).header();
            int longest = header.length();
            int headerWord = Math.min(longestWord(header), MAX_WORD);
            int bodyWord = 1;
            int bodyCell = 1;
            for (List<String> row : table.rows()) {
                String cell = row.get(c);
                longest = Math.max(longest, cell.length());
                bodyWord = Math.max(bodyWord, Math.min(longestWord(cell), MAX_WORD));
                bodyCell = Math.max(bodyCell, Math.min(cell.length(), MAX_UNBROKEN));
            }
            double[] chars = {bodyWord, headerWord * BOLD, bodyCell, Math.min(longest, MAX_WANTED)};
            double most = 0;
            for (int r = 0; r < rounds.length; r++) {
                most = Math.max(most, chars[r]);
                rounds[r][c] = most * charWidth + padding;
            }
        }
        double[] width = rounds[0].clone();
        double left = total - sum(width);
        if (left < 0) {
            return rounded(scaled(width, total), total);
        }
        for (int r = 1; r < rounds.length && left > 0; r++) {
            double missing = 0;
            for (int c = 0; c < n; c++) {
                missing += rounds[r][c] - width[c];
            }
            double paid = missing <= left ? 1 : left / missing;
            for (int c = 0; c < n; c++) {
                width[c] += (rounds[r][c] - width[c]) * paid;
            }
            left -= Math.min(missing, left);
        }
        return rounded(scaled(width, total), total);
    }

    private static double[] scaled(double[] width, int total) {
        double factor = total / sum(width);
        double[] out = new double[width.length];
        for (int c = 0; c < width.length; c++) {
            out[c] = width[c] * factor;
        }
        return out;
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
