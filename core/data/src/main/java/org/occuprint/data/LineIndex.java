package org.occuprint.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.occuprint.io.ProfileFormatException;

/**
 * The lines of a data set's decompressed bytes: where each non-blank line starts and ends, its number in the
 * file, and its code, with the code → line index. Lines end at {@code \n}, a {@code \r} before it is dropped,
 * and lines of only spaces and tabs are skipped (but counted, so that messages name the right line).
 * Immutable; the bytes are kept, not copied.
 */
final class LineIndex extends Lines {
    private final String source;
    private final byte[] data;
    private final int[] starts;
    private final int[] ends;
    private final int[] lineNumbers;

    private LineIndex(String source, byte[] data, int[] starts, int[] ends, int[] lineNumbers, List<String> codes,
            Map<String, Integer> index) {
        super(codes, index);
        this.source = source;
        this.data = data;
        this.starts = starts;
        this.ends = ends;
        this.lineNumbers = lineNumbers;
    }

    /**
     * Splits the bytes into lines and reads each line's code.
     *
     * @param source names the data set in messages
     * @throws ProfileFormatException if a line has no code or a code appears twice
     */
    static LineIndex of(String source, byte[] data) {
        int capacity = 1024;
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        int[] l = new int[capacity];
        int count = 0;
        int lineNo = 0;
        int start = 0;
        int length = data.length;
        while (start < length) {
            int end = start;
            while (end < length && data[end] != '\n') {
                end++;
            }
            lineNo++;
            int stop = end > start && data[end - 1] == '\r' ? end - 1 : end;
            if (!blank(data, start, stop)) {
                if (count == capacity) {
                    capacity *= 2;
                    s = Arrays.copyOf(s, capacity);
                    e = Arrays.copyOf(e, capacity);
                    l = Arrays.copyOf(l, capacity);
                }
                s[count] = start;
                e[count] = stop;
                l[count] = lineNo;
                count++;
            }
            start = end + 1;
        }
        String[] c = new String[count];
        Map<String, Integer> idx = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            FieldScanner line = new FieldScanner(source, l[i], data, s[i], e[i]);
            c[i] = line.code();
            Integer earlier = idx.putIfAbsent(c[i], i);
            if (earlier != null) {
                throw line.problem("code", "the code '" + c[i] + "' is also on line " + l[earlier]);
            }
        }
        return new LineIndex(source, data, Arrays.copyOf(s, count), Arrays.copyOf(e, count), Arrays.copyOf(l, count),
                List.of(c), Collections.unmodifiableMap(idx));
    }

    private static boolean blank(byte[] b, int start, int end) {
        for (int i = start; i < end; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    @Override
    FieldScanner line(int i) {
        return new FieldScanner(source, lineNumbers[i], data, starts[i], ends[i]);
    }
}
