package org.occuprint.render.docx;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/**
 * Document settings: marks the document as written for Word 2013 and later
 * ({@code w:compatSetting compatibilityMode=15}), so Word opens it in its current layout mode instead of
 * "Compatibility Mode". POI's slim schema jar has no bean for {@code w:compat}, so the two elements are
 * added with an XMLBeans cursor into the otherwise empty settings part.
 */
final class WordSettings {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordSettings() {
    }

    static void install(XWPFDocument doc) {
        CTSettings settings = doc.getSettings().getCTSettings();
        try (XmlCursor c = settings.newCursor()) {
            c.toEndToken();
            c.beginElement(new QName(W, "compat", "w"));
            c.beginElement(new QName(W, "compatSetting", "w"));
            c.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            c.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
            c.insertAttributeWithValue(new QName(W, "val", "w"), "15");
        }
    }
}
