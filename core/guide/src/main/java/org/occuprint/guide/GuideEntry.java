package org.occuprint.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.occuprint.data.DataSet;
import org.occuprint.data.OccupationSummary;
import org.occuprint.error.OccuprintException;
import org.occuprint.internal.Checks;
import org.occuprint.model.Occupation;

/**
 * One occupation of a guide: its code and title (known without parsing the whole profile) and a way to load
 * the profile when its turn comes. Loading may fail (bad data); the guide then reports the code and goes on.
 *
 * @param code   the occupation's code
 * @param title  the occupation's title
 * @param loader loads the profile; may throw
 * @since 0.1
 */
public record GuideEntry(String code, String title, Supplier<Occupation> loader) {
    public GuideEntry {
        Checks.notBlank(code, "code");
        Checks.notBlank(title, "title");
        Checks.notNull(loader, "loader");
    }

    /**
     * An entry for each of these occupations of a data set, loaded from it when its turn comes.
     *
     * @param summaries occupations of {@code data} (from {@link DataSet#summaries()} or a selection of them)
     */
    public static List<GuideEntry> of(DataSet data, List<OccupationSummary> summaries) {
        Checks.notNull(data, "data");
        List<GuideEntry> out = new ArrayList<>(summaries.size());
        for (OccupationSummary s : summaries) {
            out.add(new GuideEntry(s.code(), s.title(), () -> data.find(s.code())
                    .orElseThrow(() -> new OccuprintException("not in the data set " + data.source(), s.code(), null, null, null))));
        }
        return List.copyOf(out);
    }

    /** An entry for every occupation of a data set, in its order. */
    public static List<GuideEntry> all(DataSet data) {
        return of(data, data.summaries());
    }

    /** An entry for an occupation already in memory. */
    public static GuideEntry of(Occupation o) {
        return new GuideEntry(o.code(), o.title(), () -> o);
    }
}
