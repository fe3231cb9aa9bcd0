package org.occuprint.compose;

import java.text.NumberFormat;
import java.util.Locale;

import org.occuprint.internal.Checks;

/**
 * What every page prints at its foot: the print date line and the page label.
 *
 * <p>The page label is given in three parts around the two numbers, so that each format can put its own
 * page counters in between: {@code before + page + between + pages + after} ("Page 3 of 7").
 *
 * @param printedOn "Printed on Saturday, May 21, 2022"
 * @param before    the text before the page number, "Page "
 * @param between   the text between the numbers, " of "
 * @param after     the text after the page count, usually empty
 * @param locale    the locale to format page numbers with
 * @since 0.1
 */
public record Footer(String printedOn, String before, String between, String after, Locale locale) {
    public Footer {
        Checks.notBlank(printedOn, "printedOn");
        Checks.notNull(before, "before");
        Checks.notNull(between, "between");
        Checks.notNull(after, "after");
        Checks.notNull(locale, "locale");
    }

    /** The page label with numbers formatted for the locale: "Page 1,234 of 4,321". */
    public String pageLabel(long page, long pages) {
        return before + pageNumber(page) + between + pageNumber(pages) + after;
    }

    /** A page number formatted for the locale, as the contents print it: "1,234". */
    public String pageNumber(long page) {
        return NumberFormat.getIntegerInstance(locale).format(page);
    }
}
