package org.occuprint.render.pdf.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.occuprint.guide.GuideEntry;
import org.occuprint.guide.GuideReport;
import org.occuprint.guide.GuideRunner;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.pdf.PdfBookBinder;
import org.occuprint.testing.Fixtures;

/** Books for the binder's tests: occupations made from the flagship profile, and PDFBox helpers. */
final class Books {
    static final PdfBookBinder BINDER = new PdfBookBinder();

    /** Titles and codes over seven SOC major groups; one title long enough to wrap in the contents. */
    private static final String[][] OCCUPATIONS = {
            {"11-1011.00", "Chief Executives"}, {"11-3031.01", "Treasurers and Controllers"},
            {"11-9111.00", "Medical and Health Services Managers"}, {"11-2021.00", "Marketing Managers"},
            {"13-2011.00", "Accountants and Auditors"}, {"13-1071.00", "Human Resources Specialists"},
            {"13-2051.00", "Financial and Investment Analysts"}, {"13-1161.00", "Market Research Analysts"},
            {"15-1252.00", "Software Developers"}, {"15-2051.00", "Data Scientists"},
            {"15-1212.00", "Information Security Analysts"}, {"15-1232.00", "Computer User Support Specialists"},
            {"17-2051.00", "Civil Engineers"}, {"17-2141.00", "Mechanical Engineers"},
            {"17-3011.00", "Architectural and Civil Drafters"},
            {"29-1141.00", "Registered Nurses"}, {"29-1228.00", "Physicians, All Other"},
            {"29-2061.00", "Licensed Practical and Licensed Vocational Nurses"}, {"29-1051.00", "Pharmacists"},
            {"29-1126.00", "Respiratory Therapists"},
            {"47-2111.00", "Electricians"}, {"47-2152.00", "Plumbers, Pipefitters, and Steamfitters"},
            {"47-2031.00", "Carpenters"}, {"47-1011.00", "First-Line Supervisors of Construction Trades and"
                    + " Extraction Workers, Including Supervisors of Helpers, Laborers, and Material Movers, Hand"},
            {"47-2061.00", "Construction Laborers"},
            {"53-3032.00", "Heavy and Tractor-Trailer Truck Drivers"}, {"53-7062.00", "Laborers and Freight, Stock,"
                    + " and Material Movers, Hand"}, {"53-2011.00", "Airline Pilots, Copilots, and Flight Engineers"},
    };

    private Books() {
    }

    /** The flagship profile under another code and title. */
    static Occupation variant(String code, String title) {
        return Fixtures.flagship().toBuilder().code(code).socCode(null).title(title).build();
    }

    /**
     * Thirty occupations: 28 variants of the flagship over seven major groups, plus the hostile and the Unicode
     * fixtures (major group 99, which has no title of its own).
     */
    static List<GuideEntry> thirty() {
        List<GuideEntry> list = new ArrayList<>();
        for (String[] o : OCCUPATIONS) {
            list.add(GuideEntry.of(variant(o[0], o[1])));
        }
        list.add(GuideEntry.of(Fixtures.resource("hostile.json")));
        list.add(GuideEntry.of(Fixtures.resource("unicode.json")));
        return list;
    }

    /** A few occupations over three groups, for the tests that bind several books. */
    static List<GuideEntry> few() {
        List<GuideEntry> list = new ArrayList<>();
        for (int i : new int[] {0, 1, 4, 8, 9, 15}) {
            list.add(GuideEntry.of(variant(OCCUPATIONS[i][0], OCCUPATIONS[i][1])));
        }
        list.add(GuideEntry.of(Fixtures.flagship()));
        return list;
    }

    static RenderOptions options() {
        return Fixtures.options().toBuilder().agency("EDD").build();
    }

    static GuideRunner.Builder runner(Path book, List<GuideEntry> entries) {
        return GuideRunner.builder().entries(entries).options(options()).book(book, BINDER).threads(2);
    }

    static GuideReport run(Path book, List<GuideEntry> entries) {
        return runner(book, entries).build().run();
    }

    static PDDocument load(Path pdf) {
        try {
            return Loader.loadPDF(pdf.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, top to bottom. */
    static List<String> pageTexts(PDDocument pdf) {
        try {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(pdf));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (1-based), top to bottom. */
    static String pageText(PDDocument pdf, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based page number of an outline item's destination. */
    static int page(PDDocument pdf, PDOutlineItem item) {
        try {
            PDPage p = item.findDestinationPage(pdf);
            return p == null ? -1 : pdf.getPages().indexOf(p) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<PDOutlineItem> children(PDOutlineNode node) {
        List<PDOutlineItem> items = new ArrayList<>();
        node.children().forEach(items::add);
        return items;
    }

    /** Keeps a copy under target/pdf-out/book/ for inspection. */
    static void keep(Path pdf, String name) {
        try {
            Path dir = Path.of("target", "pdf-out", "book");
            Files.createDirectories(dir);
            Files.copy(pdf, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalize(String s) {
        return Fixtures.normalize(s).toLowerCase(Locale.ROOT);
    }
}
