package org.occuprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.occuprint.io.ProfileJson;
import org.occuprint.model.Occupation;

/**
 * The occupations the command knows by code: the embedded default data set. Loaded lazily.
 */
final class Catalog {
    private static final String BUILTIN = "/org/occuprint/cli/profiles/";
    private static final List<String> BUILTIN_CODES = List.of("29-2072.00");

    /** One search result: code and title. */
    record Hit(String code, String title) {
    }

    private final String agency;

    private Catalog(String agency) {
        this.agency = agency;
    }

    static Catalog embedded() {
        Properties p = new Properties();
        try (InputStream in = Catalog.class.getResourceAsStream("/org/occuprint/cli/dataset.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Catalog(p.getProperty("agency", "EDD"));
    }

    /** The agency named when --agency is not given. */
    String agency() {
        return agency;
    }

    Optional<Occupation> find(String code) {
        if (!BUILTIN_CODES.contains(code)) {
            return Optional.empty();
        }
        try (InputStream in = Catalog.class.getResourceAsStream(BUILTIN + code + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(ProfileJson.read(in, "embedded profile " + code));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Hit> search(String words) {
        String q = words.toLowerCase(Locale.ROOT).trim();
        return BUILTIN_CODES.stream().map(c -> find(c).orElseThrow())
                .filter(o -> q.isEmpty() || o.title().toLowerCase(Locale.ROOT).contains(q) || o.code().startsWith(q))
                .map(o -> new Hit(o.code(), o.title())).toList();
    }

    Set<String> areaIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (String c : BUILTIN_CODES) {
            find(c).ifPresent(o -> {
                o.wages().ifPresent(w -> w.areas().forEach(a -> ids.add(a.area().id())));
                o.outlook().ifPresent(w -> w.areas().forEach(a -> ids.add(a.area().id())));
            });
        }
        return ids;
    }
}
