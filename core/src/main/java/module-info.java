/**
 * Occuprint core: the occupation model, the profile JSON format, composition, the renderer SPI, data
 * import and the full-guide runner.
 */
module org.occuprint.core {
    requires com.fasterxml.jackson.core;
    requires org.apache.commons.csv;
    requires static transitive org.jspecify;

    exports org.occuprint;
    exports org.occuprint.model;
    exports org.occuprint.io;
    exports org.occuprint.compose;
    exports org.occuprint.render;
    exports org.occuprint.guide;
    exports org.occuprint.data;

    uses org.occuprint.render.ProfileRenderer;
}
