package org.occuprint.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.internal.Text;
import org.occuprint.model.Area;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.KnownAreas;
import org.occuprint.model.Occupation;
import org.occuprint.model.OccupationRef;
import org.occuprint.options.Detail;
import org.occuprint.options.RenderOptions;

/**
 * One composition's inputs and the helpers every section uses: the wording for the locale, figure formats,
 * the areas to show and their names.
 */
final class Composition {
    final Occupation o;
    final RenderOptions options;
    final Messages m;
    final Locale locale;
    final Figures figures;
    /** The occupation's title, cleaned. */
    final String title;
    /** Whether this is the summary handout. */
    final boolean summary;
    /** Whether the wage and outlook sections draw their charts. */
    final boolean charts;
    /** The agency, cleaned; {@code null} when none is set. */
    final @Nullable String agency;

    Composition(Occupation o, RenderOptions options) {
        this.o = o;
        this.options = options;
        this.locale = options.locale();
        this.m = Messages.of(locale);
        this.figures = new Figures(locale, m);
        this.title = Text.line(o.title());
        this.summary = options.detail() == Detail.SUMMARY;
        // the summary keeps the wage chart, the picture a job seeker looks at first, and leaves the outlook's out
        this.charts = options.charts();
        this.agency = options.agency().map(Text::line).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** Areas whose counties a note has named already: a handout names them once. */
    private final Set<String> countiesNamed = new HashSet<>();

    /**
     * Notes naming the counties of those areas that cover named counties ("Riverside–San Bernardino–Ontario:
     * Riverside and San Bernardino Counties."), for areas not named before in this handout.
     */
    List<String> countiesNotes(List<String> ids) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            Optional<String> counties = KnownAreas.counties(id);
            if (counties.isPresent() && countiesNamed.add(id)) {
                parts.add(m.get("area.counties.item", areaName(id), counties.get()));
            }
        }
        return parts.isEmpty() ? List.of() : List.of(m.get("area.counties", String.join("; ", parts)));
    }

    /** Names as a sentence lists them: "A", "A and B", "A, B and C". */
    String listed(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return m.get("list.and", String.join(m.get("list.separator"), names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }

    /**
     * One note per broader group whose figures stand for the occupation's, naming every area they are given
     * for: {@code key} takes the areas, the group's title and its code.
     */
    List<String> aggregateNotes(String key, Map<OccupationRef, List<String>> areasByGroup) {
        List<String> notes = new ArrayList<>();
        areasByGroup.forEach((g, areas) -> notes.add(m.get(key, listed(areas), Text.line(g.title()), g.code())));
        return notes;
    }

    /** One paragraph for each non-blank text. */
    static List<Block> paragraphs(List<String> texts) {
        List<Block> out = new ArrayList<>();
        for (String t : Text.items(texts)) {
            out.add(new Paragraph(t));
        }
        return out;
    }

    /** The areas to show: the options' list, or every area in the data. */
    List<String> areaIds(List<Area> inData) {
        if (!options.areas().isEmpty()) {
            return options.areas();
        }
        return inData.stream().map(Area::id).toList();
    }

    /** The name of an area: from the profile's data, else from the known areas, else the id itself. */
    String areaName(String id) {
        Optional<Area> a = o.wages().flatMap(w -> w.area(id)).map(AreaWage::area)
                .or(() -> o.outlook().flatMap(ol -> ol.area(id)).map(AreaProjection::area))
                .or(() -> KnownAreas.find(id));
        return a.map(x -> Text.line(x.name())).orElse(id);
    }

    /** The area's name as it reads inside a sentence ("the United States"). */
    String sentenceName(String id) {
        String key = "area.inSentence." + id;
        return m.has(key) ? m.get(key) : areaName(id);
    }

    /** What a table cell says for a figure that is not published. */
    String notPublished() {
        return m.get("wages.missing");
    }
}
