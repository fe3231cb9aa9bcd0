package org.occuprint.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.occuprint.compose.Block.Column;
import org.occuprint.compose.Block.LinkList;
import org.occuprint.compose.Block.Notice;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.compose.Block.Subheading;
import org.occuprint.compose.Block.Table;
import org.occuprint.internal.Checks;
import org.occuprint.internal.Text;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.Occupation;
import org.occuprint.options.InvalidOptionException;
import org.occuprint.options.RenderOptions;
import org.occuprint.options.SectionId;

/**
 * Composes a client packet ({@link PacketDocument}) from 2 to {@value #MAX} occupations and one set of
 * options: the handouts are composed as {@link ProfileComposer} composes them alone (same detail, sections,
 * areas and wording), without the office, logo and note, which print once on the packet's first page; the
 * comparison section takes its figures from the same published values the handouts print.
 *
 * <pre>{@code
 * PacketDocument packet = new PacketComposer().compose(List.of(nurse, recordsSpecialist), options);
 * }</pre>
 *
 * <p>Thread-safe and cheap to create.
 *
 * @since 0.3
 */
public final class PacketComposer {
    /** The fewest occupations a packet compares. */
    public static final int MIN = 2;
    /** The most occupations a packet holds. */
    public static final int MAX = 20;
    /** Occupations per comparison table: more would not fit the width of a page. */
    public static final int COLUMNS = 4;

    /**
     * Composes the packet.
     *
     * @throws InvalidOptionException if there are fewer than {@value #MIN} or more than {@value #MAX}
     *                                occupations, the same occupation twice (option {@code codes}), or the
     *                                locale is not supported
     */
    public PacketDocument compose(List<Occupation> occupations, RenderOptions options) {
        Checks.notNull(options, "options");
        List<Occupation> list = Checks.copy(occupations, "occupations");
        if (list.size() < MIN || list.size() > MAX) {
            throw new InvalidOptionException("codes", "A packet holds " + MIN + " to " + MAX + " occupations; "
                    + list.size() + (list.size() == 1 ? " was" : " were") + " given.");
        }
        Set<String> seen = new HashSet<>();
        for (Occupation o : list) {
            if (!seen.add(o.code())) {
                throw new InvalidOptionException("codes", "The occupation " + o.code() + " is in the packet twice.");
            }
        }
        ProfileComposer.requireSupported(options.locale());
        RenderOptions bare = options.toBuilder().note(null).office(null).logo(null).build();
        ProfileComposer composer = new ProfileComposer();
        List<Composition> comps = new ArrayList<>();
        List<PacketDocument.Handout> handouts = new ArrayList<>();
        List<ProfileDocument> whole = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Occupation o = list.get(i);
            comps.add(new Composition(o, options));
            ProfileDocument doc = composer.compose(o, bare);
            whole.add(doc);
            String anchor = "o" + (i + 1);
            List<Section> sections = new ArrayList<>();
            for (Section s : doc.sections()) {
                if (!isClosing(s)) {
                    sections.add(new Section(s.id(), anchor + "-" + s.anchor(), s.heading(), s.blocks()));
                }
            }
            handouts.add(new PacketDocument.Handout(anchor, new ProfileDocument(doc.info(), doc.layout(),
                    doc.titleBlock(), sections, doc.footer())));
        }
        Composition first = comps.get(0);
        Messages m = first.m;
        List<String> titles = comps.stream().map(c -> c.title).toList();

        String title = m.get("packet.title", first.figures.count(list.size()));
        List<String> keywords = new ArrayList<>();
        for (Occupation o : list) {
            keywords.add(m.get("document.keywords.onet", o.code()));
        }
        keywords.addAll(titles);
        DocumentInfo info = new DocumentInfo("packet", title, m.get("packet.subject", first.listed(titles)),
                keywords, first.agency != null ? first.agency : m.get("document.author.none"), m.get("document.creator"),
                first.locale, options.printDate());
        TitleBlock own = TitleBlocks.compose(first);
        List<String> lines = first.agency != null ? List.of(m.get("packet.preparedBy", first.agency)) : List.of();
        TitleBlock titleBlock = new TitleBlock(title, lines, own.officeLines(), own.logo(), own.note());

        Section comparison = new Section(Optional.empty(), "comparison", m.get("section.comparison"),
                comparison(comps));
        List<Section> closing = closing(whole, m);

        List<PacketDocument.Entry> entries = new ArrayList<>();
        entries.add(new PacketDocument.Entry(comparison.anchor(), comparison.heading()));
        for (int i = 0; i < list.size(); i++) {
            entries.add(new PacketDocument.Entry(handouts.get(i).anchor(),
                    m.get("packet.contents.entry", titles.get(i), list.get(i).code())));
        }
        closing.forEach(s -> entries.add(new PacketDocument.Entry(s.anchor(), s.heading())));

        // every handout has the same footer (the same print date and words): the packet's
        Footer footer = whole.get(0).footer();
        return new PacketDocument(info, new Layout(options.pageSize(), options.largePrint()), titleBlock,
                new PacketDocument.Contents(m.get("packet.contents"), entries,
                m.get("packet.contents.page.before"), m.get("packet.contents.page.after")), comparison, handouts, closing, footer);
    }

    private static boolean isClosing(Section s) {
        return s.id().isEmpty() || s.id().get() == SectionId.SOURCES;
    }

    /**
     * The shared closing: every handout's links under its occupation's title, each disclaimer once; then the
     * sources and notices of the data, each once, and the disclaimer.
     */
    private static List<Section> closing(List<ProfileDocument> docs, Messages m) {
        List<Block> links = new ArrayList<>();
        Set<Block> notices = new LinkedHashSet<>();
        Set<Block> about = new LinkedHashSet<>();
        Set<Block> aboutNotices = new LinkedHashSet<>();
        boolean several = docs.stream().filter(d -> d.section(SectionId.SOURCES).isPresent()).count() > 1;
        for (ProfileDocument d : docs) {
            d.section(SectionId.SOURCES).ifPresent(s -> {
                if (several) {
                    links.add(new Subheading(d.titleBlock().title()));
                }
                for (Block b : s.blocks()) {
                    if (b instanceof LinkList) {
                        links.add(b);
                    } else {
                        notices.add(b);
                    }
                }
            });
            for (Section s : d.sections()) {
                if (s.id().isEmpty()) {
                    for (Block b : s.blocks()) {
                        (b instanceof Notice ? aboutNotices : about).add(b);
                    }
                }
            }
        }
        List<Section> out = new ArrayList<>();
        if (!links.isEmpty()) {
            links.addAll(notices);
            out.add(new Section(Optional.of(SectionId.SOURCES), "sources", m.get("section.sources"), links));
        }
        List<Block> aboutBlocks = new ArrayList<>(about);
        aboutBlocks.addAll(aboutNotices);
        out.add(new Section(Optional.empty(), "about", m.get("packet.sources.about"), aboutBlocks));
        return out;
    }

    private static List<Block> comparison(List<Composition> comps) {
        Composition first = comps.get(0);
        Messages m = first.m;
        List<Block> out = new ArrayList<>();
        out.add(new Paragraph(m.get("packet.intro", first.figures.count(comps.size()))));
        List<String> areas = areas(comps);
        Set<String> notes = new LinkedHashSet<>();
        boolean anyBright = comps.stream().anyMatch(c -> !OutlookTerms.bright(c.o).isEmpty());
        for (int from = 0; from < comps.size(); from += COLUMNS) {
            int to = Math.min(comps.size(), from + COLUMNS);
            List<Composition> part = comps.subList(from, to);
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(m.get("packet.column.first"), false));
            part.forEach(c -> columns.add(new Column(c.title, false)));
            List<List<String>> rows = new ArrayList<>();
            rows.add(row(m.get("packet.row.code"), part, c -> c.o.code()));
            for (String id : areas) {
                String name = first.areaName(id);
                rows.add(row(m.get("packet.row.wage", name), part, c -> wage(c, id, notes)));
                rows.add(row(m.get("packet.row.growth", name), part, c -> growth(c, id, notes)));
                rows.add(row(m.get("packet.row.openings", name), part, c -> openings(c, id, notes)));
            }
            rows.add(row(m.get("packet.row.education"), part, c -> c.o.typicalEducation().map(Text::line)
                    .filter(s -> !s.isEmpty()).orElse(m.get("packet.notAvailable"))));
            if (anyBright) {
                rows.add(row(m.get("packet.row.bright"), part, PacketComposer::bright));
            }
            String caption = comps.size() <= COLUMNS ? m.get("packet.caption")
                    : m.get("packet.caption.part", first.figures.count(from + 1), first.figures.count(to),
                            first.figures.count(comps.size()));
            // the notes the figures need print under the last table, with the counties the areas cover
            List<String> tableNotes = new ArrayList<>();
            if (to == comps.size()) {
                tableNotes.addAll(notes);
                tableNotes.addAll(first.countiesNotes(areas));
                if (anyBright) {
                    tableNotes.add(m.get("packet.note.bright", first.figures.count(OutlookTerms.BRIGHT_OPENINGS)));
                }
                tableNotes.add(m.get("packet.note.handouts"));
            }
            out.add(new Table(caption, columns, rows, true, tableNotes));
        }
        return out;
    }

    /** The areas to compare: the options' list, else every area of any occupation, in order of first appearance. */
    private static List<String> areas(List<Composition> comps) {
        if (!comps.get(0).options.areas().isEmpty()) {
            return comps.get(0).options.areas();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Composition c : comps) {
            ids.addAll(c.o.areaIds());
        }
        return List.copyOf(ids);
    }

    private interface Cell {
        String of(Composition c);
    }

    private static List<String> row(String header, List<Composition> part, Cell cell) {
        List<String> row = new ArrayList<>();
        row.add(header);
        part.forEach(c -> row.add(cell.of(c)));
        return row;
    }

    /** The median, annual where it is published, else hourly (the handout prints both). */
    private static String wage(Composition c, String id, Set<String> notes) {
        Messages m = c.m;
        Optional<AreaWage> found = c.o.wages().flatMap(w -> w.area(id));
        if (found.isEmpty()) {
            return m.get("packet.notAvailable");
        }
        AreaWage a = found.get();
        Optional<String> annual = a.annualMedian().map(v -> c.figures.annual(v, a.topCoded()));
        Optional<String> hourly = a.hourlyMedian().map(v -> c.figures.hourly(v, a.topCoded()));
        if (annual.isEmpty() && hourly.isEmpty()) {
            return m.get(a.vintage().isPresent() ? "packet.notPublished" : "packet.notAvailable");
        }
        a.aggregate().ifPresent(g -> notes.add(m.get("packet.note.aggregate", c.title, c.areaName(id),
                Text.line(g.title()), g.code())));
        return annual.map(s -> m.get("packet.wage.annual", s)).orElseGet(() -> m.get("packet.wage.hourly", hourly.get()));
    }

    /** The published percent change with its period, and how it compares with all occupations in the area. */
    private static String growth(Composition c, String id, Set<String> notes) {
        Messages m = c.m;
        Optional<AreaProjection> found = c.o.outlook().flatMap(ol -> ol.area(id)).filter(a -> !a.isEmpty());
        Optional<java.math.BigDecimal> pct = found.flatMap(OutlookTerms::percentChange);
        if (pct.isEmpty()) {
            return m.get("packet.notAvailable");
        }
        AreaProjection a = found.get();
        a.aggregate().ifPresent(g -> notes.add(m.get("packet.note.aggregate", c.title, c.areaName(id),
                Text.line(g.title()), g.code())));
        a.period().ifPresent(p -> notes.addAll(Text.items(p.notes())));
        String base = Integer.toString(a.period().map(p -> p.baseYear()).orElse(c.o.outlook().get().baseYear()));
        String projected = Integer.toString(a.period().map(p -> p.projectedYear())
                .orElse(c.o.outlook().get().projectedYear()));
        String words;
        if (pct.get().signum() > 0) {
            words = m.get("packet.growth.grow", c.figures.oneDecimal(pct.get()), base, projected);
        } else if (pct.get().signum() < 0) {
            words = m.get("packet.growth.decline", c.figures.oneDecimal(pct.get().abs()), base, projected);
        } else {
            words = m.get("packet.growth.flat", "", base, projected);
        }
        // a decline is worded as a decline, not as "slower than average"
        Optional<OutlookTerms.Verdict> verdict = OutlookTerms.verdict(a);
        if (verdict.isPresent() && pct.get().signum() >= 0) {
            words = m.get("packet.growth.verdict", words, m.get("outlook.verdict." + verdict.get().name()));
        }
        return words;
    }

    /** Openings a year as the handout's table prints them: "Fewer than 50" for a count rounded to zero. */
    private static String openings(Composition c, String id, Set<String> notes) {
        Optional<AreaProjection> found = c.o.outlook().flatMap(ol -> ol.area(id)).filter(a -> !a.isEmpty());
        if (found.isEmpty() || found.get().annualOpenings().isEmpty()) {
            return c.m.get("packet.notAvailable");
        }
        AreaProjection a = found.get();
        OptionalLong n = a.annualOpenings();
        if (a.roundedToZero(n.getAsLong())) {
            notes.add(c.m.get("outlook.note.rounded", c.figures.count(a.countUnit() / 2), c.figures.count(a.countUnit())));
        }
        return OutlookSection.count(c, a, n);
    }

    private static String bright(Composition c) {
        Set<OutlookTerms.Bright> b = OutlookTerms.bright(c.o);
        if (b.isEmpty()) {
            return c.m.get("packet.bright.none");
        }
        return c.m.get(b.size() == 2 ? "packet.bright.both"
                : b.contains(OutlookTerms.Bright.RAPID_GROWTH) ? "packet.bright.growth" : "packet.bright.openings");
    }
}
