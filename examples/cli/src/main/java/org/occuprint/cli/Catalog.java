package org.occuprint.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.occuprint.data.DataSet;

/**
 * The command's occupations: the embedded data set (or the one given with --data), opened on first use, so
 * that a command that needs no data (help, validate) never reads it. The default agency is the embedded data
 * set's in both cases.
 */
final class Catalog {
    private final @Nullable Path file;
    private org.occuprint.data.@Nullable Catalog catalog;

    private Catalog(@Nullable Path file) {
        this.file = file;
    }

    /** The embedded data set, or {@code file} when given. */
    static Catalog open(@Nullable Path file) {
        return new Catalog(file);
    }

    /** The agency named when --agency is not given. */
    String agency() {
        return org.occuprint.data.Catalog.embeddedAgency();
    }

    /** The library's catalog, reading the data set now if it was not read yet. */
    org.occuprint.data.Catalog get() {
        if (catalog == null) {
            try {
                if (file == null) {
                    catalog = org.occuprint.data.Catalog.embedded();
                } else {
                    // another data set gets the embedded defaults: the agency, and those default areas it has
                    DataSet set = DataSet.load(file);
                    List<String> areas = org.occuprint.data.Catalog.embeddedAreas().stream()
                            .filter(set.areaIds()::contains).toList();
                    catalog = org.occuprint.data.Catalog.of(set).withAgency(agency()).withAreas(areas);
                }
            } catch (UncheckedIOException e) {
                // DataSet's message names the file and the reason
                throw CliException.data(e.getMessage());
            }
        }
        return catalog;
    }

    /** Whether this is the embedded data set (no --data). */
    boolean isEmbedded() {
        return file == null;
    }

    DataSet data() {
        return get().data();
    }
}
