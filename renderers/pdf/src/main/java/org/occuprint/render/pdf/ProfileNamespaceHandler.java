package org.occuprint.render.pdf;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Flying Saucer's XHTML handler with the language of an element answered from the document: an
 * element's own {@code lang} attribute, else the root element's. Flying Saucer's handler looks for a
 * {@code Content-Language} meta element, rebuilding a map of the head's meta elements for every piece of
 * text it breaks into lines.
 */
final class ProfileNamespaceHandler extends XhtmlNamespaceHandler {
    private final String documentLanguage;

    ProfileNamespaceHandler(String documentLanguage) {
        this.documentLanguage = documentLanguage;
    }

    @Override
    public String getLang(@Nullable Element e) {
        if (e == null) {
            return "";
        }
        String lang = e.getAttribute("lang");
        return lang.isEmpty() ? documentLanguage : lang;
    }
}
