package org.occuprint.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.occuprint.model.Area;
import org.occuprint.model.AreaKind;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.DataSource;
import org.occuprint.model.Industry;
import org.occuprint.model.Interests;
import org.occuprint.model.KnownAreas;
import org.occuprint.model.Link;
import org.occuprint.model.Occupation;
import org.occuprint.model.OccupationRef;
import org.occuprint.model.Outlook;
import org.occuprint.model.Percentiles;
import org.occuprint.model.Period;
import org.occuprint.model.Skill;
import org.occuprint.model.Task;
import org.occuprint.model.WageVintage;
import org.occuprint.model.Wages;

/**
 * Builds one occupation's profile from the raw tables. Each field depends only on the occupation's own rows
 * and on reference tables (content model, DWA reference, the national OEWS and projections totals), so the
 * result for a code does not change when other codes' rows are left out.
 */
final class Assembler {
    static final int MAX_TASKS = 20;
    static final int MAX_ALSO_CALLED = 10;
    static final int MAX_SKILLS = 10;
    static final int MAX_TECHNOLOGY = 12;
    static final int MAX_TOOLS = 10;
    static final int MAX_RELATED = 10;
    static final int MAX_INDUSTRIES = 5;

    static final int WAGE_YEAR = 2024;
    static final String WAGE_SOURCE =
            "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), May 2024";
    static final String OUTLOOK_SOURCE = "U.S. Bureau of Labor Statistics, Employment Projections "
            + Projections.BASE_YEAR + "–" + Projections.PROJECTED_YEAR;

    static final DataSource ONET_SOURCE = new DataSource("O*NET 29.3 Database",
            "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
            Optional.of("https://www.onetcenter.org/database.html"), Optional.of("CC BY 4.0"),
            List.of("O*NET® is a trademark of USDOL/ETA.",
                    "USDOL/ETA has not approved, endorsed, or tested these modifications."));
    static final DataSource OEWS_SOURCE = new DataSource("Occupational Employment and Wage Statistics, May 2024",
            "U.S. Bureau of Labor Statistics", Optional.of("https://www.bls.gov/oes/"), Optional.empty(), List.of());
    static final DataSource EP_SOURCE = new DataSource("Employment Projections, " + Projections.BASE_YEAR + "–"
            + Projections.PROJECTED_YEAR, "U.S. Bureau of Labor Statistics", Optional.of("https://www.bls.gov/emp/"),
            Optional.empty(), List.of());

    static final String EDD_SOURCE = "California Employment Development Department, Labor Market Information"
            + " Division, Long-Term Occupational Employment Projections " + EddProjections.BASE_YEAR + "–"
            + EddProjections.PROJECTED_YEAR;
    static final String EDD_PUBLISHER = "California EDD";
    static final DataSource EDD_DATA_SOURCE = new DataSource("Long-Term Occupational Employment Projections, "
            + EddProjections.BASE_YEAR + "–" + EddProjections.PROJECTED_YEAR,
            "California Employment Development Department, Labor Market Information Division",
            Optional.of("https://labormarketinfo.edd.ca.gov/data/employment-projections.html"), Optional.empty(),
            List.of());
    /** EDD states no reference period for the wages it publishes with its projections: none is claimed. */
    static final WageVintage EDD_WAGES = new WageVintage(EDD_PUBLISHER, "median wage published with EDD’s "
            + EddProjections.BASE_YEAR + "–" + EddProjections.PROJECTED_YEAR + " projections", EDD_SOURCE);
    /** The nation's period, named on its row when state figures of another period stand beside it. */
    static final Period BLS_PERIOD = new Period(Projections.BASE_YEAR, Projections.PROJECTED_YEAR, "BLS",
            OUTLOOK_SOURCE, List.of());
    static final Period EDD_PERIOD = new Period(EddProjections.BASE_YEAR, EddProjections.PROJECTED_YEAR,
            EDD_PUBLISHER, EDD_SOURCE, List.of(
                    "EDD’s base year, 2020, was a pandemic year with unusually low employment, so growth measured"
                            + " from it runs high.",
                    "EDD publishes openings over the ten years; openings each year are that total divided by ten."));

    /**
     * Said when OEWS publishes no estimate for an occupation or its aggregate (45-3031 Fishing and Hunting
     * Workers, for one): the survey's scope, as BLS describes it.
     */
    static final String NO_WAGES = "The survey counts wage and salary workers in nonfarm industries; it does not"
            + " count the self-employed.";

    private static final Pattern ABBREVIATED = Pattern.compile("(.*\\S)\\s*\\(([^()]+)\\)");

    private final Onet onet;
    private final SkillMatcher matcher;
    private final Map<String, Oews.Estimate> national;
    private final Map<Area, Map<String, Oews.Estimate>> areas;
    private final Map<String, List<Oews.Sector>> sectors;
    private final Path sectorFile;
    private final Projections projections;
    private final @Nullable EddProjections edd;
    /** The EDD areas in the order a profile lists them: the state, then its areas by name. */
    private final List<Area> eddAreas;

    Assembler(Onet onet, SkillMatcher matcher, Map<String, Oews.Estimate> national,
            Map<Area, Map<String, Oews.Estimate>> areas, Map<String, List<Oews.Sector>> sectors, Path sectorFile,
            Projections projections, @Nullable EddProjections edd) {
        this.onet = onet;
        this.matcher = matcher;
        this.national = national;
        this.areas = areas;
        this.sectors = sectors;
        this.sectorFile = sectorFile;
        this.projections = projections;
        this.edd = edd;
        List<Area> order = new ArrayList<>();
        if (edd != null) {
            for (String id : edd.areas.keySet()) {
                order.add(KnownAreas.find(id).orElseThrow());
            }
            order.sort(Comparator.comparing((Area a) -> a.kind() != AreaKind.STATE).thenComparing(Area::name));
        }
        this.eddAreas = List.copyOf(order);
    }

    /** Figures found for a code: the code they were published for and whether that is a broader group. */
    private record Found<T>(String code, T value, boolean aggregate) {
    }

    Occupation build(String code) {
        Onet.OccupationRow row = onet.occupations.get(code);
        Occupation.Builder b = Occupation.builder(code, row.title())
                .alsoCalled(alsoCalled(code, row.title()))
                .summary(List.of(row.description()));
        Map<String, Onet.SkillRating> ratings = onet.skills.getOrDefault(code, Map.of());
        List<String> important = SkillMatcher.important(ratings);
        b.tasks(tasks(code, important, ratings));
        List<Skill> skills = new ArrayList<>();
        for (String id : important.subList(0, Math.min(MAX_SKILLS, important.size()))) {
            Onet.Element e = onet.elements.get(id);
            skills.add(new Skill(e.name(), Optional.of(e.description())));
        }
        b.skills(skills);
        b.technology(examples(onet.technology.getOrDefault(code, List.of()), MAX_TECHNOLOGY));
        b.tools(examples(onet.tools.getOrDefault(code, List.of()), MAX_TOOLS));
        List<String> interests = new ArrayList<>();
        for (int point : onet.interestHighPoints.getOrDefault(code, List.of())) {
            interests.add(Interests.TYPES.get(point - 1));
        }
        b.interests(new Interests(interests, List.of()));
        b.jobZone(onet.jobZones.get(code));
        b.related(related(code));

        List<DataSource> dataSources = new ArrayList<>(List.of(ONET_SOURCE));
        List<Link> links = new ArrayList<>(List.of(new Link("O*NET OnLine",
                "https://www.onetonline.org/link/summary/" + code)));
        Optional<Found<Oews.Estimate>> nation = find(code, national);
        List<AreaWage> wages = new ArrayList<>();
        List<AreaProjection> stateOutlook = new ArrayList<>();
        Set<String> surveyed = new HashSet<>();
        for (Area a : areas.keySet()) {
            surveyed.add(a.id());
        }
        for (Area a : eddAreas) {
            Optional<Found<EddProjections.Row>> found = findEdd(code, a.id());
            if (found.isEmpty()) {
                continue;
            }
            EddProjections.Row r = found.get().value();
            Optional<OccupationRef> aggregate = found.get().aggregate()
                    ? Optional.of(new OccupationRef(found.get().code(), eddTitle(found.get().code(), r.title())))
                    : Optional.empty();
            if (!surveyed.contains(a.id())) {
                // where BLS's survey covers the area (its percentiles, May 2024), its wages are shown instead
                wages.add(new AreaWage(a, r.hourlyMedian().map(m -> Percentiles.of(null, m, null)),
                        r.annualMedian().map(m -> Percentiles.of(null, m, null)), Optional.empty(),
                        OptionalLong.empty(), aggregate, Optional.of(EDD_WAGES)));
            }
            Optional<Long> openings = r.annualOpenings();
            stateOutlook.add(new AreaProjection(a, OptionalLong.of(r.base()), OptionalLong.of(r.projected()),
                    OptionalLong.of(r.change()), Optional.of(r.percent()),
                    openings.map(OptionalLong::of).orElse(OptionalLong.empty()), EddProjections.COUNT_UNIT, aggregate,
                    Optional.of(edd.totals.get(a.id())), Optional.of(EDD_PERIOD)));
        }
        for (Map.Entry<Area, Map<String, Oews.Estimate>> a : areas.entrySet()) {
            find(code, a.getValue()).flatMap(f -> wage(a.getKey(), f)).ifPresent(wages::add);
        }
        nation.flatMap(f -> wage(Area.unitedStates(), f)).ifPresent(wages::add);
        if (!wages.isEmpty()) {
            b.wages(new Wages(WAGE_YEAR, WAGE_SOURCE, wages));
        } else {
            b.wages(new Wages(WAGE_YEAR, WAGE_SOURCE, List.of(), List.of(NO_WAGES)));
        }
        if (nation.isPresent()) {
            String soc = nation.get().code();
            List<Industry> industries = industries(soc, nation.get().value().employment());
            b.industries(industries);
            if (!industries.isEmpty() && nation.get().aggregate()) {
                b.industriesGroup(new OccupationRef(soc, nation.get().value().title()));
            }
            links.add(new Link("BLS Occupational Employment and Wages, May 2024: " + nation.get().value().title(),
                    "https://www.bls.gov/oes/2024/may/oes" + soc.replace("-", "") + ".htm"));
        }
        dataSources.add(OEWS_SOURCE);
        Optional<Found<Projections.Row>> ep = find(code, projections.rows);
        if (ep.isPresent()) {
            Projections.Row p = ep.get().value();
            Optional<OccupationRef> aggregate = ep.get().aggregate()
                    ? Optional.of(new OccupationRef(ep.get().code(), blsTitle(ep.get().code(), p.title())))
                    : Optional.empty();
            List<AreaProjection> all = new ArrayList<>(stateOutlook);
            all.add(new AreaProjection(Area.unitedStates(), OptionalLong.of(p.base()),
                    OptionalLong.of(p.projected()), OptionalLong.of(p.change()), Optional.of(p.percent()),
                    OptionalLong.of(p.openings()), Projections.COUNT_UNIT, aggregate,
                    Optional.of(projections.totals), stateOutlook.isEmpty() ? Optional.empty() : Optional.of(BLS_PERIOD)));
            b.outlook(new Outlook(Projections.BASE_YEAR, Projections.PROJECTED_YEAR, OUTLOOK_SOURCE, all, List.of()));
            b.typicalEducation(p.education().orElse(null));
            b.workExperience(p.experience().orElse(null));
            b.onTheJobTraining(p.training().orElse(null));
            if (aggregate.isPresent() && (p.education().isPresent() || p.experience().isPresent()
                    || p.training().isPresent())) {
                b.preparationGroup(aggregate.get());
            }
            dataSources.add(EP_SOURCE);
        } else if (!stateOutlook.isEmpty()) {
            b.outlook(new Outlook(EddProjections.BASE_YEAR, EddProjections.PROJECTED_YEAR, EDD_SOURCE, stateOutlook,
                    List.of()));
        }
        if (!stateOutlook.isEmpty()) {
            dataSources.add(EDD_DATA_SOURCE);
        }
        b.sources(links);
        b.dataSources(dataSources);
        return b.build();
    }

    /**
     * The figures for an O*NET-SOC code in a table keyed by SOC code: the code's own SOC code, else an
     * aggregate BLS publishes instead. Figures for an O*NET occupation below the SOC level ({@code .01} ...)
     * are those of its SOC occupation, so they count as a broader group too.
     */
    private <T> Optional<Found<T>> find(String code, Map<String, T> table) {
        String soc = code.substring(0, 7);
        T own = table.get(soc);
        if (own != null) {
            return Optional.of(new Found<>(soc, own, !code.endsWith(".00")));
        }
        for (String candidate : SocAggregates.candidates(soc)) {
            T value = table.get(candidate);
            if (value != null && national.containsKey(candidate)) {
                return Optional.of(new Found<>(candidate, value, true));
            }
        }
        return Optional.empty();
    }

    /**
     * EDD's figures for an O*NET-SOC code in one area: its SOC code's detailed row, else an aggregate EDD
     * publishes instead (a named OEWS aggregation, then the broad group), only ever a detailed-level row.
     */
    private Optional<Found<EddProjections.Row>> findEdd(String code, String areaId) {
        Map<String, EddProjections.Row> table = edd == null ? Map.of() : edd.areas.getOrDefault(areaId, Map.of());
        String soc = code.substring(0, 7);
        EddProjections.Row own = table.get(soc);
        if (own != null && own.level() == 4) {
            return Optional.of(new Found<>(soc, own, !code.endsWith(".00")));
        }
        for (String candidate : SocAggregates.stateCandidates(soc)) {
            EddProjections.Row value = table.get(candidate);
            if (value != null && value.level() == 4) {
                return Optional.of(new Found<>(candidate, value, true));
            }
        }
        return Optional.empty();
    }

    /** The national OEWS title of an aggregate's code where BLS publishes it, else EDD's own. */
    private String eddTitle(String soc, String eddTitle) {
        Oews.Estimate e = national.get(soc);
        return e != null ? e.title() : eddTitle;
    }

    /** The national OEWS title of a SOC code (title case), else the given one. */
    private String blsTitle(String soc, String fallback) {
        Oews.Estimate e = national.get(soc);
        return e != null ? e.title() : fallback;
    }

    private Optional<AreaWage> wage(Area area, Found<Oews.Estimate> found) {
        Oews.Estimate e = found.value();
        if (e.hourly().isEmpty() && e.annual().isEmpty() && e.employment().isEmpty()) {
            return Optional.empty();
        }
        Optional<OccupationRef> aggregate = found.aggregate()
                ? Optional.of(new OccupationRef(found.code(), blsTitle(found.code(), e.title()))) : Optional.empty();
        return Optional.of(new AreaWage(area, e.hourly(), e.annual(),
                e.topCoded() ? Optional.of(Oews.TOP_CODED) : Optional.empty(), e.employment(), aggregate));
    }

    private List<Industry> industries(String soc, OptionalLong total) {
        List<Oews.Sector> rows = new ArrayList<>(sectors.getOrDefault(soc, List.of()));
        if (rows.isEmpty() || total.isEmpty() || total.getAsLong() <= 0) {
            return List.of();
        }
        rows.sort(Comparator.comparingLong(Oews.Sector::employment).reversed().thenComparing(Oews.Sector::naics));
        List<Industry> out = new ArrayList<>();
        for (Oews.Sector s : rows) {
            if (out.size() == MAX_INDUSTRIES) {
                break;
            }
            BigDecimal percent = Numbers.percent(s.employment(), total.getAsLong());
            if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new ImportException(sectorFile, 0, String.format(Locale.ROOT,
                        "sector %s employs %d of occupation %s, more than its national total %d", s.naics(),
                        s.employment(), soc, total.getAsLong()));
            }
            if (percent.signum() > 0) {
                out.add(new Industry(s.title(), Optional.of(percent)));
            }
        }
        return out;
    }

    // ---- O*NET lists ------------------------------------------------------------------------------------

    private List<Task> tasks(String code, List<String> important, Map<String, Onet.SkillRating> ratings) {
        List<Onet.TaskRow> rows = new ArrayList<>(onet.tasks.getOrDefault(code, List.of()));
        rows.sort(Comparator.comparingInt(t -> typeRank(t.type())));
        List<Task> out = new ArrayList<>();
        for (Onet.TaskRow t : rows.subList(0, Math.min(MAX_TASKS, rows.size()))) {
            List<Onet.Dwa> dwas = new ArrayList<>();
            for (String id : onet.taskDwas.getOrDefault(code + " " + t.id(), List.of())) {
                dwas.add(onet.dwas.get(id));
            }
            Optional<String> skill = matcher.match(t.text(), dwas, important, ratings)
                    .map(id -> onet.elements.get(id).name());
            out.add(new Task(t.text(), skill));
        }
        return out;
    }

    private static int typeRank(String type) {
        return switch (type) {
            case "Core" -> 0;
            case "Supplemental" -> 1;
            default -> 2;
        };
    }

    /**
     * Titles people use for the occupation: first the sample of titles reported by workers (those shown in My
     * Next Move first), then the alternate titles named by more sources first; file order within each; no
     * repeats of the title or of each other (ignoring case, punctuation and a plural s).
     */
    private List<String> alsoCalled(String code, String title) {
        List<String> candidates = new ArrayList<>();
        List<Onet.ReportedTitle> reported = onet.reportedTitles.getOrDefault(code, List.of());
        reported.stream().filter(Onet.ReportedTitle::shownInMyNextMove).forEach(r -> candidates.add(r.title()));
        reported.stream().filter(r -> !r.shownInMyNextMove()).forEach(r -> candidates.add(r.title()));
        List<Onet.AlternateTitle> alternates = new ArrayList<>(onet.alternateTitles.getOrDefault(code, List.of()));
        alternates.sort(Comparator.comparingInt(Onet.AlternateTitle::sources).reversed());
        alternates.forEach(a -> candidates.add(a.title()));
        Set<String> seen = new HashSet<>();
        seen.add(key(title));
        List<String> out = new ArrayList<>();
        for (String c : candidates) {
            String t = unabbreviated(c.strip());
            if (!t.isEmpty() && seen.add(key(t))) {
                out.add(t);
                if (out.size() == MAX_ALSO_CALLED) {
                    break;
                }
            }
        }
        return out;
    }

    /** "Medical Records Technician (Medical Records Tech)" → "Medical Records Technician"; acronyms stay. */
    static String unabbreviated(String title) {
        Matcher m = ABBREVIATED.matcher(title);
        if (!m.matches()) {
            return title;
        }
        String[] full = m.group(1).trim().split("\\s+");
        String[] shortened = m.group(2).trim().split("\\s+");
        if (full.length != shortened.length || m.group(1).trim().equalsIgnoreCase(m.group(2).trim())) {
            return title;
        }
        for (int i = 0; i < full.length; i++) {
            if (!full[i].toLowerCase(Locale.ROOT).startsWith(shortened[i].toLowerCase(Locale.ROOT))) {
                return title;
            }
        }
        return m.group(1).trim();
    }

    /** A comparison key: lower case, letters and digits only, each word without a final s. */
    static String key(String title) {
        StringBuilder sb = new StringBuilder();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() > 3 && w.endsWith("s")) {
                w = w.substring(0, w.length() - 1);
            }
            sb.append(w).append(' ');
        }
        return sb.toString().trim();
    }

    /**
     * Examples ranked: Hot Technology and In Demand first (both, then hot, then in demand, then the rest);
     * within that, one example per commodity class before a second one, classes with more examples first
     * (then by commodity code), examples in file order; repeats dropped.
     */
    private static List<String> examples(List<Onet.Example> rows, int max) {
        Map<String, Integer> size = new HashMap<>();
        for (Onet.Example e : rows) {
            size.merge(e.commodity(), 1, Integer::sum);
        }
        Map<String, Integer> seenInTier = new HashMap<>();
        List<long[]> ranks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Onet.Example e = rows.get(i);
            int tier = e.hot() && e.inDemand() ? 0 : e.hot() ? 1 : e.inDemand() ? 2 : 3;
            int round = seenInTier.merge(tier + " " + e.commodity(), 1, Integer::sum);
            ranks.add(new long[] {tier, round, -size.get(e.commodity()), i});
        }
        ranks.sort(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1])
                .thenComparingLong(r -> r[2])
                .thenComparing(r -> rows.get((int) r[3]).commodity())
                .thenComparingLong(r -> r[3]));
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (long[] r : ranks) {
            String name = rows.get((int) r[3]).name().strip();
            if (seen.add(name.toLowerCase(Locale.ROOT))) {
                out.add(name);
                if (out.size() == max) {
                    break;
                }
            }
        }
        return out;
    }

    private List<OccupationRef> related(String code) {
        List<Onet.Related> rows = new ArrayList<>(onet.related.getOrDefault(code, List.of()));
        rows.sort(Comparator.comparingInt(Onet.Related::index));
        Map<String, OccupationRef> out = new LinkedHashMap<>();
        for (Onet.Related r : rows) {
            if (out.size() == MAX_RELATED) {
                break;
            }
            if (!r.code().equals(code)) {
                out.putIfAbsent(r.code(), new OccupationRef(r.code(), r.title()));
            }
        }
        return List.copyOf(out.values());
    }
}
