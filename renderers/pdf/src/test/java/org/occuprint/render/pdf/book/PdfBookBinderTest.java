package org.occuprint.render.pdf.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.compose.BookDocument;
import org.occuprint.compose.GuideComposer;
import org.occuprint.compose.Section;
import org.occuprint.guide.GuideEntry;
import org.occuprint.guide.GuideReport;
import org.occuprint.model.Occupation;
import org.occuprint.testing.Fixtures;

/** The 30-profile book, bound once through the guide runner, read back with PDFBox. */
class PdfBookBinderTest {
    private static final Pattern LABEL = Pattern.compile("Page [\\d,]+ of [\\d,]+");
    private static final Pattern ENTRY = Pattern.compile("(\\d\\d-\\d{4}\\.\\d\\d) ([\\d,]+)$");

    @TempDir
    static Path dir;
    static Path book;
    static GuideReport report;
    static BookDocument words;
    static Map<String, Occupation> occupations = new LinkedHashMap<>();
    /** The text of every page, top to bottom. */
    static List<String> pages;
    /** Each contents entry's code and the page number printed for it. */
    static Map<String, Integer> contents;

    @BeforeAll
    static void bind() {
        List<GuideEntry> entries = Books.thirty();
        for (GuideEntry e : entries) {
            occupations.put(e.code(), e.loader().get());
        }
        book = dir.resolve("guide.pdf");
        report = Books.run(book, entries);
        Books.keep(book, "guide-30.pdf");
        try (PDDocument pdf = Books.load(book)) {
            pages = Books.pageTexts(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        contents = contents(pages);
        words = new GuideComposer().compose(
                entries.stream().map(e -> new BookDocument.Entry(e.code(), e.title())).toList(), List.of(), Books.options());
    }

    @Test
    void everyProfileIsBoundAndThePartsAreGone() throws IOException {
        assertThat(report.succeeded()).isTrue();
        assertThat(report.rendered()).isEqualTo(30);
        assertThat(report.book()).contains(book);
        assertThat(dir.resolve("guide.pdf.parts")).doesNotExist();
        try (PDDocument pdf = Books.load(book)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(report.bookPages());
        }
    }

    @Test
    void coverHasTheTitleWhatTheBookHoldsThePublisherAndThePrintDate() {
        String cover = Fixtures.normalize(pages.get(0));
        assertThat(cover).startsWith("Occupational Profiles Career profiles of 30 occupations Published by EDD")
                .contains(Fixtures.PRINTED_ON).endsWith("Page 1 of " + report.bookPages());
    }

    /** Every entry of the contents: its code and the page number printed for it. */
    private static Map<String, Integer> contents(List<String> pages) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int p = 1; p < pages.size() && !pages.get(p).contains("O*NET-SOC code"); p++) {
            for (String line : pages.get(p).split("\n")) {
                Matcher m = ENTRY.matcher(line.strip());
                if (m.find()) {
                    found.put(m.group(1), Integer.parseInt(m.group(2).replace(",", "")));
                }
            }
        }
        return found;
    }

    @Test
    void contentsPageNumbersAreWhereEachProfileStarts() {
        // every occupation, in book order: grouped by major group, alphabetical inside
        assertThat(List.copyOf(contents.keySet()))
                .containsExactlyElementsOf(words.entries().stream().map(BookDocument.Entry::code).toList());
        int previous = 0;
        for (Map.Entry<String, Integer> e : contents.entrySet()) {
            int page = e.getValue();
            String title = squeeze(occupations.get(e.getKey()).title());
            assertThat(squeeze(pages.get(page - 1))).as("page %d, printed for %s", page, e.getKey()).startsWith(title);
            assertThat(page).isGreaterThan(previous);
            // the page before belongs to another profile or to the contents
            assertThat(squeeze(pages.get(page - 2))).doesNotStartWith(title);
            previous = page;
        }
    }

    /** Text without white space: a long title wraps where the layout decides. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void contentsAreGroupedUnderTheMajorGroupTitles() {
        String text = Fixtures.normalize(String.join("\n", pages.subList(1, firstProfilePage() - 1)));
        assertThat(text).startsWith("Contents Management Occupations");
        int at = -1;
        for (BookDocument.Group g : words.groups()) {
            int next = text.indexOf(g.title() + " " + g.entries().get(0).title());
            assertThat(next).as(g.title()).isGreaterThan(at);
            at = next;
        }
        assertThat(words.groups()).hasSize(8).last().satisfies(g -> assertThat(g.title()).isEqualTo("Other occupations (99-0000)"));
    }

    private static int firstProfilePage() {
        return contents.values().iterator().next();
    }

    @Test
    void pageLabelsRunThroughTheWholeBookAndThePrintDateIsOnEveryPage() {
        int n = pages.size();
        assertThat(n).isEqualTo(report.bookPages()).isGreaterThan(200);
        for (int i = 0; i < n; i++) {
            String text = pages.get(i);
            String label = "Page " + (i + 1) + " of " + n;
            assertThat(text).as("page %d", i + 1).contains(Fixtures.PRINTED_ON).contains(label);
            assertThat(LABEL.matcher(text).results().count()).as("labels on page %d", i + 1).isEqualTo(1);
        }
        assertThat(pages.get(0)).contains("Page 1 of " + n);
        assertThat(pages.get(n / 2)).contains("Page " + (n / 2 + 1) + " of " + n);
        assertThat(pages.get(n - 1)).endsWith(Fixtures.PRINTED_ON + " Page " + n + " of " + n + "\n");
    }

    @Test
    void outlineHasCoverContentsGroupsOccupationsAndSections() throws IOException {
        try (PDDocument pdf = Books.load(book)) {
            List<PDOutlineItem> top = Books.children(pdf.getDocumentCatalog().getDocumentOutline());
            assertThat(top).extracting(PDOutlineItem::getTitle).startsWith("Occupational Profiles", "Contents");
            assertThat(Books.page(pdf, top.get(0))).isEqualTo(1);
            assertThat(Books.page(pdf, top.get(1))).isEqualTo(2);

            List<PDOutlineItem> groups = top.subList(2, top.size());
            assertThat(groups).extracting(PDOutlineItem::getTitle)
                    .containsExactlyElementsOf(words.groups().stream().map(BookDocument.Group::title).toList());
            for (int g = 0; g < groups.size(); g++) {
                BookDocument.Group group = words.groups().get(g);
                List<PDOutlineItem> items = Books.children(groups.get(g));
                assertThat(items).extracting(PDOutlineItem::getTitle)
                        .containsExactlyElementsOf(group.entries().stream().map(BookDocument.Entry::title).toList());
                assertThat(Books.page(pdf, groups.get(g))).isEqualTo(contents.get(group.entries().get(0).code()));
                for (int i = 0; i < items.size(); i++) {
                    String code = group.entries().get(i).code();
                    int first = contents.get(code);
                    assertThat(Books.page(pdf, items.get(i))).as(code).isEqualTo(first);
                    List<PDOutlineItem> sections = Books.children(items.get(i));
                    List<Section> expected = Fixtures.compose(occupations.get(code), Books.options()).sections();
                    assertThat(sections).extracting(PDOutlineItem::getTitle)
                            .containsExactlyElementsOf(expected.stream().map(Section::heading).toList());
                    int previous = first;
                    for (PDOutlineItem s : sections) {
                        int page = Books.page(pdf, s);
                        assertThat(page).as("%s: %s", code, s.getTitle()).isGreaterThanOrEqualTo(previous);
                        previous = page;
                    }
                    assertThat(pages.get(previous - 1)).as("%s: the last section's page", code)
                            .contains(sections.get(sections.size() - 1).getTitle());
                }
            }
        }
    }

    @Test
    void contentsEntriesLinkToTheProfilesFirstPages() throws IOException {
        try (PDDocument pdf = Books.load(book)) {
            Map<Integer, Integer> links = new TreeMap<>();
            for (int p = 1; p < firstProfilePage() - 1; p++) {
                for (PDAnnotation a : pdf.getPage(p).getAnnotations()) {
                    assertThat(a).isInstanceOf(PDAnnotationLink.class);
                    PDAnnotationLink link = (PDAnnotationLink) a;
                    assertThat(link.getAction()).isInstanceOf(PDActionGoTo.class);
                    PDPageDestination d = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
                    links.merge(d.retrievePageNumber() + 1, 1, Integer::sum);
                    assertThat(link.getContents()).isNotBlank();
                }
            }
            // title (each of its lines), code and page number of each entry link to the profile's first page
            assertThat(links.keySet()).containsExactlyElementsOf(new TreeSet<>(contents.values()));
            assertThat(links.values()).allMatch(n -> n >= 3);
            assertThat(links.get(contents.get("47-1011.00"))).as("a title on two lines").isEqualTo(4);
        }
    }

    @Test
    void webLinksOfTheProfilesSurvive() throws IOException {
        try (PDDocument pdf = Books.load(book)) {
            List<String> uris = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertThat(uris).contains("https://www.ahima.org", "mailto:someone@example.org")
                    .allMatch(u -> u.startsWith("https:") || u.startsWith("http:") || u.startsWith("mailto:"));
            assertThat(uris).noneMatch(u -> u.startsWith("occuprint-book:"));
        }
    }

    @Test
    void metadataIsTheBooksAndEveryFontIsAnEmbeddedLiberationFont() throws IOException {
        try (PDDocument pdf = Books.load(book)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Occupational Profiles");
            assertThat(info.getSubject()).isEqualTo("Career profiles of every occupation in the guide");
            assertThat(info.getAuthor()).isEqualTo("EDD");
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(created.get(Calendar.YEAR)).isEqualTo(2022);
            assertThat(created.get(Calendar.DAY_OF_MONTH)).isEqualTo(21);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(pdf.getDocument().getDocumentID()).isNotNull();
            for (PDPage page : pdf.getPages()) {
                PDResources r = page.getResources();
                for (COSName name : r.getFontNames()) {
                    PDFont f = r.getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    assertThat(f.getName()).matches("[A-Z]{6}\\+Liberation.*");
                }
            }
        }
    }
}
