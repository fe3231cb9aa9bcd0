package org.occuprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.occuprint.data.DataSet;
import org.occuprint.data.OccupationSummary;
import org.occuprint.data.SearchHit;
import org.occuprint.model.Occupation;

/**
 * The occupations the command knows by code: the embedded default data set (or one given with --data),
 * loaded lazily on first use.
 */
final class Catalog {

    private final String agency;
    private final Path file;
    private DataSet data;

    private Catalog(String agency, Path file) {
        this.agency = agency;
        this.file = file;
    }

    /** The embedded data set, or {@code file} when given. */
    static Catalog open(Path file) {
        Properties p = new Properties();
        try (InputStream in = Catalog.class.getResourceAsStream("/org/occuprint/data/dataset.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Catalog(p.getProperty("agency", "EDD"), file);
    }

    /** The agency named when --agency is not given. */
    String agency() {
        return agency;
    }

    DataSet data() {
        if (data == null) {
            try {
                data = file != null ? DataSet.load(file) : DataSet.embedded();
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw CliException.data("Cannot read the data set " + (file != null ? file : "(embedded)") + ": "
                        + e.getMessage());
            }
        }
        return data;
    }

    Optional<Occupation> find(String code) {
        return data().find(code);
    }

    List<SearchHit> search(String words) {
        return data().search(words);
    }

    List<OccupationSummary> all() {
        return data().summaries();
    }

    Set<String> areaIds() {
        return data().areaIds();
    }
}
