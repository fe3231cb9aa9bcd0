package org.occuprint.render.docx;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.occuprint.compose.DocumentInfo;

/**
 * The package's core and extended properties: title, subject, keywords, author, language, and the print
 * date at midnight UTC as both the creation and the modification date (never the clock), with Occuprint
 * as the producing application and last editor.
 */
final class DocumentProperties {
    private DocumentProperties() {
    }

    static void install(XWPFDocument doc, DocumentInfo info) {
        POIXMLProperties props = doc.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(XmlText.clean(info.title()));
        core.setSubjectProperty(XmlText.clean(info.subject()));
        core.setKeywords(XmlText.clean(String.join(", ", info.keywords())));
        core.setCreator(XmlText.clean(info.author()));
        core.setLastModifiedByUser(XmlText.clean(info.creator()));
        core.getUnderlyingProperties().setLanguageProperty(Optional.of(info.languageTag()));
        Date printDate = Date.from(info.printDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(printDate));
        core.setModified(Optional.of(printDate));
        props.getExtendedProperties().setApplication(XmlText.clean(info.creator()));
    }
}
