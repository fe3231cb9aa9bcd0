package org.occuprint.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Areas Occuprint knows by id without any data: the nation, the states and territories (by FIPS code) and
 * the metropolitan areas of its default data set (by CBSA code). Used to name an area that a profile has no
 * figures for and to check area ids given on the command line.
 *
 * @since 0.1
 */
public final class KnownAreas {
    private static final Map<String, Area> AREAS = load();

    private KnownAreas() {
    }

    private static Map<String, Area> load() {
        Map<String, Area> map = new LinkedHashMap<>();
        try (InputStream in = KnownAreas.class.getResourceAsStream("areas.tsv")) {
            if (in == null) {
                throw new IllegalStateException("Resource org/occuprint/model/areas.tsv is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                map.put(f[0], new Area(f[0], f[2], AreaKind.valueOf(f[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }

    /** The known area with this id. */
    public static Optional<Area> find(String id) {
        return Optional.ofNullable(AREAS.get(id));
    }

    /** All known areas. */
    public static List<Area> all() {
        return AREAS.values().stream().sorted(java.util.Comparator.comparing(Area::id)).toList();
    }
}
