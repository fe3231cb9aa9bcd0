package org.occuprint.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.occuprint.error.OccuprintException;
import org.occuprint.internal.Checks;
import org.occuprint.io.ProfileJson;
import org.occuprint.model.Area;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.KnownAreas;
import org.occuprint.model.Occupation;
import org.occuprint.options.InvalidOptionException;

/**
 * What an application asks of its occupations, with the answers a person can act on: a profile by code or
 * from a file, a list of codes checked against the data, area ids checked against the areas the data has.
 * Every refusal is an {@link OccuprintException} whose message names the code, file or area.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.embedded();
 * Occupation nurse = catalog.require("29-1141.00");
 * Occupation own = catalog.resolve("my-profile.json");          // a code, or a profile JSON file
 * catalog.checkAreas(List.of("CBSA-40140", "US"), nurse);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Catalog {
    private static final String DEFAULTS = "dataset.properties";

    private final DataSet data;
    private final @Nullable String agency;
    private final List<String> areas;

    private Catalog(DataSet data, @Nullable String agency, List<String> areas) {
        this.data = Checks.notNull(data, "data");
        this.agency = agency;
        this.areas = List.copyOf(areas);
    }

    /**
     * The embedded data set, with its publishing agency (EDD) as the default agency and its default areas
     * (California, Riverside–San Bernardino–Ontario and the nation).
     */
    public static Catalog embedded() {
        return new Catalog(DataSet.embedded(), embeddedAgency(), embeddedAreas());
    }

    /** A catalog of this data set with no default agency and no default areas. */
    public static Catalog of(DataSet data) {
        return new Catalog(data, null, List.of());
    }

    /** This catalog with another default agency ({@code null} for none). */
    public Catalog withAgency(@Nullable String agency) {
        return new Catalog(data, agency == null || agency.isBlank() ? null : agency, areas);
    }

    /**
     * This catalog with other default areas: the areas a handout shows, in this order, when its options name
     * none. Empty for every area a profile has, in its order.
     *
     * @since 0.3
     */
    public Catalog withAreas(List<String> ids) {
        return new Catalog(data, agency, Checks.copy(ids, "ids"));
    }

    /**
     * The areas a handout shows when its options name none; empty when it shows every area its profile has.
     *
     * @since 0.3
     */
    public List<String> defaultAreas() {
        return areas;
    }

    /**
     * The default areas of the embedded data set ({@code areas} in its {@code dataset.properties}): the state,
     * one local area and the nation, as the state's own guide shows them.
     *
     * @since 0.3
     */
    public static List<String> embeddedAreas() {
        String list = defaults().getProperty("areas", "");
        return list.isBlank() ? List.of() : List.of(list.trim().split("\\s*,\\s*"));
    }

    /** The agency the embedded data set is published for: the handouts' default agency. */
    public static String embeddedAgency() {
        return defaults().getProperty("agency");
    }

    private static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = Catalog.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("Resource org/occuprint/data/" + DEFAULTS + " is missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The data set. */
    public DataSet data() {
        return data;
    }

    /** The agency named when the options give none. */
    public Optional<String> agency() {
        return Optional.ofNullable(agency);
    }

    /**
     * The occupation with this code.
     *
     * @throws OccuprintException if the code is not of the form NN-NNNN.NN or not in the data set
     */
    public Occupation require(String code) {
        Checks.notNull(code, "code");
        if (!Occupation.CODE_PATTERN.matcher(code).matches()) {
            throw new OccuprintException("'" + code + "' is not an occupation code like 29-2072.00", code, null, null, null);
        }
        return data.find(code).orElseThrow(() -> new OccuprintException("Unknown occupation code '" + code
                + "': it is not in the data set " + data.source(), code, null, null, null));
    }

    /**
     * A profile named the way a person names it: a file ending in {@code .json} (or any existing file) is
     * read as profile JSON, anything else is an occupation code.
     *
     * @throws OccuprintException if the file is missing or the code unknown; a
     *                            {@link org.occuprint.io.ProfileFormatException} if the file is not a valid profile
     */
    public Occupation resolve(String codeOrFile) {
        Checks.notNull(codeOrFile, "codeOrFile");
        Path file = Path.of(codeOrFile);
        if (codeOrFile.endsWith(".json") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw new OccuprintException("Cannot read the profile " + codeOrFile + ": no such file", null);
            }
            return ProfileJson.read(file);
        }
        if (!Occupation.CODE_PATTERN.matcher(codeOrFile).matches()) {
            throw new OccuprintException("'" + codeOrFile + "' is neither an occupation code like 29-2072.00 nor a .json file",
                    null);
        }
        return require(codeOrFile);
    }

    /**
     * The summaries of these codes, in the data set's order.
     *
     * @throws OccuprintException naming the codes (the first ten) that are not in the data set
     */
    public List<OccupationSummary> select(Collection<String> codes) {
        Set<String> wanted = new LinkedHashSet<>(Checks.copy(codes, "codes"));
        List<String> unknown = wanted.stream().filter(c -> !data.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new OccuprintException("Unknown occupation code" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown.subList(0, Math.min(10, unknown.size())))
                    + (unknown.size() > 10 ? " …" : ""), unknown.get(0), null, null, null);
        }
        return data.summaries().stream().filter(s -> wanted.contains(s.code())).toList();
    }

    /**
     * Checks that every area id is one the data set has, one the profile itself has, or a known area.
     *
     * @param profile the profile to be printed, whose own areas count too; {@code null} when checking for a
     *                whole guide
     * @throws InvalidOptionException naming the first unknown id and the areas the data has
     */
    public void checkAreas(List<String> ids, @Nullable Occupation profile) {
        Set<String> own = profile == null ? Set.of() : profile.areaIds();
        List<String> doubtful = ids.stream().filter(id -> !own.contains(id) && KnownAreas.find(id).isEmpty()).toList();
        if (doubtful.isEmpty()) {
            // the usual case, and the data set's area ids (a scan of every line, a quarter of a cold render) are
            // not needed
            return;
        }
        Set<String> known = new LinkedHashSet<>(data.areaIds());
        known.addAll(own);
        for (String id : doubtful) {
            if (!known.contains(id)) {
                List<String> near = KnownAreas.closest(id, known, 3).stream()
                        .map(c -> c + " (" + areaName(c, profile) + ")").toList();
                throw new InvalidOptionException("areas", "Unknown area '" + id + "'; the closest the data has: "
                        + String.join(", ", near) + " (occuprint areas lists them all)");
            }
        }
    }

    /**
     * Every area the data set has figures for, in id order (the nation first), with its name.
     *
     * @since 0.3
     */
    public List<Area> areas() {
        List<Area> out = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String id : data.areaIds()) {
            KnownAreas.find(id).ifPresentOrElse(out::add, () -> unknown.add(id));
        }
        if (!unknown.isEmpty()) {
            // areas of a custom data set that Occuprint does not know: named as its profiles name them
            data.occupations().takeWhile(o -> !unknown.isEmpty()).forEach(o -> {
                for (String id : List.copyOf(unknown)) {
                    Optional<Area> a = o.wages().flatMap(w -> w.area(id)).map(AreaWage::area)
                            .or(() -> o.outlook().flatMap(ol -> ol.area(id)).map(AreaProjection::area));
                    a.ifPresent(x -> {
                        out.add(x);
                        unknown.remove(id);
                    });
                }
            });
        }
        out.sort(Comparator.comparing((Area a) -> !a.id().equals("US")).thenComparing(Area::id));
        return out;
    }

    private static String areaName(String id, @Nullable Occupation profile) {
        Optional<Area> a = KnownAreas.find(id);
        if (a.isEmpty() && profile != null) {
            a = profile.wages().flatMap(w -> w.area(id)).map(AreaWage::area)
                    .or(() -> profile.outlook().flatMap(o -> o.area(id)).map(AreaProjection::area));
        }
        return a.map(Area::name).orElse(id);
    }

    /**
     * Reads a list of occupation codes: one per line, UTF-8 (a byte-order mark is skipped), {@code #} starts a
     * comment, blank lines are ignored, repeats count once.
     *
     * @throws OccuprintException naming the file (and line) that cannot be read or holds something else than a code
     */
    public static Set<String> readCodes(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new OccuprintException("Cannot read the codes file " + file + ": no such file", e);
        } catch (MalformedInputException e) {
            throw new OccuprintException("Cannot read the codes file " + file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new OccuprintException("Cannot read the codes file " + file + ": " + e.getMessage(), e);
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> list = new ArrayList<>(lines);
        if (!list.isEmpty() && list.get(0).startsWith("\uFEFF")) {
            list.set(0, list.get(0).substring(1));
        }
        for (int i = 0; i < list.size(); i++) {
            String line = list.get(i).replaceAll("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            if (!Occupation.CODE_PATTERN.matcher(line).matches()) {
                throw new OccuprintException(file + ":" + (i + 1) + ": '" + line + "' is not an occupation code like 29-2072.00",
                        null, null, null, null);
            }
            codes.add(line);
        }
        return codes;
    }

    @Override
    public String toString() {
        return "Catalog[" + data.source() + ", agency " + (agency == null ? "none" : agency) + ", areas "
                + (areas.isEmpty() ? "all" : String.join(",", areas)) + "]";
    }
}
