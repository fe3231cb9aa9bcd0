package org.occuprint.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.occuprint.compose.Block.BulletList;
import org.occuprint.compose.Block.Column;
import org.occuprint.compose.Block.LinkItem;
import org.occuprint.compose.Block.LinkList;
import org.occuprint.compose.Block.ListItem;
import org.occuprint.compose.Block.Notice;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.compose.Block.Subheading;
import org.occuprint.compose.Block.Table;
import org.occuprint.internal.Checks;
import org.occuprint.internal.Text;
import org.occuprint.model.Area;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.DataSource;
import org.occuprint.model.Industry;
import org.occuprint.model.KnownAreas;
import org.occuprint.model.Link;
import org.occuprint.model.Occupation;
import org.occuprint.model.OccupationRef;
import org.occuprint.model.Outlook;
import org.occuprint.model.Percentiles;
import org.occuprint.model.Skill;
import org.occuprint.model.Task;
import org.occuprint.model.TopCoded;
import org.occuprint.model.Totals;
import org.occuprint.model.Wages;
import org.occuprint.options.Detail;
import org.occuprint.options.RenderOptions;
import org.occuprint.options.SectionId;

/**
 * Turns an occupation and options into a {@link ProfileDocument}: decides every word, in order.
 *
 * <p>Rules: a section with no data is left out whole (its introduction too); figures are formatted for
 * the options' locale; a wage or projection that is not published prints as a plain statement, never as
 * "N/A" or "$0"; control characters in the data are removed.
 *
 * <pre>{@code
 * ProfileDocument doc = new ProfileComposer().compose(occupation, RenderOptions.defaults());
 * }</pre>
 *
 * <p>Thread-safe and cheap to create.
 *
 * @since 0.1
 */
public final class ProfileComposer {
    /** Tasks printed in the summary handout. */
    static final int SUMMARY_TASKS = 5;
    /** Related occupations printed in the summary handout. */
    static final int SUMMARY_RELATED = 5;
    /** Other titles printed in the summary handout. */
    static final int SUMMARY_ALSO_CALLED = 5;
    /** Percentage points within which growth counts as "about the same" as all occupations. */
    private static final BigDecimal SAME_GROWTH_BAND = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<Locale> SUPPORTED = List.of(Locale.US);

    /** The locales this composer has wording for. */
    public static List<Locale> supportedLocales() {
        return SUPPORTED;
    }

    /** Whether the composer has wording for this locale. */
    public static boolean supports(Locale locale) {
        return SUPPORTED.contains(locale);
    }

    /**
     * Composes the profile.
     *
     * @throws IllegalArgumentException if the options' locale is not supported
     */
    public ProfileDocument compose(Occupation occupation, RenderOptions options) {
        Checks.notNull(occupation, "occupation");
        Checks.notNull(options, "options");
        Checks.argument(supports(options.locale()), "Unsupported locale '%s' (supported: %s).",
                options.locale().toLanguageTag(), String.join(", ", SUPPORTED.stream().map(Locale::toLanguageTag).toList()));
        return new Run(occupation, options).document();
    }

    /** One composition: holds the inputs and the formatters for the locale. */
    private static final class Run {
        private final Occupation o;
        private final RenderOptions options;
        private final Messages m;
        private final Locale locale;
        private final String title;
        private final boolean summary;

        Run(Occupation o, RenderOptions options) {
            this.o = o;
            this.options = options;
            this.locale = options.locale();
            this.m = Messages.of(locale);
            this.title = Text.line(o.title());
            this.summary = options.detail() == Detail.SUMMARY;
        }

        ProfileDocument document() {
            LocalDate date = options.printDate();
            String agency = options.agency().map(Text::line).filter(s -> !s.isEmpty()).orElse(null);
            List<String> keywords = List.of(m.get("document.keywords.onet", o.code()),
                    m.get("document.keywords.soc", o.socCode()), title);
            DocumentInfo info = new DocumentInfo(o.code(), title, m.get("document.subject", title), keywords,
                    agency != null ? agency : m.get("document.author.none"), m.get("document.creator"), locale, date);
            List<Section> sections = new ArrayList<>();
            for (SectionId id : SectionId.values()) {
                if (wanted(id)) {
                    List<Block> blocks = blocks(id, agency);
                    if (!blocks.isEmpty()) {
                        sections.add(new Section(Optional.of(id), id.id(), m.get("section." + id.id()), blocks));
                    }
                }
            }
            sections.add(new Section(Optional.empty(), "about", m.get("section.about"), about(agency)));
            String printed = m.get("footer.printedOn",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date));
            Footer footer = new Footer(printed, m.get("footer.page.before"), m.get("footer.page.between"),
                    m.get("footer.page.after"), locale);
            return new ProfileDocument(info, new Layout(options.pageSize(), options.largePrint()),
                    titleBlock(agency), sections, footer);
        }

        private boolean wanted(SectionId id) {
            if (!options.includes(id)) {
                return false;
            }
            if (!summary) {
                return true;
            }
            return switch (id) {
                case SUMMARY, TASKS, WAGES, OUTLOOK, EDUCATION, RELATED -> true;
                default -> false;
            };
        }

        private TitleBlock titleBlock(@Nullable String agency) {
            List<String> lines = new ArrayList<>();
            List<String> also = Text.items(o.alsoCalled());
            if (summary && also.size() > SUMMARY_ALSO_CALLED) {
                also = also.subList(0, SUMMARY_ALSO_CALLED);
            }
            if (!also.isEmpty()) {
                lines.add(m.get("title.alsoCalled", String.join(m.get("list.separator"), also)));
            }
            List<String> specialties = Text.items(o.specialties());
            if (!specialties.isEmpty()) {
                lines.add(m.get("title.specialties", String.join(m.get("list.separator"), specialties)));
            }
            lines.add(m.get("title.codes", o.code(), o.socCode()));
            List<String> office = options.office().map(Text::lines).orElse(List.of()).stream()
                    .filter(s -> !s.isEmpty()).toList();
            Optional<Image> logo = options.logo().map(l -> {
                float height = 40f;
                float width = Math.min(200f, height * l.width() / l.height());
                height = width * l.height() / l.width();
                String alt = agency != null ? m.get("logo.alt", agency) : m.get("logo.alt.none");
                return new Image(l, alt, width, height);
            });
            Optional<TitleBlock.Note> note = options.note().map(Text::lines).filter(l -> !l.isEmpty())
                    .map(l -> new TitleBlock.Note(m.get("note.heading"), l));
            return new TitleBlock(title, lines, office, logo, note);
        }

        private List<Block> blocks(SectionId id, @Nullable String agency) {
            return switch (id) {
                case SUMMARY -> paragraphs(o.summary());
                case TASKS -> tasks();
                case SKILLS -> skills();
                case TECHNOLOGY -> technology();
                case CONDITIONS -> paragraphs(o.workingConditions());
                case INTERESTS -> interests();
                case WAGES -> wages();
                case BENEFITS -> paragraphs(o.benefits());
                case OUTLOOK -> outlook();
                case EDUCATION -> education();
                case ADVANCEMENT -> paragraphs(o.advancement());
                case FINDING_WORK -> findingWork();
                case RELATED -> related();
                case SOURCES -> sources(agency);
            };
        }

        private static List<Block> paragraphs(List<String> texts) {
            List<Block> out = new ArrayList<>();
            for (String t : Text.items(texts)) {
                out.add(new Paragraph(t));
            }
            return out;
        }

        private List<Block> tasks() {
            List<String[]> rows = new ArrayList<>();
            boolean anySkill = false;
            for (Task t : o.tasks()) {
                String task = Text.line(t.task());
                if (task.isEmpty()) {
                    continue;
                }
                String skill = t.skill().map(Text::line).orElse("");
                anySkill |= !skill.isEmpty();
                rows.add(new String[] {task, skill});
                if (summary && rows.size() == SUMMARY_TASKS) {
                    break;
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            List<Block> out = new ArrayList<>();
            if (anySkill) {
                out.add(new Paragraph(m.get(summary ? "tasks.intro.summary" : "tasks.intro", title)));
                List<List<String>> cells = rows.stream().map(r -> List.of(r[0], r[1])).toList();
                out.add(new Table(m.get("tasks.caption"),
                        List.of(new Column(m.get("tasks.column.task"), false), new Column(m.get("tasks.column.skill"), false)),
                        cells, false, List.of()));
            } else {
                out.add(new Paragraph(m.get(summary ? "tasks.intro.summary" : "tasks.intro.plain", title)));
                out.add(new BulletList(rows.stream().map(r -> ListItem.of(r[0])).toList()));
            }
            return out;
        }

        private List<Block> skills() {
            List<ListItem> items = new ArrayList<>();
            for (Skill s : o.skills()) {
                String name = Text.line(s.name());
                if (!name.isEmpty()) {
                    String description = s.description().map(Text::line).orElse("");
                    items.add(description.isEmpty() ? ListItem.of(name, "") : ListItem.of(m.get("list.lead", name), description));
                }
            }
            if (items.isEmpty()) {
                return List.of();
            }
            return List.of(new Paragraph(m.get("skills.intro")), new BulletList(items));
        }

        private List<Block> technology() {
            List<Block> out = new ArrayList<>();
            List<String> software = Text.items(o.technology());
            List<String> tools = Text.items(o.tools());
            if (!software.isEmpty()) {
                out.add(new Subheading(m.get("technology.software")));
                out.add(new Paragraph(m.get("technology.intro.software")));
                out.add(new BulletList(software.stream().map(ListItem::of).toList()));
            }
            if (!tools.isEmpty()) {
                out.add(new Subheading(m.get("technology.tools")));
                out.add(new Paragraph(m.get("technology.intro.tools")));
                out.add(new BulletList(tools.stream().map(ListItem::of).toList()));
            }
            return out;
        }

        private List<Block> interests() {
            List<Block> out = paragraphs(o.interests().text());
            if (!o.interests().codes().isEmpty()) {
                out.add(new Paragraph(m.get("interests.intro")));
                out.add(new BulletList(o.interests().codes().stream()
                        .map(c -> ListItem.of(m.get("list.lead", c), m.get("interest." + c))).toList()));
            }
            return out;
        }

        // ---- wages -----------------------------------------------------------------------------------

        /** The areas to show: the options' list, or every area in the data. */
        private List<String> areaIds(List<Area> inData) {
            if (!options.areas().isEmpty()) {
                return options.areas();
            }
            return inData.stream().map(Area::id).toList();
        }

        /** The name of an area: from the profile's data, else from the known areas, else the id itself. */
        private String areaName(String id) {
            Optional<Area> a = o.wages().flatMap(w -> w.area(id)).map(AreaWage::area)
                    .or(() -> o.outlook().flatMap(ol -> ol.area(id)).map(AreaProjection::area))
                    .or(() -> KnownAreas.find(id));
            return a.map(x -> Text.line(x.name())).orElse(id);
        }

        /** The area's name as it reads inside a sentence ("the United States"). */
        private String sentenceName(String id) {
            String key = "area.inSentence." + id;
            return m.has(key) ? m.get(key) : areaName(id);
        }

        private List<Block> wages() {
            Optional<Wages> w = o.wages().filter(x -> !x.areas().isEmpty());
            if (w.isEmpty()) {
                return List.of();
            }
            Wages wages = w.get();
            String year = Integer.toString(wages.year());
            List<Block> out = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            boolean missing = false;
            for (String id : areaIds(wages.areas().stream().map(AreaWage::area).toList())) {
                Optional<AreaWage> found = wages.area(id);
                String name = areaName(id);
                String inSentence = sentenceName(id);
                if (found.isEmpty() || (found.get().hourly().map(Percentiles::isEmpty).orElse(true)
                        && found.get().annual().map(Percentiles::isEmpty).orElse(true))) {
                    out.add(new Paragraph(m.get("wages.notAvailable", inSentence)));
                    continue;
                }
                AreaWage a = found.get();
                Optional<TopCoded> top = a.topCoded();
                Optional<String> annualMedian = a.annualMedian().map(v -> annual(v, top));
                Optional<String> hourlyMedian = a.hourlyMedian().map(v -> hourly(v, top));
                if (annualMedian.isPresent() && hourlyMedian.isPresent()) {
                    out.add(new Paragraph(m.get("wages.sentence.both", year, title, inSentence, annualMedian.get(), hourlyMedian.get())));
                } else if (annualMedian.isPresent()) {
                    out.add(new Paragraph(m.get("wages.sentence.annual", year, title, inSentence, annualMedian.get())));
                } else if (hourlyMedian.isPresent()) {
                    out.add(new Paragraph(m.get("wages.sentence.hourly", year, title, inSentence, hourlyMedian.get())));
                } else {
                    out.add(new Paragraph(m.get("wages.notAvailable", inSentence)));
                }
                if (a.annual().isEmpty() && a.hourly().isPresent()) {
                    out.add(new Paragraph(m.get("wages.hourlyOnly", inSentence)));
                }
                if (a.hourly().isPresent() && !a.hourly().get().isEmpty()) {
                    Percentiles p = a.hourly().get();
                    rows.add(List.of(name, m.get("wages.period.hourly"), cell(p.p25(), v -> hourly(v, top)),
                            cell(p.median(), v -> hourly(v, top)), cell(p.p75(), v -> hourly(v, top))));
                    missing |= p.p25().isEmpty() || p.median().isEmpty() || p.p75().isEmpty();
                }
                if (a.annual().isPresent() && !a.annual().get().isEmpty()) {
                    Percentiles p = a.annual().get();
                    rows.add(List.of(name, m.get("wages.period.annual"), cell(p.p25(), v -> annual(v, top)),
                            cell(p.median(), v -> annual(v, top)), cell(p.p75(), v -> annual(v, top))));
                    missing |= p.p25().isEmpty() || p.median().isEmpty() || p.p75().isEmpty();
                }
                a.aggregate().ifPresent(g -> notes.add(m.get("wages.note.aggregate", inSentence, Text.line(g.title()), g.code())));
            }
            if (!rows.isEmpty()) {
                List<String> tableNotes = new ArrayList<>();
                if (!summary) {
                    tableNotes.add(m.get("wages.note.percentiles"));
                }
                if (missing) {
                    tableNotes.add(m.get("wages.note.missing"));
                }
                tableNotes.addAll(notes);
                tableNotes.add(m.get("wages.note.source", Text.line(wages.source())));
                out.add(new Table(m.get("wages.caption", year), List.of(
                        new Column(m.get("wages.column.area"), false),
                        new Column(m.get("wages.column.period"), false),
                        new Column(m.get("wages.column.p25"), true),
                        new Column(m.get("wages.column.median"), true),
                        new Column(m.get("wages.column.p75"), true)), rows, true, tableNotes));
            }
            return out;
        }

        private String cell(Optional<BigDecimal> value, java.util.function.Function<BigDecimal, String> format) {
            return value.map(format).orElse(m.get("wages.missing"));
        }

        private String annual(BigDecimal value, Optional<TopCoded> top) {
            String s = money(value, value.stripTrailingZeros().scale() <= 0 ? 0 : 2);
            boolean capped = top.map(t -> t.isAnnualTopCoded(value)).orElse(false);
            return capped ? m.get("wages.topCoded", s) : s;
        }

        private String hourly(BigDecimal value, Optional<TopCoded> top) {
            String s = money(value, 2);
            boolean capped = top.map(t -> t.isHourlyTopCoded(value)).orElse(false);
            return capped ? m.get("wages.topCoded", s) : s;
        }

        private String money(BigDecimal value, int decimals) {
            NumberFormat nf = NumberFormat.getCurrencyInstance(locale);
            nf.setMinimumFractionDigits(decimals);
            nf.setMaximumFractionDigits(decimals);
            nf.setRoundingMode(RoundingMode.HALF_UP);
            return nf.format(value);
        }

        private String count(long value) {
            return NumberFormat.getIntegerInstance(locale).format(value);
        }

        private String oneDecimal(BigDecimal value) {
            NumberFormat nf = NumberFormat.getNumberInstance(locale);
            nf.setMinimumFractionDigits(1);
            nf.setMaximumFractionDigits(1);
            nf.setRoundingMode(RoundingMode.HALF_UP);
            return nf.format(value);
        }

        // ---- outlook ---------------------------------------------------------------------------------

        private static Optional<BigDecimal> percentChange(OptionalLong base, OptionalLong projected) {
            if (base.isEmpty() || projected.isEmpty() || base.getAsLong() == 0) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(projected.getAsLong() - base.getAsLong()).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(base.getAsLong()), 6, RoundingMode.HALF_UP));
        }

        private List<Block> outlook() {
            Optional<Outlook> ol = o.outlook();
            if (ol.isEmpty() || (ol.get().areas().isEmpty() && Text.items(ol.get().text()).isEmpty())) {
                return List.of();
            }
            Outlook outlook = ol.get();
            String base = Integer.toString(outlook.baseYear());
            String projected = Integer.toString(outlook.projectedYear());
            List<Block> out = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            if (!outlook.areas().isEmpty()) {
                for (String id : areaIds(outlook.areas().stream().map(AreaProjection::area).toList())) {
                    Optional<AreaProjection> found = outlook.area(id);
                    String name = areaName(id);
                    String inSentence = sentenceName(id);
                    if (found.isEmpty() || (found.get().baseEmployment().isEmpty()
                            && found.get().projectedEmployment().isEmpty() && found.get().annualOpenings().isEmpty())) {
                        out.add(new Paragraph(m.get("outlook.notAvailable", inSentence)));
                        continue;
                    }
                    AreaProjection a = found.get();
                    Optional<BigDecimal> pct = percentChange(a.baseEmployment(), a.projectedEmployment());
                    pct.ifPresent(p -> out.add(new Paragraph(growthSentence(inSentence, p, base, projected, a.allOccupations()))));
                    if (!summary) {
                        a.annualOpenings().ifPresent(n -> out.add(new Paragraph(m.get("outlook.openings", count(n)))));
                    }
                    OptionalLong change = a.change();
                    rows.add(List.of(name,
                            a.baseEmployment().isPresent() ? count(a.baseEmployment().getAsLong()) : m.get("wages.missing"),
                            a.projectedEmployment().isPresent() ? count(a.projectedEmployment().getAsLong()) : m.get("wages.missing"),
                            change.isPresent() ? count(change.getAsLong()) : m.get("wages.missing"),
                            pct.map(p -> m.get("outlook.percent", oneDecimal(p))).orElse(m.get("wages.missing")),
                            a.annualOpenings().isPresent() ? count(a.annualOpenings().getAsLong()) : m.get("wages.missing")));
                    a.aggregate().ifPresent(g -> notes.add(m.get("outlook.note.aggregate", inSentence, Text.line(g.title()), g.code())));
                }
            }
            if (!rows.isEmpty()) {
                List<String> tableNotes = new ArrayList<>(notes);
                tableNotes.add(m.get("outlook.note.source", Text.line(outlook.source())));
                out.add(new Table(m.get("outlook.caption", base, projected), List.of(
                        new Column(m.get("outlook.column.area"), false),
                        new Column(m.get("outlook.column.base", base), true),
                        new Column(m.get("outlook.column.projected", projected), true),
                        new Column(m.get("outlook.column.change"), true),
                        new Column(m.get("outlook.column.percent"), true),
                        new Column(m.get("outlook.column.openings"), true)), rows, true, tableNotes));
            }
            if (!summary) {
                out.addAll(paragraphs(outlook.text()));
            }
            return out;
        }

        private String growthSentence(String area, BigDecimal pct, String base, String projected,
                Optional<Totals> all) {
            BigDecimal shown = pct.setScale(1, RoundingMode.HALF_UP);
            String sentence;
            if (shown.signum() > 0) {
                sentence = m.get("outlook.sentence.grow", area, title, oneDecimal(shown), base, projected);
            } else if (shown.signum() < 0) {
                sentence = m.get("outlook.sentence.decline", area, title, oneDecimal(shown.abs()), base, projected);
            } else {
                sentence = m.get("outlook.sentence.flat", area, title, base, projected);
            }
            if (all.isPresent()) {
                Optional<BigDecimal> allPct = percentChange(OptionalLong.of(all.get().baseEmployment()),
                        OptionalLong.of(all.get().projectedEmployment()));
                if (allPct.isPresent()) {
                    BigDecimal diff = pct.subtract(allPct.get());
                    String key = diff.abs().compareTo(SAME_GROWTH_BAND) < 0 ? "outlook.compare.same"
                            : diff.signum() > 0 ? "outlook.compare.faster" : "outlook.compare.slower";
                    sentence = sentence + " " + m.get(key, oneDecimal(allPct.get()));
                }
            }
            return sentence;
        }

        // ---- education, finding work, related, sources ----------------------------------------------

        private List<Block> education() {
            List<Block> out = new ArrayList<>();
            o.typicalEducation().map(Text::line).filter(s -> !s.isEmpty())
                    .ifPresent(s -> out.add(new Paragraph(m.get("education.typical", s))));
            if (summary) {
                return out;
            }
            o.workExperience().map(Text::line).filter(s -> !s.isEmpty())
                    .ifPresent(s -> out.add(new Paragraph(m.get("education.experience", s))));
            o.onTheJobTraining().map(Text::line).filter(s -> !s.isEmpty())
                    .ifPresent(s -> out.add(new Paragraph(m.get("education.training", s))));
            o.jobZone().ifPresent(z -> out.add(new Paragraph(m.get("education.jobZone", Integer.toString(z), m.get("jobZone." + z)))));
            addTitled(out, "education.heading.training", o.education());
            addTitled(out, "education.heading.licensing", o.licensing());
            addTitled(out, "education.heading.certification", o.certification());
            return out;
        }

        private void addTitled(List<Block> out, String headingKey, List<String> texts) {
            List<Block> paragraphs = paragraphs(texts);
            if (!paragraphs.isEmpty()) {
                out.add(new Subheading(m.get(headingKey)));
                out.addAll(paragraphs);
            }
        }

        private List<Block> findingWork() {
            List<Block> out = paragraphs(o.findingWork());
            List<List<String>> rows = new ArrayList<>();
            for (Industry i : o.industries()) {
                String name = Text.line(i.name());
                if (!name.isEmpty()) {
                    rows.add(List.of(name, i.percent().map(p -> m.get("findingWork.industries.percent",
                            oneDecimal(p))).orElse(m.get("wages.missing"))));
                }
            }
            if (!rows.isEmpty()) {
                out.add(new Subheading(m.get("findingWork.heading.industries")));
                out.add(new Table(m.get("findingWork.industries.caption", title), List.of(
                        new Column(m.get("findingWork.industries.column.industry"), false),
                        new Column(m.get("findingWork.industries.column.percent"), true)), rows, true, List.of()));
            }
            List<String> headings = Text.items(o.employerHeadings());
            if (!headings.isEmpty()) {
                out.add(new Subheading(m.get("findingWork.heading.employers")));
                out.add(new Paragraph(m.get("findingWork.employers.intro")));
                out.add(new BulletList(headings.stream().map(ListItem::of).toList()));
            }
            return out;
        }

        private List<Block> related() {
            List<ListItem> items = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (OccupationRef r : o.related()) {
                String t = Text.line(r.title());
                if (!t.isEmpty() && seen.add(r.code())) {
                    items.add(ListItem.of(m.get("related.item", t, Text.line(r.code()))));
                }
                if (summary && items.size() == SUMMARY_RELATED) {
                    break;
                }
            }
            if (items.isEmpty()) {
                return List.of();
            }
            return List.of(new Paragraph(m.get("related.intro")), new BulletList(items));
        }

        private List<Block> sources(@Nullable String agency) {
            List<LinkItem> items = new ArrayList<>();
            for (Link l : o.sources()) {
                String text = Text.line(l.title());
                String url = Text.line(l.url());
                if (!text.isEmpty() && !url.isEmpty()) {
                    items.add(new LinkItem(text, url, safeHref(url)));
                }
            }
            if (items.isEmpty()) {
                return List.of();
            }
            return List.of(new LinkList(items), new Notice(agency != null ? m.get("sources.disclaimer", agency)
                    : m.get("sources.disclaimer.noAgency")));
        }

        private List<Block> about(@Nullable String agency) {
            List<Block> out = new ArrayList<>();
            for (DataSource d : o.dataSources()) {
                String name = Text.line(d.name());
                String publisher = Text.line(d.publisher());
                Optional<String> license = d.license().map(Text::line).filter(s -> !s.isEmpty());
                out.add(new Paragraph(license.isPresent() ? m.get("about.attribution", name, publisher, license.get())
                        : m.get("about.source", name, publisher)));
                for (String notice : Text.items(d.notices())) {
                    out.add(new Paragraph(notice));
                }
            }
            out.add(new Notice(agency != null ? m.get("about.disclaimer", agency) : m.get("about.disclaimer.noAgency")));
            return out;
        }
    }

    private static final java.util.regex.Pattern URL_PARTS =
            java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?");

    /**
     * The address as a link target, only for http, https and mailto addresses; others print as text.
     * Characters not allowed in a URI (spaces, angle brackets, non-ASCII) are percent-encoded.
     */
    static Optional<String> safeHref(String url) {
        java.util.regex.Matcher mt = URL_PARTS.matcher(url.trim());
        if (!mt.matches()) {
            return Optional.empty();
        }
        String scheme = mt.group(1).toLowerCase(Locale.ROOT);
        try {
            if (scheme.equals("http") || scheme.equals("https")) {
                String host = mt.group(2);
                if (host == null || host.isEmpty() || host.contains("@")) {
                    return Optional.empty();
                }
                URI uri = new URI(scheme, host, mt.group(3), mt.group(4), mt.group(5));
                return Optional.of(uri.toASCIIString());
            }
            if (scheme.equals("mailto") && mt.group(2) == null && mt.group(3).contains("@")) {
                URI uri = new URI(scheme, mt.group(3) + (mt.group(4) == null ? "" : "?" + mt.group(4)), null);
                return Optional.of(uri.toASCIIString());
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
