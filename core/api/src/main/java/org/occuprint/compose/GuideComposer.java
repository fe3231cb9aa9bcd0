package org.occuprint.compose;

import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.occuprint.internal.Checks;
import org.occuprint.internal.Text;
import org.occuprint.model.DataSource;
import org.occuprint.model.MajorGroups;
import org.occuprint.options.RenderOptions;

/**
 * Composes the words of a bound guide around its profiles: the cover and the contents. Occupations are grouped
 * by SOC major group (in code order) and sorted by title within a group, using the locale's collation.
 *
 * <pre>{@code
 * List<BookDocument.Entry> entries = ...;   // code and title of every occupation in the book
 * BookDocument book = new GuideComposer().compose(entries, dataSources, options);
 * List<BookDocument.Entry> printOrder = book.entries();
 * }</pre>
 *
 * @since 0.1
 */
public final class GuideComposer {

    /**
     * The order of these occupations in a book: by SOC major group in code order, by title inside a group (the
     * locale's collation), then by code. The same order {@link #compose} gives {@link BookDocument#entries()}.
     */
    public List<BookDocument.Entry> order(List<BookDocument.Entry> entries, Locale locale) {
        Checks.notNull(entries, "entries");
        return grouped(entries, locale).values().stream().flatMap(List::stream).toList();
    }

    /** The entries by major group code (in code order), each group sorted. */
    private static Map<String, List<BookDocument.Entry>> grouped(List<BookDocument.Entry> entries, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        Map<String, List<BookDocument.Entry>> byGroup = new TreeMap<>();
        for (BookDocument.Entry e : entries) {
            byGroup.computeIfAbsent(MajorGroups.groupOf(e.code()), k -> new ArrayList<>())
                    .add(new BookDocument.Entry(e.code(), Text.line(e.title())));
        }
        for (List<BookDocument.Entry> group : byGroup.values()) {
            group.sort(Comparator.comparing(BookDocument.Entry::title, collator).thenComparing(BookDocument.Entry::code));
        }
        return byGroup;
    }

    /**
     * The book's words.
     *
     * @param entries     code and title of every occupation in the book, in any order
     * @param dataSources the data sets the profiles come from (named on the cover)
     * @param options     locale, print date, agency, page size and print size
     */
    public BookDocument compose(List<BookDocument.Entry> entries, List<DataSource> dataSources, RenderOptions options) {
        Checks.notNull(entries, "entries");
        ProfileComposer.requireSupported(options.locale());
        Locale locale = options.locale();
        Messages m = Messages.of(locale);
        String agency = options.agency().map(Text::line).filter(s -> !s.isEmpty()).orElse(null);

        List<BookDocument.Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<BookDocument.Entry>> g : grouped(entries, locale).entrySet()) {
            String title = MajorGroups.title(g.getKey()).orElse(m.get("guide.group.other", g.getKey()));
            groups.add(new BookDocument.Group(g.getKey(), title, g.getValue()));
        }

        Set<String> sources = new LinkedHashSet<>();
        for (DataSource d : dataSources) {
            sources.add(Text.line(d.name()));
        }
        String title = m.get("guide.title");
        List<String> cover = new ArrayList<>();
        cover.add(m.get("guide.subtitle", java.text.NumberFormat.getIntegerInstance(locale).format(entries.size())));
        if (agency != null) {
            cover.add(m.get("guide.agency", agency));
        }
        if (!sources.isEmpty()) {
            cover.add(m.get("guide.data", String.join(m.get("guide.data.separator"), sources)));
        }
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(options.printDate());
        DocumentInfo info = new DocumentInfo("guide", title, m.get("guide.subject"), List.of(title),
                agency != null ? agency : m.get("document.author.none"), m.get("document.creator"), locale,
                options.printDate());
        Footer footer = new Footer(m.get("footer.printedOn", date), m.get("footer.page.before"),
                m.get("footer.page.between"), m.get("footer.page.after"), locale);
        return new BookDocument(info, new Layout(options.pageSize(), options.largePrint()), title, cover,
                m.get("guide.contents"), groups, footer);
    }
}
