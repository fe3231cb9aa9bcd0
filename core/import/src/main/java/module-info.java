/** Occuprint's importer: builds a data set from the public O*NET and BLS files. A build-time tool. */
module org.occuprint.importer {
    requires transitive org.occuprint.api;
    requires transitive org.occuprint.data;
    requires org.apache.commons.csv;
    requires static org.jspecify;

    exports org.occuprint.importer;
}
