package org.occuprint.compose;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.occuprint.internal.Checks;

/**
 * Document metadata, for PDF info/XMP, DOCX core properties and the HTML head.
 *
 * @param code      the occupation's code
 * @param title     the document title
 * @param subject   the document subject
 * @param keywords  keywords (codes and title)
 * @param author    who publishes the handout (the agency, or Occuprint when none is set)
 * @param creator   the producing application, "Occuprint"
 * @param locale    the language of the text
 * @param printDate the print date (also the creation and modification date of the file)
 * @since 0.1
 */
public record DocumentInfo(String code, String title, String subject, List<String> keywords, String author,
        String creator, Locale locale, LocalDate printDate) {
    public DocumentInfo {
        Checks.notBlank(code, "code");
        Checks.notBlank(title, "title");
        Checks.notBlank(subject, "subject");
        keywords = Checks.copyText(keywords, "keywords");
        Checks.notBlank(author, "author");
        Checks.notBlank(creator, "creator");
        Checks.notNull(locale, "locale");
        Checks.notNull(printDate, "printDate");
    }

    /** The BCP 47 language tag, for example {@code en-US}. */
    public String languageTag() {
        return locale.toLanguageTag();
    }
}
