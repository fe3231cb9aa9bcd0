/**
 * Occuprint's data: the embedded data set (every O*NET occupation with BLS wages and projections), reading
 * data sets, search and the list of areas.
 */
module org.occuprint.data {
    requires transitive org.occuprint.api;
    requires com.fasterxml.jackson.core;
    requires static org.jspecify;

    exports org.occuprint.data;
}
