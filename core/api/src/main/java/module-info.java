/**
 * Occuprint's API: the occupation model, the profile JSON format, the options, composition (every word a
 * handout prints), the renderer SPI and the {@link org.occuprint.Occuprint} facade. Its runtime
 * dependencies are Jackson's streaming parser and ZXing's encoder, which composition uses for QR codes.
 *
 * <p>{@code org.occuprint.internal} is exported only to Occuprint's own modules; the qualified export names
 * modules that are built after this one, hence the suppressed "module not found" warning.
 */
@SuppressWarnings("module")
module org.occuprint.api {
    requires com.fasterxml.jackson.core;
    requires com.google.zxing;
    requires static transitive org.jspecify;

    exports org.occuprint;
    exports org.occuprint.model;
    exports org.occuprint.io;
    exports org.occuprint.options;
    exports org.occuprint.error;
    exports org.occuprint.compose;
    exports org.occuprint.render;
    exports org.occuprint.internal to org.occuprint.data, org.occuprint.importer, org.occuprint.guide,
            org.occuprint.html, org.occuprint.pdf, org.occuprint.docx;

    uses org.occuprint.render.ProfileRenderer;
}
