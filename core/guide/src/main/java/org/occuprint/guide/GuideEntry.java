package org.occuprint.guide;

import java.util.function.Supplier;

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

    /** An entry for an occupation already in memory. */
    public static GuideEntry of(Occupation o) {
        return new GuideEntry(o.code(), o.title(), () -> o);
    }
}
