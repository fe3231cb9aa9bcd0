package org.occuprint.data;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The profiles of a data set as lines: the whole text split into lines ({@link LineIndex}), or one gzip member
 * per line whose headers say what each line holds ({@link MemberIndex}). Immutable and thread-safe.
 */
sealed interface Lines permits LineIndex, MemberIndex {
    /** How many lines (profiles) there are. */
    int size();

    /** The codes, in line order. */
    List<String> codes();

    /** The position of the line with this code, or -1. */
    int indexOf(String code);

    /** The {@code i}-th line (0-based, blank lines not counted), to read fields from. */
    FieldScanner line(int i);

    /** The code, title and also-called titles of the {@code i}-th line. */
    default OccupationSummary summary(int i) {
        return line(i).summary(codes().get(i));
    }

    /** Every area id in the lines' wages and outlook, sorted. */
    default Set<String> areaIds() {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < size(); i++) {
            line(i).collectAreaIds(ids);
        }
        return ids;
    }
}
