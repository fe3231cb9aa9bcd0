package org.occuprint.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.occuprint.internal.Text;
import org.occuprint.io.JsonTree.Arr;
import org.occuprint.io.JsonTree.Field;
import org.occuprint.io.JsonTree.Node;
import org.occuprint.io.JsonTree.Null;
import org.occuprint.io.JsonTree.Num;
import org.occuprint.io.JsonTree.Obj;
import org.occuprint.io.JsonTree.Pos;
import org.occuprint.io.JsonTree.Str;
import org.occuprint.model.Area;
import org.occuprint.model.AreaKind;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.Period;
import org.occuprint.model.WageVintage;
import org.occuprint.model.DataSource;
import org.occuprint.model.Industry;
import org.occuprint.model.Interests;
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

/**
 * Binds a located JSON tree to an {@link Occupation}, collecting every problem with its path instead of
 * stopping at the first. Returns nothing when there is any problem, so no partial object escapes.
 */
final class ProfileBinder {
    static final int FORMAT_VERSION = 1;

    private static final Set<String> OCCUPATION_FIELDS = names("formatVersion", "code", "socCode", "title",
            "alsoCalled", "specialties", "summary", "tasks", "skills", "tools", "technology", "workingConditions",
            "interests", "wages", "benefits", "outlook", "typicalEducation", "workExperience", "onTheJobTraining",
            "preparationGroup", "jobZone", "education", "licensing", "certification", "advancement", "findingWork",
            "industries", "industriesGroup", "employerHeadings", "related", "sources", "dataSources");

    private final List<ProfileProblem> problems = new ArrayList<>();

    List<ProfileProblem> problems() {
        return problems;
    }

    /** The problems in document order (by line, then column); problems without a position first. */
    List<ProfileProblem> sortedProblems() {
        List<ProfileProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(ProfileProblem::line).thenComparingInt(ProfileProblem::column));
        return sorted;
    }

    private static Set<String> names(String... names) {
        return new LinkedHashSet<>(Arrays.asList(names));
    }

    /** The occupation, or {@code null} when any problem was found. */
    @Nullable Occupation bind(Node root) {
        Obj o = object(root, "");
        if (o == null) {
            return null;
        }
        allowOnly(o, "", OCCUPATION_FIELDS);
        Integer version = integer(o, "", "formatVersion", true, 1, Integer.MAX_VALUE);
        if (version != null && version != FORMAT_VERSION) {
            problem("formatVersion", pos(o, "formatVersion"), "unsupported format version " + version
                    + " (this Occuprint reads version " + FORMAT_VERSION + ")");
        }
        String code = text(o, "", "code", true);
        if (code != null && !Occupation.CODE_PATTERN.matcher(code).matches()) {
            problem("code", pos(o, "code"), "'" + code + "' is not an O*NET-SOC code (NN-NNNN.NN)");
            code = null;
        }
        String soc = text(o, "", "socCode", false);
        if (soc != null && !Occupation.SOC_PATTERN.matcher(soc).matches()) {
            problem("socCode", pos(o, "socCode"), "'" + soc + "' is not a SOC code (NN-NNNN)");
        } else if (soc != null && code != null && !code.startsWith(soc)) {
            problem("socCode", pos(o, "socCode"), "'" + soc + "' does not match the code '" + code + "'");
        }
        String title = text(o, "", "title", true);
        Occupation.Builder b = Occupation.builder(code == null ? "00-0000.00" : code, title == null ? "?" : title)
                .socCode(soc)
                .alsoCalled(texts(o, "", "alsoCalled"))
                .specialties(texts(o, "", "specialties"))
                .summary(texts(o, "", "summary"))
                .tasks(objects(o, "", "tasks", this::task))
                .skills(objects(o, "", "skills", this::skill))
                .tools(texts(o, "", "tools"))
                .technology(texts(o, "", "technology"))
                .workingConditions(texts(o, "", "workingConditions"))
                .benefits(texts(o, "", "benefits"))
                .typicalEducation(text(o, "", "typicalEducation", false))
                .workExperience(text(o, "", "workExperience", false))
                .onTheJobTraining(text(o, "", "onTheJobTraining", false))
                .preparationGroup(optional(o, "", "preparationGroup", this::ref))
                .jobZone(integer(o, "", "jobZone", false, 1, 5))
                .education(texts(o, "", "education"))
                .licensing(texts(o, "", "licensing"))
                .certification(texts(o, "", "certification"))
                .advancement(texts(o, "", "advancement"))
                .findingWork(texts(o, "", "findingWork"))
                .industries(objects(o, "", "industries", this::industry))
                .industriesGroup(optional(o, "", "industriesGroup", this::ref))
                .employerHeadings(texts(o, "", "employerHeadings"))
                .related(objects(o, "", "related", this::ref))
                .sources(objects(o, "", "sources", this::link))
                .dataSources(objects(o, "", "dataSources", this::dataSource));
        Obj interests = optionalObject(o, "", "interests");
        if (interests != null) {
            Interests i = interests(interests, "interests");
            if (i != null) {
                b.interests(i);
            }
        }
        Obj wages = optionalObject(o, "", "wages");
        if (wages != null) {
            b.wages(wages(wages, "wages"));
        }
        Obj outlook = optionalObject(o, "", "outlook");
        if (outlook != null) {
            b.outlook(outlook(outlook, "outlook"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return make("", o.pos(), b::build);
    }

    private @Nullable Task task(Obj o, String path) {
        allowOnly(o, path, names("task", "skill"));
        String task = text(o, path, "task", true);
        String skill = text(o, path, "skill", false);
        return task == null ? null : make(path, o.pos(), () -> new Task(task, Optional.ofNullable(skill)));
    }

    private @Nullable Skill skill(Obj o, String path) {
        allowOnly(o, path, names("name", "description"));
        String name = text(o, path, "name", true);
        String description = text(o, path, "description", false);
        return name == null ? null : make(path, o.pos(), () -> new Skill(name, Optional.ofNullable(description)));
    }

    private @Nullable Interests interests(Obj o, String path) {
        allowOnly(o, path, names("codes", "text"));
        List<String> codes = texts(o, path, "codes");
        Arr arr = field(o, "codes") instanceof Arr a ? a : null;
        Set<String> seen = new LinkedHashSet<>();
        int before = problems.size();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Pos p = arr != null && i < arr.items().size() ? arr.items().get(i).pos() : o.pos();
            if (!Interests.TYPES.contains(code)) {
                problem(index(join(path, "codes"), i), p, "'" + code + "' is not an interest type (one of "
                        + String.join(", ", Interests.TYPES) + ")");
            } else if (!seen.add(code)) {
                problem(index(join(path, "codes"), i), p, "'" + code + "' is listed twice");
            }
        }
        List<String> text = texts(o, path, "text");
        if (problems.size() > before) {
            return null;
        }
        return make(path, o.pos(), () -> new Interests(codes, text));
    }

    private @Nullable Wages wages(Obj o, String path) {
        allowOnly(o, path, names("year", "source", "areas", "text"));
        Integer year = integer(o, path, "year", true, 1900, 2200);
        String source = text(o, path, "source", true);
        List<AreaWage> areas = objects(o, path, "areas", this::areaWage);
        checkUniqueAreas(o, path, areas.stream().map(a -> a.area().id()).toList());
        List<String> text = texts(o, path, "text");
        if (year == null || source == null) {
            return null;
        }
        return make(path, o.pos(), () -> new Wages(year, source, areas, text));
    }

    private @Nullable AreaWage areaWage(Obj o, String path) {
        allowOnly(o, path, names("area", "hourly", "annual", "topCoded", "employment", "aggregate", "vintage"));
        Area area = requiredObject(o, path, "area", this::area);
        Percentiles hourly = optional(o, path, "hourly", this::percentiles);
        Percentiles annual = optional(o, path, "annual", this::percentiles);
        TopCoded topCoded = optional(o, path, "topCoded", this::topCoded);
        Long employment = whole(o, path, "employment", false);
        OccupationRef aggregate = optional(o, path, "aggregate", this::ref);
        WageVintage vintage = optional(o, path, "vintage", this::wageVintage);
        if (area == null) {
            return null;
        }
        return make(path, o.pos(), () -> new AreaWage(area, Optional.ofNullable(hourly), Optional.ofNullable(annual),
                Optional.ofNullable(topCoded), optionalLong(employment), Optional.ofNullable(aggregate),
                Optional.ofNullable(vintage)));
    }

    private @Nullable WageVintage wageVintage(Obj o, String path) {
        allowOnly(o, path, names("publisher", "period", "source"));
        String publisher = text(o, path, "publisher", true);
        String period = text(o, path, "period", true);
        String source = text(o, path, "source", true);
        if (publisher == null || period == null || source == null) {
            return null;
        }
        return make(path, o.pos(), () -> new WageVintage(publisher, period, source));
    }

    private @Nullable Period period(Obj o, String path) {
        allowOnly(o, path, names("baseYear", "projectedYear", "publisher", "source", "notes"));
        Integer base = integer(o, path, "baseYear", true, 1900, 2200);
        Integer projected = integer(o, path, "projectedYear", true, 1900, 2200);
        if (base != null && projected != null && projected <= base) {
            problem(join(path, "projectedYear"), pos(o, "projectedYear"),
                    projected + " must come after the base year " + base);
            return null;
        }
        String publisher = text(o, path, "publisher", true);
        String source = text(o, path, "source", true);
        List<String> notes = texts(o, path, "notes");
        if (base == null || projected == null || publisher == null || source == null) {
            return null;
        }
        return make(path, o.pos(), () -> new Period(base, projected, publisher, source, notes));
    }

    private @Nullable Percentiles percentiles(Obj o, String path) {
        allowOnly(o, path, names("p25", "median", "p75"));
        BigDecimal p25 = decimal(o, path, "p25", null);
        BigDecimal median = decimal(o, path, "median", null);
        BigDecimal p75 = decimal(o, path, "p75", null);
        return make(path, o.pos(), () -> Percentiles.of(p25, median, p75));
    }

    private @Nullable TopCoded topCoded(Obj o, String path) {
        allowOnly(o, path, names("annual", "hourly"));
        BigDecimal annual = decimal(o, path, "annual", null);
        BigDecimal hourly = decimal(o, path, "hourly", null);
        if (annual == null && hourly == null) {
            problem(path, o.pos(), "needs 'annual' or 'hourly'");
            return null;
        }
        return make(path, o.pos(), () -> new TopCoded(Optional.ofNullable(annual), Optional.ofNullable(hourly)));
    }

    private @Nullable Outlook outlook(Obj o, String path) {
        allowOnly(o, path, names("baseYear", "projectedYear", "source", "areas", "text"));
        Integer base = integer(o, path, "baseYear", true, 1900, 2200);
        Integer projected = integer(o, path, "projectedYear", true, 1900, 2200);
        if (base != null && projected != null && projected <= base) {
            problem(join(path, "projectedYear"), pos(o, "projectedYear"),
                    projected + " must come after the base year " + base);
        }
        String source = text(o, path, "source", true);
        List<AreaProjection> areas = objects(o, path, "areas", this::areaProjection);
        checkUniqueAreas(o, path, areas.stream().map(a -> a.area().id()).toList());
        List<String> text = texts(o, path, "text");
        if (base == null || projected == null || source == null) {
            return null;
        }
        return make(path, o.pos(), () -> new Outlook(base, projected, source, areas, text));
    }

    private @Nullable AreaProjection areaProjection(Obj o, String path) {
        allowOnly(o, path, names("area", "baseEmployment", "projectedEmployment", "employmentChange", "percentChange",
                "annualOpenings", "countUnit", "aggregate", "allOccupations", "period"));
        Area area = requiredObject(o, path, "area", this::area);
        Long base = whole(o, path, "baseEmployment", false);
        Long projected = whole(o, path, "projectedEmployment", false);
        Long change = signedWhole(o, path, "employmentChange");
        BigDecimal percent = percentChange(o, path, "percentChange");
        Long openings = whole(o, path, "annualOpenings", false);
        Integer unit = integer(o, path, "countUnit", false, 1, 1_000_000);
        OccupationRef aggregate = optional(o, path, "aggregate", this::ref);
        Totals totals = optional(o, path, "allOccupations", this::totals);
        Period period = optional(o, path, "period", this::period);
        if (area == null) {
            return null;
        }
        return make(path, o.pos(), () -> new AreaProjection(area, optionalLong(base), optionalLong(projected),
                optionalLong(change), Optional.ofNullable(percent), optionalLong(openings), unit == null ? 1 : unit,
                Optional.ofNullable(aggregate), Optional.ofNullable(totals), Optional.ofNullable(period)));
    }

    private @Nullable Totals totals(Obj o, String path) {
        allowOnly(o, path, names("baseEmployment", "projectedEmployment", "percentChange"));
        Long base = whole(o, path, "baseEmployment", true);
        Long projected = whole(o, path, "projectedEmployment", true);
        BigDecimal percent = percentChange(o, path, "percentChange");
        if (base == null || projected == null) {
            return null;
        }
        return make(path, o.pos(), () -> new Totals(base, projected, Optional.ofNullable(percent)));
    }

    private @Nullable Area area(Obj o, String path) {
        allowOnly(o, path, names("id", "name", "kind"));
        String id = text(o, path, "id", true);
        if (id != null && !Area.ID_PATTERN.matcher(id).matches()) {
            problem(join(path, "id"), pos(o, "id"),
                    "'" + id + "' is not an area id (US, ST-NN, CBSA-NNNNN, CO-NNNNN or RG-NAME)");
            id = null;
        }
        String name = text(o, path, "name", true);
        String kindText = text(o, path, "kind", true);
        AreaKind kind = null;
        if (kindText != null) {
            try {
                kind = AreaKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                problem(join(path, "kind"), pos(o, "kind"), "'" + kindText + "' is not an area kind (one of "
                        + Arrays.toString(AreaKind.values()).replaceAll("[\\[\\]]", "") + ")");
            }
        }
        if (id == null || name == null || kind == null) {
            return null;
        }
        String i = id;
        AreaKind k = kind;
        return make(path, o.pos(), () -> new Area(i, name, k));
    }

    private @Nullable Industry industry(Obj o, String path) {
        allowOnly(o, path, names("name", "percent"));
        String name = text(o, path, "name", true);
        BigDecimal percent = decimal(o, path, "percent", BigDecimal.valueOf(100));
        return name == null ? null : make(path, o.pos(), () -> new Industry(name, Optional.ofNullable(percent)));
    }

    private @Nullable OccupationRef ref(Obj o, String path) {
        allowOnly(o, path, names("code", "title"));
        String code = text(o, path, "code", true);
        String title = text(o, path, "title", true);
        return code == null || title == null ? null : make(path, o.pos(), () -> new OccupationRef(code, title));
    }

    private @Nullable Link link(Obj o, String path) {
        allowOnly(o, path, names("title", "url"));
        String title = text(o, path, "title", true);
        String url = text(o, path, "url", true);
        return title == null || url == null ? null : make(path, o.pos(), () -> new Link(title, url));
    }

    private @Nullable DataSource dataSource(Obj o, String path) {
        allowOnly(o, path, names("name", "publisher", "url", "license", "notices"));
        String name = text(o, path, "name", true);
        String publisher = text(o, path, "publisher", true);
        String url = text(o, path, "url", false);
        String license = text(o, path, "license", false);
        List<String> notices = texts(o, path, "notices");
        if (name == null || publisher == null) {
            return null;
        }
        return make(path, o.pos(), () -> new DataSource(name, publisher, Optional.ofNullable(url),
                Optional.ofNullable(license), notices));
    }

    // ---- generic helpers ------------------------------------------------------------------------------

    private void checkUniqueAreas(Obj o, String path, List<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                problem(join(path, "areas"), pos(o, "areas"), "the area '" + id + "' is listed twice");
            }
        }
    }

    private static OptionalLong optionalLong(@Nullable Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private <T> @Nullable T make(String path, Pos pos, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problem(path, pos, e.getMessage() == null ? "invalid" : e.getMessage());
            return null;
        }
    }

    private void problem(String path, Pos pos, String message) {
        problems.add(new ProfileProblem(path, message, pos.line(), pos.column()));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    private static Pos pos(Obj o, String name) {
        Field f = o.fields().get(name);
        return f == null ? o.pos() : f.value().pos();
    }

    private @Nullable Obj object(Node n, String path) {
        if (n instanceof Obj o) {
            return o;
        }
        problem(path, n.pos(), "expected an object, found " + n.describe());
        return null;
    }

    private void allowOnly(Obj o, String path, Set<String> allowed) {
        for (Field f : o.fields().values()) {
            if (!allowed.contains(f.name())) {
                problem(join(path, f.name()), f.pos(), "unknown field (allowed here: " + String.join(", ", allowed) + ")");
            }
        }
        for (Field f : o.duplicates()) {
            problem(join(path, f.name()), f.pos(), "field given twice");
        }
    }

    /** The field's value, or null when absent or JSON null (absent and null mean the same). */
    private static @Nullable Node field(Obj o, String name) {
        Field f = o.fields().get(name);
        return f == null || f.value() instanceof Null ? null : f.value();
    }

    private @Nullable String text(Obj o, String path, String name, boolean required) {
        Node n = field(o, name);
        String p = join(path, name);
        if (n == null) {
            if (required) {
                problem(p, o.pos(), "required");
            }
            return null;
        }
        if (!(n instanceof Str s)) {
            problem(p, n.pos(), "expected text, found " + n.describe());
            return null;
        }
        if (s.value().isBlank()) {
            problem(p, n.pos(), "must not be blank");
            return null;
        }
        if (s.value().length() <= ProfileJson.MAX_TEXT && Text.line(s.value()).isEmpty()) {
            problem(p, n.pos(), "has no printable characters");
            return null;
        }
        if (s.value().length() > ProfileJson.MAX_TEXT) {
            problem(p, n.pos(), tooLong(s.value()));
            return null;
        }
        return s.value();
    }

    private static String tooLong(String value) {
        return String.format(Locale.ROOT, "is %,d characters long; a text may have at most %,d", value.length(),
                ProfileJson.MAX_TEXT);
    }

    /** False (with a problem) when the list is longer than the limit. */
    private boolean withinItems(Arr a, String path) {
        if (a.items().size() > ProfileJson.MAX_ITEMS) {
            problem(path, a.pos(), String.format(Locale.ROOT, "has %,d items; a list may have at most %,d",
                    a.items().size(), ProfileJson.MAX_ITEMS));
            return false;
        }
        return true;
    }

    private List<String> texts(Obj o, String path, String name) {
        Node n = field(o, name);
        String p = join(path, name);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof Arr a)) {
            problem(p, n.pos(), "expected a list of text, found " + n.describe());
            return List.of();
        }
        if (!withinItems(a, p)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            Node item = a.items().get(i);
            if (!(item instanceof Str s)) {
                problem(index(p, i), item.pos(), "expected text, found " + item.describe());
            } else if (s.value().isBlank()) {
                problem(index(p, i), item.pos(), "must not be blank");
            } else if (s.value().length() > ProfileJson.MAX_TEXT) {
                problem(index(p, i), item.pos(), tooLong(s.value()));
            } else {
                out.add(s.value());
            }
        }
        return out;
    }

    private <T> List<T> objects(Obj o, String path, String name, BiFunction<Obj, String, @Nullable T> binder) {
        Node n = field(o, name);
        String p = join(path, name);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof Arr a)) {
            problem(p, n.pos(), "expected a list, found " + n.describe());
            return List.of();
        }
        if (!withinItems(a, p)) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            Obj item = object(a.items().get(i), index(p, i));
            if (item != null) {
                T value = binder.apply(item, index(p, i));
                if (value != null) {
                    out.add(value);
                }
            }
        }
        return out;
    }

    private @Nullable Obj optionalObject(Obj o, String path, String name) {
        Node n = field(o, name);
        return n == null ? null : object(n, join(path, name));
    }

    private <T> @Nullable T optional(Obj o, String path, String name, BiFunction<Obj, String, @Nullable T> binder) {
        Obj obj = optionalObject(o, path, name);
        return obj == null ? null : binder.apply(obj, join(path, name));
    }

    private <T> @Nullable T requiredObject(Obj o, String path, String name, BiFunction<Obj, String, @Nullable T> binder) {
        if (field(o, name) == null) {
            problem(join(path, name), o.pos(), "required");
            return null;
        }
        return optional(o, path, name, binder);
    }

    private @Nullable BigDecimal decimal(Obj o, String path, String name, @Nullable BigDecimal max) {
        Node n = field(o, name);
        String p = join(path, name);
        if (n == null) {
            return null;
        }
        if (!(n instanceof Num num)) {
            problem(p, n.pos(), "expected a number, found " + n.describe());
            return null;
        }
        BigDecimal v = num.value();
        if (v.signum() < 0) {
            problem(p, n.pos(), v.toPlainString() + " must not be negative");
            return null;
        }
        if (max != null && v.compareTo(max) > 0) {
            problem(p, n.pos(), v.toPlainString() + " must not be more than " + max.toPlainString());
            return null;
        }
        return v;
    }

    /** A whole number that may be negative (a change). */
    private @Nullable Long signedWhole(Obj o, String path, String name) {
        Node n = field(o, name);
        if (n == null) {
            return null;
        }
        if (n instanceof Num num) {
            try {
                return num.value().longValueExact();
            } catch (ArithmeticException e) {
                problem(join(path, name), n.pos(), "expected a whole number, found " + num.value().toPlainString());
                return null;
            }
        }
        problem(join(path, name), n.pos(), "expected a whole number, found " + n.describe());
        return null;
    }

    /** A percent change: any number from -100 up. */
    private @Nullable BigDecimal percentChange(Obj o, String path, String name) {
        Node n = field(o, name);
        if (n == null) {
            return null;
        }
        if (!(n instanceof Num num)) {
            problem(join(path, name), n.pos(), "expected a number, found " + n.describe());
            return null;
        }
        if (num.value().compareTo(BigDecimal.valueOf(-100)) < 0) {
            problem(join(path, name), n.pos(), num.value().toPlainString() + " must not be below -100");
            return null;
        }
        return num.value();
    }

    private @Nullable Long whole(Obj o, String path, String name, boolean required) {
        Node n = field(o, name);
        String p = join(path, name);
        if (n == null) {
            if (required) {
                problem(p, o.pos(), "required");
            }
            return null;
        }
        if (!(n instanceof Num num)) {
            problem(p, n.pos(), "expected a whole number, found " + n.describe());
            return null;
        }
        try {
            long v = num.value().longValueExact();
            if (v < 0) {
                problem(p, n.pos(), v + " must not be negative");
                return null;
            }
            return v;
        } catch (ArithmeticException e) {
            problem(p, n.pos(), "expected a whole number, found " + num.value().toPlainString());
            return null;
        }
    }

    private @Nullable Integer integer(Obj o, String path, String name, boolean required, int min, int max) {
        Node n = field(o, name);
        String p = join(path, name);
        if (n == null) {
            if (required) {
                problem(p, o.pos(), "required");
            }
            return null;
        }
        if (!(n instanceof Num num)) {
            problem(p, n.pos(), "expected a whole number, found " + n.describe());
            return null;
        }
        try {
            int v = num.value().intValueExact();
            if (v < min || v > max) {
                problem(p, n.pos(), String.format(Locale.ROOT, "%d is out of range (%d to %d)", v, min, max));
                return null;
            }
            return v;
        } catch (ArithmeticException e) {
            problem(p, n.pos(), "expected a whole number, found " + num.value().toPlainString());
            return null;
        }
    }
}
