package org.occuprint.render.docx;

/** The colours of the print stylesheet, as WordprocessingML hex values. */
final class Palette {
    static final String TEXT = "1A1A1A";
    static final String HEADING = "0B3D61";
    static final String MUTED = "333333";
    static final String RULE = "8A9BAB";
    static final String LINK = "0B4F8A";
    static final String TABLE_HEADER_FILL = "DFE8F0";
    static final String NOTE_FILL = "F2F6FA";
    static final String NOTICE_FILL = "F4F4F4";

    private Palette() {
    }
}
