/** Occuprint's guide runner: a whole guide into per-occupation files and a bound book. Format-neutral. */
module org.occuprint.guide {
    requires transitive org.occuprint.api;
    requires transitive org.occuprint.data;
    requires static org.jspecify;

    exports org.occuprint.guide;
}
