package org.occuprint.data;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The profiles of a data set as lines: the whole text split into lines ({@link LineIndex}), or one gzip member
 * per line whose headers say what each line holds ({@link MemberIndex}); both keep the codes in line order and
 * the code → line index. Immutable and thread-safe.
 */
abstract sealed class Lines permits LineIndex, MemberIndex {
    private final List<String> codes;
    private final Map<String, Integer> index;

    Lines(List<String> codes, Map<String, Integer> index) {
        this.codes = codes;
        this.index = index;
    }

    /** How many lines (profiles) there are. */
    final int size() {
        return codes.size();
    }

    /** The codes, in line order. */
    final List<String> codes() {
        return codes;
    }

    /** The position of the line with this code, or -1. */
    final int indexOf(String code) {
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    /** The {@code i}-th line (0-based, blank lines not counted), to read fields from. */
    abstract FieldScanner line(int i);

    /** The code, title and also-called titles of the {@code i}-th line. */
    OccupationSummary summary(int i) {
        return line(i).summary(codes.get(i));
    }

    /** Every area id in the lines' wages and outlook, sorted. */
    Set<String> areaIds() {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < size(); i++) {
            line(i).collectAreaIds(ids);
        }
        return ids;
    }
}
